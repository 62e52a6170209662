from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from editorial.roles import EDITOR
from wordpress.forms import WordPressImportForm
from wordpress.imports import import_wordpress
from wordpress.models import ImportRun


def is_editor(user):
    """Imports change the whole site: editors (and superusers) only. Asked once per request."""
    if not hasattr(user, "_is_editor"):
        user._is_editor = user.is_active and (
            user.is_superuser or user.groups.filter(name=EDITOR).exists()
        )
    return user._is_editor


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = ["file_name", "created_at", "is_dry_run", "started_by", "summary"]
    fields = ["file_name", "site_url", "is_dry_run", "started_by", "created_at", "summary"]
    readonly_fields = fields

    def has_module_permission(self, request):
        return is_editor(request.user)

    def has_view_permission(self, request, obj=None):
        return is_editor(request.user)

    def has_add_permission(self, request):
        return is_editor(request.user)

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return is_editor(request.user)

    def add_view(self, request, form_url="", extra_context=None):
        """Upload a WordPress export, import it (or try it) and show the report."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = WordPressImportForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            upload = form.cleaned_data["export"]
            report = import_wordpress(
                export=form.parsed,
                file_name=upload.name,
                is_dry_run=form.cleaned_data["is_dry_run"],
            )
            run = ImportRun.objects.create(
                file_name=upload.name[:255],
                site_url=report.site_url[:300],
                is_dry_run=report.is_dry_run,
                started_by=request.user,
                summary=report.summary()[:300],
                report=report.text(),
            )
            return redirect("admin:wordpress_importrun_change", run.pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": "Import from WordPress",
            "form": form,
        }
        return TemplateResponse(request, "admin/wordpress/importrun/import.html", context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        run = self.get_object(request, object_id)
        extra = {"report": run.report if run else ""}
        return super().change_view(request, object_id, form_url, {**extra, **(extra_context or {})})
