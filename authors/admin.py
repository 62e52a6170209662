from django.contrib import admin
from django.contrib.auth import get_user_model

from authors.models import Author, ProfileLink
from images.forms import ImageUploadForm
from images.renditions import make_renditions


class ProfileLinkInline(admin.TabularInline):
    model = ProfileLink
    extra = 0


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    form = ImageUploadForm
    list_display = ["name", "credentials", "is_writer", "is_medical_reviewer"]
    list_filter = ["is_writer", "is_medical_reviewer"]
    search_fields = ["name", "credentials"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [ProfileLinkInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "credentials", "job_title", "photo", "bio"]}),
        ("Roles", {"fields": ["is_writer", "is_medical_reviewer"]}),
        (
            "Accountability",
            {"fields": ["registration_body", "registration_number", "conflicts_of_interest"]},
        ),
        (
            "Login",
            {
                "fields": ["user"],
                "description": "Link this person's staff login: a medical reviewer needs it to "
                "approve articles, a writer to find their own drafts.",
            },
        ),
    ]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "user":
            # Whoever manages authors links logins; only staff logins can use the admin.
            kwargs["queryset"] = get_user_model().objects.filter(is_staff=True).order_by("username")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if "photo" in form.changed_data:
            obj.photo_renditions = {}
        super().save_model(request, obj, form, change)
        if obj.photo and not obj.photo_renditions:
            obj.photo_renditions = make_renditions(obj.photo)
            obj.save(update_fields=["photo_renditions"])
