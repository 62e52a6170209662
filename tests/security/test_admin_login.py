import pytest

pytestmark = pytest.mark.django_db
LOGIN_URL = "/admin/login/"


def test_admin_login_locks_out_after_repeated_failures(client, admin_user, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        response = client.post(LOGIN_URL, {"username": "admin", "password": "wrong"})
        assert response.status_code in (200, 429)

    # Even the right password is refused once locked out.
    response = client.post(LOGIN_URL, {"username": "admin", "password": "password"})

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_admin_login_works_with_the_right_password(client, admin_user):
    response = client.post(LOGIN_URL, {"username": "admin", "password": "password"})

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(admin_user.pk)
