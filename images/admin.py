from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import path
from django.utils.html import format_html

from images.forms import ImageUploadForm
from images.models import ImageAsset
from images.renditions import make_renditions


@admin.register(ImageAsset)
class ImageAssetAdmin(admin.ModelAdmin):
    form = ImageUploadForm
    list_display = ["thumbnail", "title", "alt_text", "created_at"]
    search_fields = ["title", "alt_text", "caption"]
    fields = ["title", "file", "alt_text", "caption", "credit"]

    @admin.display(description="Image")
    def thumbnail(self, obj):
        choice = _choice(obj)
        return format_html('<img src="{}" alt="" width="80">', choice["thumb"])

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "file" in form.changed_data or not obj.renditions:
            obj.renditions = make_renditions(obj.file)
            obj.save(update_fields=["renditions"])

    def get_urls(self):
        return [
            path(
                "picker/",
                self.admin_site.admin_view(self.picker_view),
                name="images_imageasset_picker",
            ),
            *super().get_urls(),
        ]

    def picker_view(self, request):
        """The editor's “Browse…” window: pick a library image to place in an article."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        query = request.GET.get("q", "").strip()
        images = self.get_queryset(request)
        if query:
            images = images.filter(title__icontains=query)
        context = {
            **self.admin_site.each_context(request),
            "title": "Choose an image",
            "images": [_choice(image) for image in images[:60]],
            "query": query,
            "callback": request.GET.get("CKEditorFuncNum", ""),
            "is_popup": True,
        }
        return render(request, "admin/images/imageasset/picker.html", context)


def _choice(image):
    """What the picker needs of an image: its largest and smallest renditions' addresses."""
    storage = image.file.storage
    fallback = image.renditions.get("fallback") or []
    return {
        "pk": image.pk,
        "title": image.title,
        "alt": image.alt_text,
        "caption": image.caption,
        "url": storage.url(fallback[-1][1]) if fallback else image.file.url,
        "thumb": storage.url(fallback[0][1]) if fallback else image.file.url,
    }
