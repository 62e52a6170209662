"""The newsroom's admin: articles with their workflow panel, and the workflow's own lists."""

from editorial.admin import articles, workflow_lists  # noqa: F401 -- registers the admins
