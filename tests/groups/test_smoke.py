import pytest


@pytest.mark.django_db
def test_group_home_renders_for_member(client, open_group, member):
    client.force_login(member)
    response = client.get(open_group.url)
    assert response.status_code == 200
    assert "Fietsers" in response.text
