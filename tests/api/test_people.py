"""The directory, organisations and units, and editing one's own profile."""

import json

import pytest

from tests.people.factories import OrganisationFactory, OrgUnitFactory, UserFactory


def test_people_filters(api_as, member):
    city = OrganisationFactory(name="Stad", slug="stad")
    ocmw = OrganisationFactory(name="OCMW", slug="ocmw")
    finance = OrgUnitFactory(name="Financiën", organisation=city)
    budget = OrgUnitFactory(name="Budget", parent=finance)
    care = OrgUnitFactory(name="Zorg", organisation=ocmw)
    ann = UserFactory(username="ann").person
    ann.org_unit = budget
    ann.save()
    ann.skills.add("Excel")
    bert = UserFactory(username="bert").person
    bert.org_unit = care
    bert.save()
    client = api_as(member)

    def usernames(query):
        response = client.get(f"/api/people/?{query}")
        assert response.status_code == 200, response.content
        return {item["username"] for item in response.json()["items"]}

    assert usernames("organisation=stad") == {"ann"}
    assert usernames(f"unit={finance.pk}") == {"ann"}
    assert usernames("skill=excel") == {"ann"}
    assert usernames("organisation=ocmw") == {"bert"}
    detail = client.get("/api/people/ann/").json()
    assert detail["organisation"] == {"slug": "stad", "name": "Stad"}
    assert detail["unit"] == {"id": budget.pk, "name": "Budget"}
    assert detail["skills"] == ["Excel"]

    units = client.get(f"/api/units/?parent={finance.pk}").json()["items"]
    assert [(u["name"], u["parent"]) for u in units] == [("Budget", finance.pk)]
    assert client.get("/api/units/?organisation=ocmw").json()["count"] == 1
    listed = client.get("/api/organisations/").json()["items"]
    assert {"ocmw", "stad"} <= {o["slug"] for o in listed}
    assert [o["name"] for o in listed] == sorted(o["name"] for o in listed)


def test_patch_me_changes_own_profile(api_as, member):
    response = api_as(member).patch(
        "/api/me/",
        {
            "job_title": "Beleidsmedewerker",
            "phone": "09 266 12 34",
            "skills": ["Fietsen", "Open data"],
            "languages": ["nl", "fr"],
        },
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["job_title"] == "Beleidsmedewerker"
    assert data["phone"] == "+32 9 266 12 34"
    assert data["skills"] == ["Fietsen", "Open data"]
    member.person.refresh_from_db()
    assert member.person.languages == ["nl", "fr"]
    # Fields left out keep their value.
    second = api_as(member).patch(
        "/api/me/", {"bio": "Hallo"}, content_type="application/json"
    )
    assert second.json()["job_title"] == "Beleidsmedewerker"


def test_patch_me_reports_the_form_errors(api_as, member):
    response = api_as(member).patch(
        "/api/me/",
        {"phone": "abc", "languages": ["xx"], "org_unit": 99999999},
        content_type="application/json",
    )
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "invalid"
    fields = {error["loc"][1] for error in body["errors"]}
    assert fields == {"phone", "languages", "org_unit"}
    member.person.refresh_from_db()
    assert member.person.languages == []


@pytest.mark.parametrize(
    "change", [{"bio": "\ud800 hallo"}, {"skills": ["Excel", "\udfff"]}]
)
def test_patch_me_refuses_text_no_database_holds(api_as, member, change):
    # A lone surrogate is valid JSON ("\ud800") but no UTF-8 text.
    body = json.dumps(change)
    response = api_as(member).patch("/api/me/", body, content_type="application/json")
    assert response.status_code == 422
    assert response.json()["code"] == "invalid"
    member.person.refresh_from_db()
    assert member.person.bio == ""
