"""The newsroom's admin: articles with their workflow panel, the workflow's own lists,
and each person's notification settings."""

from editorial.admin import articles, evidence_review, notifications, workflow_lists  # noqa: F401 -- registers the admins
