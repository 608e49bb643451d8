"""CORS: the API answers browsers of the configured origins only, and never
with cookies."""

import pytest

pytestmark = pytest.mark.django_db

KIOSK = "https://kiosk.leiemonde.example"


@pytest.fixture(autouse=True)
def kiosk_allowed(settings):
    settings.CORS_ALLOWED_ORIGINS = [KIOSK]


def preflight(client, origin):
    return client.options(
        "/api/people/",
        headers={
            "origin": origin,
            "access-control-request-method": "GET",
            "access-control-request-headers": "authorization",
        },
    )


def test_configured_origin_may_call_with_a_token(client):
    response = preflight(client, KIOSK)

    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == KIOSK
    assert "authorization" in response["Access-Control-Allow-Headers"]
    assert "Access-Control-Allow-Credentials" not in response


def test_other_origins_get_no_cors_headers(client, api_as, member):
    assert "Access-Control-Allow-Origin" not in preflight(
        client, "https://evil.example"
    )
    response = api_as(member).get(
        "/api/people/", headers={"origin": "https://evil.example"}
    )
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response


def test_pages_outside_the_api_get_no_cors_headers(client, staff_client, home_page):
    response = staff_client.get("/", headers={"origin": KIOSK})

    assert "Access-Control-Allow-Origin" not in response
