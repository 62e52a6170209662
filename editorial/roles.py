"""The three editorial roles and what each may do (Django groups, created by a migration)."""

WRITER, REVIEWER, EDITOR = "Writer", "Medical reviewer", "Editor"

CONTENT = {"articles": ["article", "articleauthor", "articlereference", "faqitem"]}

ROLE_PERMISSIONS = {
    WRITER: [
        *[
            f"articles.{verb}_{model}"
            for model in CONTENT["articles"]
            for verb in ("add", "change", "view")
        ],
        "articles.delete_articleauthor",
        "articles.delete_articlereference",
        "articles.delete_faqitem",
        "articles.submit_article",
        "articles.view_category",
        "articles.view_disclaimer",
        "references.add_source",
        "references.change_source",
        "references.view_source",
        "authors.view_author",
        "taggit.view_tag",
        "taggit.add_tag",
        # Writers upload library images for their drafts; changing one that articles already
        # show is an editor's job.
        "images.view_imageasset",
        "images.add_imageasset",
    ],
    REVIEWER: [
        *[f"articles.view_{model}" for model in CONTENT["articles"]],
        "articles.review_article",
        "articles.view_category",
        "articles.view_disclaimer",
        "references.view_source",
        "authors.view_author",
        "editorial.view_medicalreview",
        "images.view_imageasset",
    ],
    EDITOR: [
        "articles.*",
        "authors.*",
        "references.*",
        "editorial.*",
        "sitewide.*",
        "taggit.*",
        "comments.*",
        "newsletter.*",
        "feedback.*",
        "images.*",
    ],
}


def create_roles(group_model, permission_model):
    """Create or update the role groups. Run by a migration, and by tests that flush the DB."""
    from django.apps import apps
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    for role in ROLE_PERMISSIONS:
        group, _ = group_model.objects.get_or_create(name=role)
        group.permissions.set(permissions_for(role, permission_model))


def permissions_for(role, permission_model):
    """Permission rows for a role; "app.*" means every permission of that app."""
    rows = []
    for name in ROLE_PERMISSIONS[role]:
        app_label, codename = name.split(".")
        found = permission_model.objects.filter(content_type__app_label=app_label)
        if codename != "*":
            found = found.filter(codename=codename)
        rows += list(found)
    return rows
