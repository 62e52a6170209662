# The editorial roles and a ready draft, as the workflow tests use them.
from tests.editorial.conftest import draft, editor, login, reviewer, writer  # noqa: F401
