"""The apps' layout (README, "How the apps depend on each other"): no two apps need each other,
and `articles/` imports no app built on it.

Every import counts, at the top of a module or inside a function (a function-level import is
still a dependency; it only hides the cycle from Python), in migrations too.
"""

import ast
import re
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)

# What articles/ stands on: the site's settings and pages, the page cache and the media library.
# They import no content app, so every app can use them; everything else is built on articles/.
FOUNDATION = {"sitewide", "pagecache", "images"}


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


def test_articles_imports_only_the_foundation():
    """`articles/` is the content model and the public pages: the apps built on it (workflow,
    authors, references, comments, ...) import it, it imports none of them."""
    graph = app_graph()
    wrong = {app: where for app, where in graph["articles"].items() if app not in FOUNDATION}
    assert not wrong, "articles/ imports apps built on it:\n" + "\n".join(
        f"  articles → {app}  ({where})" for app, where in sorted(wrong.items())
    )


def test_the_foundation_imports_no_content_app():
    graph = app_graph()
    wrong = [
        f"  {app} → {target}  ({where})"
        for app in sorted(FOUNDATION)
        for target, where in sorted(graph[app].items())
        if target not in FOUNDATION
    ]
    assert not wrong, "the foundation imports content apps:\n" + "\n".join(wrong)


def test_no_two_apps_depend_on_each_other():
    """The apps' import graph has no cycle, however long; each cycle found is shown."""
    graph = app_graph()
    cycles = []
    while cycle := find_cycle(graph):
        cycles.append(describe(graph, cycle))
        # Without the cycle's first edge, to find the others too.
        graph = {
            a: {b: w for b, w in targets.items() if (a, b) != tuple(cycle[:2])}
            for a, targets in graph.items()
        }
    assert not cycles, "import cycles between apps:\n" + "\n\n".join(cycles)


def readme_graph():
    """The picture in README.md ("How the apps depend on each other") as {app: {imported}}."""
    readme = (BASE_DIR / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("How the apps depend on each other") :]
    block = section.split("```")[1]
    graph, current = {}, None
    for line in block.splitlines():
        line = re.sub(r"\([^)]*\)", "", line)  # remarks in brackets
        if "►" in line:
            left, right = line.split("►")
            current = left.strip(" ─")
            graph[current] = set(re.findall(r"[a-z_]+", right))
        elif line.startswith(" ") and current:  # a wrapped list
            graph[current] |= set(re.findall(r"[a-z_]+", line))
        elif line.strip() and not line.startswith("-"):  # apps that import none of ours
            current = None
            graph.update((app, set()) for app in re.findall(r"[a-z_]+", line))
    return graph


def test_the_readme_picture_is_the_code():
    """Every app is in the README's picture, with exactly the apps it imports."""
    documented = readme_graph()
    actual = {app: set(targets) for app, targets in app_graph().items()}
    assert documented == actual, "\n".join(
        f"  {app}: README {sorted(documented.get(app, ()))}, code {sorted(actual.get(app, ()))}"
        for app in sorted(set(documented) | set(actual))
        if documented.get(app) != actual.get(app)
    )
