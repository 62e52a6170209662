from django.contrib import admin

from references.models import Source


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "container_title", "year", "doi", "pmid"]
    list_filter = ["kind"]
    search_fields = ["title", "authors", "container_title", "doi", "pmid"]
    readonly_fields = ["as_printed"]
    fieldsets = [
        (None, {"fields": ["kind", "authors", "more_authors", "title", "container_title", "year"]}),
        (
            "Where in the publication",
            {"fields": ["volume", "issue", "pages", "edition", "editors"]},
        ),
        ("Publisher", {"fields": ["publisher", "place"]}),
        ("Online", {"fields": ["url", "cited_on", "doi", "pmid"]}),
        ("Preview", {"fields": ["as_printed"]}),
    ]

    @admin.display(description="As printed (Vancouver)")
    def as_printed(self, obj):
        return obj.vancouver() if obj.pk else "Save to see the formatted reference."
