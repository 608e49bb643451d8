"""Profiles: who may edit whom, and clear errors for bad input."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage

from tests.people.factories import OrgUnitFactory, UserFactory, person_for

pytestmark = pytest.mark.django_db


def png_bytes(size=(64, 64)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#1f5f8b").save(buffer, "PNG")
    return buffer.getvalue()


def profile_data(**overrides) -> dict:
    data = {
        "preferred_name": "Annie",
        "job_title": "Payrollmedewerker",
        "location": "Administratief Centrum, 3.12",
        "phone": "09 266 12 34",
        "mobile": "0475 12 34 56",
        "skills": "Excel, lonen",
        "languages": ["nl", "fr"],
        "bio": "Ik help je met je loonbrief.",
    }
    data.update(overrides)
    return data


def test_every_user_has_exactly_one_person(user):
    assert user.person.user == user
    user.save()
    assert type(user).objects.filter(person__isnull=False).count() == 1


def test_profile_shows_the_colleague(staff_client):
    colleague = person_for(
        UserFactory(username="jan.desmet", first_name="Jan", last_name="De Smet"),
        job_title="Wijkagent",
        org_unit=OrgUnitFactory(name="Wijkwerking"),
    )

    response = staff_client.get(colleague.get_absolute_url())

    assert response.status_code == 200
    assert b"Jan De Smet" in response.content
    assert b"Wijkagent" in response.content
    assert b"Wijkwerking" in response.content


def test_staff_edit_their_own_profile(staff_client, user):
    response = staff_client.post(user.person.get_edit_url(), profile_data())

    assert response.status_code == 302
    user.person.refresh_from_db()
    assert user.person.preferred_name == "Annie"
    assert user.person.phone.as_e164 == "+3292661234"
    assert user.person.languages == ["nl", "fr"]
    assert sorted(t.name for t in user.person.skills.all()) == ["Excel", "lonen"]


def test_staff_cannot_edit_someone_else(staff_client):
    other = person_for(job_title="Boekhouder")

    assert staff_client.get(other.get_edit_url()).status_code == 403
    response = staff_client.post(other.get_edit_url(), profile_data())

    assert response.status_code == 403
    other.refresh_from_db()
    assert other.job_title == "Boekhouder"


def test_hr_edits_anyone(client, hr_user):
    other = person_for(job_title="Boekhouder")
    client.force_login(hr_user)

    response = client.post(other.get_edit_url(), profile_data(job_title="Controller"))

    assert response.status_code == 302
    other.refresh_from_db()
    assert other.job_title == "Controller"


def test_profile_page_offers_edit_only_to_those_who_may(staff_client, user):
    other = person_for()

    own = staff_client.get(user.person.get_absolute_url())
    theirs = staff_client.get(other.get_absolute_url())

    assert own.context["can_edit"] is True
    assert user.person.get_edit_url().encode() in own.content
    assert theirs.context["can_edit"] is False
    assert other.get_edit_url().encode() not in theirs.content


@pytest.mark.parametrize("field", ["phone", "mobile"])
def test_malformed_phone_is_a_form_error(staff_client, user, field):
    response = staff_client.post(
        user.person.get_edit_url(), profile_data(**{field: "call me maybe"})
    )

    assert response.status_code == 400
    assert response.context["form"].errors[field]
    user.person.refresh_from_db()
    assert user.person.preferred_name == ""


def test_photo_upload_is_stored_as_a_wagtail_image(staff_client, user):
    upload = SimpleUploadedFile("me.png", png_bytes(), content_type="image/png")

    response = staff_client.post(
        user.person.get_edit_url(), profile_data(photo_upload=upload)
    )

    assert response.status_code == 302
    user.person.refresh_from_db()
    assert user.person.photo.width == 64
    assert user.person.photo.collection.name == "Profielfoto's"


def test_a_non_image_photo_is_a_form_error(staff_client, user):
    upload = SimpleUploadedFile(
        "me.png", b"%PDF-1.4 not an image", content_type="image/png"
    )

    response = staff_client.post(
        user.person.get_edit_url(), profile_data(photo_upload=upload)
    )

    assert response.status_code == 400
    assert response.context["form"].errors["photo_upload"]
    user.person.refresh_from_db()
    assert user.person.photo is None


def test_an_oversize_photo_is_a_form_error(staff_client, user, settings):
    settings.WERKPLEK_PROFILE_PHOTO_MAX_BYTES = 1000
    upload = SimpleUploadedFile(
        "big.png", png_bytes((400, 400)), content_type="image/png"
    )
    assert upload.size > 1000

    response = staff_client.post(
        user.person.get_edit_url(), profile_data(photo_upload=upload)
    )

    assert response.status_code == 400
    # The message is translated; the limit itself shows in every language.
    assert "1000" in str(response.context["form"].errors["photo_upload"])


def test_manager_cycles_are_refused(staff_client, user):
    boss = person_for(manager=user.person)

    response = staff_client.post(
        user.person.get_edit_url(), profile_data(manager=boss.pk)
    )

    assert response.status_code == 400
    assert response.context["form"].errors["manager"]


def test_deactivated_colleague_is_hidden_except_for_hr(staff_client, client, hr_user):
    gone = person_for(UserFactory(is_active=False))

    assert staff_client.get(gone.get_absolute_url()).status_code == 404
    client.force_login(hr_user)
    assert client.get(gone.get_absolute_url()).status_code == 200


def test_unknown_profile_is_404(staff_client):
    assert staff_client.get("/people/nobody.here/").status_code == 404


def test_a_large_team_shows_a_few_members_and_links_to_all(staff_client):
    boss = person_for(UserFactory(username="de.baas"))
    for _ in range(14):
        person_for(manager=boss)

    response = staff_client.get(boss.get_absolute_url())
    team = staff_client.get("/people/", {"manager": "de.baas"})

    assert response.content.count(b'class="avatar avatar--small"') == 12
    assert b"(14 personen)" in response.content
    assert b"/people/?manager=de.baas" in response.content
    assert team.context["results"].page.paginator.count == 14


@pytest.mark.parametrize(
    ("skills", "code"),
    [("y" * 101, "skill_too_long"),
     (", ".join(f"vaardigheid {n}" for n in range(31)), "too_many_skills")],
)  # fmt: skip
def test_too_long_or_too_many_skills_are_a_form_error(staff_client, user, skills, code):
    response = staff_client.post(
        user.person.get_edit_url(), profile_data(skills=skills)
    )

    assert response.status_code == 400
    errors = response.context["form"].errors.as_data()["skills"]
    assert [error.code for error in errors] == [code]


def test_indirect_manager_loops_are_refused(staff_client, user):
    middle = person_for(manager=user.person)
    top = person_for(manager=middle)

    response = staff_client.post(
        user.person.get_edit_url(), profile_data(manager=top.pk)
    )

    assert response.status_code == 400
    assert response.context["form"].errors["manager"]
