"""The apps' layout: `articles/` imports no other app, and no two apps need each other.

Every import counts, at the top of a module or inside a function, because a function-level
import is still a dependency (it is only the cycle that it hides from Python).
"""

import ast
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)


def project_apps():
    """Return our own apps (a folder in the repository) and the project package."""
    names = {name.split(".")[0] for name in settings.INSTALLED_APPS}
    apps = {name for name in names if (BASE_DIR / name / "__init__.py").is_file()}
    return apps | {settings.ROOT_URLCONF.split(".")[0]}


def imported_modules(tree, module):
    """Yield (absolute module name, line) for every import in a parsed module."""
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: stays inside the importing app
                yield package, node.lineno
            else:
                yield node.module, node.lineno


def app_graph():
    """Map each app to {imported app: first "file:line" that imports it}."""
    apps = project_apps()
    graph = {app: {} for app in apps}
    for app in sorted(apps):
        for path in sorted((BASE_DIR / app).rglob("*.py")):
            relative = path.relative_to(BASE_DIR)
            module = ".".join(relative.with_suffix("").parts)
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(relative))
            for name, line in imported_modules(tree, module):
                target = name.split(".")[0]
                if target in apps and target != app:
                    graph[app].setdefault(target, f"{relative}:{line}")
    return graph


def find_cycle(graph):
    """Return one cycle as a list of apps (first repeated at the end), or None."""
    state = {}  # app -> "open" while on the current path, "done" once fully explored

    def visit(app, path):
        state[app] = "open"
        path.append(app)
        for target in sorted(graph[app]):
            if state.get(target) == "open":
                return path[path.index(target) :] + [target]
            if target not in state and (cycle := visit(target, path)):
                return cycle
        path.pop()
        state[app] = "done"
        return None

    for app in sorted(graph):
        if app not in state and (cycle := visit(app, [])):
            return cycle
    return None


def describe(graph, cycle):
    return "\n".join(
        f"  {a} → {b}  ({graph[a][b]})" for a, b in zip(cycle, cycle[1:], strict=False)
    )


def test_the_graph_sees_every_app_and_import_kind():
    """The walk finds our apps and both top-level and function-level imports."""
    graph = app_graph()
    assert {"articles", "editorial", "sitewide", "demo", "health_library"} <= set(graph)
    # health_library/urls.py imports the apps' URLconfs at the top of the module.
    assert "articles" in graph["health_library"]
    tree = ast.parse("def f():\n    from articles.models import Article\n")
    assert list(imported_modules(tree, "x.y")) == [("articles.models", 2)]


def test_find_cycle_reports_the_path():
    assert find_cycle({"a": {"b": ""}, "b": {"c": ""}, "c": {}}) is None
    assert find_cycle({"a": {"b": ""}, "b": {"c": ""}, "c": {"a": ""}}) == ["a", "b", "c", "a"]


def test_articles_imports_no_other_app():
    """`articles/` is the content model: every app may import it, it imports none of them."""
    imports = app_graph()["articles"]
    assert not imports, "articles/ imports other apps:\n" + "\n".join(
        f"  articles → {app}  ({where})" for app, where in sorted(imports.items())
    )


def test_no_two_apps_depend_on_each_other():
    """The apps' import graph has no cycle, however long."""
    graph = app_graph()
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle between apps:\n" + describe(graph, cycle)
