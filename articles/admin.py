"""Admin for the content that articles use: topics, disclaimers, tags.

The article admin itself lives with the workflow, in editorial/admin/articles.py.
"""

import taggit.admin
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from taggit.models import Tag

from articles.models import Category, Disclaimer
from sitewide.admin import NonceMediaMixin


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Disclaimer)
class DisclaimerAdmin(NonceMediaMixin, admin.ModelAdmin):
    list_display = ["title", "is_default"]
    search_fields = ["title"]


admin.site.unregister(Tag)


@admin.register(Tag)
class TagAdmin(taggit.admin.TagAdmin):
    """taggit's admin, with a permission check on its "merge tags" page (it has none)."""

    def merge_tags_view(self, request):
        # Merging rewrites the tags of every article carrying them, published ones included.
        if not (self.has_change_permission(request) and self.has_delete_permission(request)):
            raise PermissionDenied
        return super().merge_tags_view(request)
