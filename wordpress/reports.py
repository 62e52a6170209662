"""What an import did, post by post, and what each post needs from an editor."""

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class ItemReport:
    kind: str  # post, page, attachment
    wp_id: int
    title: str
    outcome: str = ""  # created, updated, skipped …
    address: str = ""
    shortcodes: list = field(default_factory=list)  # shortcodes.Use
    done: list = field(default_factory=list)  # what was imported, in words
    needs_editor: list = field(default_factory=list)

    def lines(self):
        head = (
            f"{self.kind.capitalize()} {self.wp_id} “{self.title or '(no title)'}”: {self.outcome}"
        )
        lines = [head + (f" → {self.address}" if self.address else "")]
        lines += [f"    - {line}" for line in self.done]
        lines += [f"    - shortcode {use}" for use in self.shortcodes]
        lines += [f"    ! {line}" for line in self.needs_editor]
        return lines


@dataclass
class Report:
    site_url: str = ""
    file_name: str = ""
    is_dry_run: bool = False
    items: list = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    notes: list = field(default_factory=list)  # about the whole import
    seconds: float = 0.0

    def add(self, item):
        self.items.append(item)
        return item

    def shortcode_counts(self):
        """(name, action) → how many times, over the whole import."""
        return Counter((use.name, use.action) for item in self.items for use in item.shortcodes)

    def summary(self):
        counts = self.counts

        def n(key, one, many=None):
            return f"{counts[key]} {one if counts[key] == 1 else many or one + 's'}"

        prefix = "Dry run (nothing saved): would import" if self.is_dry_run else "Imported"
        return (
            f"{prefix} {n('posts', 'post')} as draft articles, {n('pages', 'page')}, "
            f"{n('comments', 'comment')} ({counts['comments held']} held for moderation), "
            f"{n('images', 'image')}, {n('sources', 'reference')} "
            f"({n('new sources', 'new source')}), {n('authors', 'author')}."
        )

    def text(self):
        lines = [
            f"WordPress import of {self.file_name} ({self.site_url})",
            self.summary(),
            f"Time taken: {self.seconds:.1f} s",
            "",
            "Counts:",
            *[f"  {name}: {number}" for name, number in sorted(self.counts.items())],
        ]
        if self.notes:
            lines += ["", "About the whole import:", *[f"  {note}" for note in self.notes]]
        shortcodes = self.shortcode_counts()
        if shortcodes:
            lines += ["", "Shortcodes found:"]
            lines += [
                f"  [{name}] ×{n}: {action}" for (name, action), n in sorted(shortcodes.items())
            ]
        needing = [item for item in self.items if item.needs_editor]
        lines += ["", f"{len(needing)} items need an editor (marked !).", ""]
        for item in self.items:
            lines += item.lines()
        return "\n".join(lines) + "\n"
