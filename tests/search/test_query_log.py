"""The query log and its admin reports."""

from django.contrib.auth.models import Group
from django.test import Client

from search.models import SearchQueryLog
from tests.people.factories import UserFactory


def test_queries_logged_and_reported(db, staff_client, client):
    staff_client.get("/search/", {"q": "Verlof"})
    staff_client.get("/api/search/", {"q": "verlof"})
    staff_client.get("/search/", {"q": "qwxzyv"})
    rows = SearchQueryLog.objects.order_by("pk")
    assert [(row.query, row.result_count) for row in rows] == [
        ("verlof", 0),
        ("verlof", 0),
        ("qwxzyv", 0),
    ]

    editor = UserFactory(username="redacteur")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    top = client.get("/admin/reports/search/top/")
    assert top.status_code == 200
    html = top.content.decode()
    assert html.index("verlof") < html.index("qwxzyv")
    zero = client.get("/admin/reports/search/zero/")
    assert zero.status_code == 200
    assert "qwxzyv" in zero.content.decode()
    csv = client.get("/admin/reports/search/top/?export=csv")
    assert b"verlof,2" in b"".join(csv.streaming_content)

    ordinary = Client()
    ordinary.force_login(UserFactory(username="medewerker"))
    assert ordinary.get("/admin/reports/search/top/").status_code in (302, 403)
