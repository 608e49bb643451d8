"""Membership and roles: who may do what in a group, and the group always
keeps an owner."""

import threading

import pytest
from django.db import connection
from django.urls import reverse

from groups import services
from groups.models import GroupWikiPage, Membership
from groups.services import GroupActionError
from tests.groups.factories import add_member, make_group
from tests.people.factories import UserFactory

pytestmark = pytest.mark.django_db

ROLES = ["owner", "moderator", "member", "outsider"]


@pytest.fixture
def people(open_group, owner):
    """One user per role in ``open_group`` (the owner made it)."""
    moderator = UserFactory(username="moderator")
    add_member(open_group, moderator, Membership.Role.MODERATOR)
    return {
        "owner": owner,
        "moderator": moderator,
        "member": open_group.memberships.get(role="member").user,
        "outsider": UserFactory(username="collega"),
    }


def request_to_join(group):
    asker = UserFactory()
    return Membership.objects.create(group=group, user=asker, status="requested")


# What each role may do; the value is whether the action succeeds.
MATRIX = {
    "post": {"owner": True, "moderator": True, "member": True, "outsider": False},
    "write_page": {"owner": True, "moderator": True, "member": True, "outsider": False},
    "invite": {"owner": True, "moderator": True, "member": False, "outsider": False},
    "approve": {"owner": True, "moderator": True, "member": False, "outsider": False},
    "remove_member": {
        "owner": True,
        "moderator": True,
        "member": False,
        "outsider": False,
    },
    "remove_owner": {
        "owner": True,
        "moderator": False,
        "member": False,
        "outsider": False,
    },
    "change_role": {
        "owner": True,
        "moderator": False,
        "member": False,
        "outsider": False,
    },
    "settings": {"owner": True, "moderator": False, "member": False, "outsider": False},
    "contacts": {"owner": True, "moderator": True, "member": True, "outsider": False},
}


def perform(client, action, group, people):
    """Do ``action`` over HTTP; return whether it took effect."""
    url = lambda name, *args: reverse(f"groups:{name}", args=[group.pk, *args])  # noqa: E731
    if action == "post":
        client.post(url("new_post"), {"body": "Wie fietst mee?"})
        return group.posts.filter(body="Wie fietst mee?").exists()
    if action == "write_page":
        client.post(url("new_page"), {"title": "Routeplan", "body": "<p>Route</p>"})
        return GroupWikiPage.objects.child_of(group).filter(title="Routeplan").exists()
    if action == "invite":
        invitee = UserFactory(username="genodigde")
        client.post(url("invite"), {"people": "genodigde"})
        return group.memberships.filter(user=invitee, status="invited").exists()
    if action == "approve":
        asking = request_to_join(group)
        client.post(url("member_action", asking.pk, "approve"))
        asking.refresh_from_db()
        return asking.status == "active"
    if action == "remove_member":
        victim = add_member(group, UserFactory())
        client.post(url("member_action", victim.pk, "remove"))
        return not Membership.objects.filter(pk=victim.pk).exists()
    if action == "remove_owner":
        second = add_member(group, UserFactory(), Membership.Role.OWNER)
        client.post(url("member_action", second.pk, "remove"))
        return not Membership.objects.filter(pk=second.pk).exists()
    if action == "change_role":
        target = add_member(group, UserFactory())
        client.post(url("member_action", target.pk, "role"), {"role": "moderator"})
        target.refresh_from_db()
        return target.role == "moderator"
    if action == "settings":
        client.post(
            url("settings"),
            {"title": "Fietsers!", "description": "Nieuw", "visibility": "open"},
        )
        group.refresh_from_db()
        return group.title == "Fietsers!"
    if action == "contacts":
        response = client.get(url("contacts"))
        return response.status_code == 200
    raise AssertionError(action)


@pytest.mark.parametrize("action", sorted(MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_role_action_matrix(client, open_group, people, role, action):
    client.force_login(people[role])
    assert perform(client, action, open_group, people) is MATRIX[action][role]


def test_refused_actions_answer_403_not_500(client, open_group, people):
    client.force_login(people["member"])
    response = client.post(
        reverse("groups:invite", args=[open_group.pk]), {"people": "owner"}
    )
    assert response.status_code == 403


def test_joining_an_open_group_is_immediate(client, open_group, outsider):
    client.force_login(outsider)
    client.post(reverse("groups:join", args=[open_group.pk]))
    assert open_group.memberships.get(user=outsider).status == "active"
    assert outsider.groups.filter(pk=open_group.member_role_id).exists()


def test_joining_a_closed_group_asks_the_moderators(client, closed_group, outsider):
    client.force_login(outsider)
    client.post(reverse("groups:join", args=[closed_group.pk]))
    membership = closed_group.memberships.get(user=outsider)
    assert membership.status == "requested"
    # Asking gives no access yet.
    assert (
        client.get(reverse("groups:members", args=[closed_group.pk])).status_code == 404
    )


def test_denied_request_leaves_no_membership(client, closed_group, owner, outsider):
    asking = Membership.objects.create(
        group=closed_group, user=outsider, status="requested"
    )
    client.force_login(owner)
    client.post(
        reverse("groups:member_action", args=[closed_group.pk, asking.pk, "deny"])
    )
    assert not closed_group.memberships.filter(user=outsider).exists()


def test_a_secret_group_cannot_be_joined_without_invitation(
    client, secret_group, outsider
):
    client.force_login(outsider)
    response = client.post(reverse("groups:join", args=[secret_group.pk]))
    assert response.status_code == 404
    assert not secret_group.memberships.filter(user=outsider).exists()


def test_invitation_accepted(client, secret_group, owner, outsider):
    services.invite(owner, secret_group, [outsider])
    client.force_login(outsider)
    assert "Reorganisatie Noord" in client.get(reverse("groups:mine")).text
    client.post(reverse("groups:accept", args=[secret_group.pk]))
    assert secret_group.memberships.get(user=outsider).status == "active"
    assert client.get(secret_group.url).status_code == 200


def test_invitation_declined(client, secret_group, owner, outsider):
    services.invite(owner, secret_group, [outsider])
    client.force_login(outsider)
    client.post(reverse("groups:leave", args=[secret_group.pk]))
    assert not secret_group.memberships.filter(user=outsider).exists()
    assert client.get(secret_group.url).status_code == 404


def test_leaving_ends_access(client, closed_group, member):
    client.force_login(member)
    client.post(reverse("groups:leave", args=[closed_group.pk]))
    assert not member.groups.filter(pk=closed_group.member_role_id).exists()
    assert (
        client.get(reverse("groups:documents", args=[closed_group.pk])).status_code
        == 404
    )


def test_transfer_ownership(client, open_group, owner, member):
    membership = open_group.memberships.get(user=member)
    client.force_login(owner)
    client.post(
        reverse("groups:member_action", args=[open_group.pk, membership.pk, "transfer"])
    )
    assert open_group.memberships.get(user=member).role == "owner"
    assert open_group.memberships.get(user=owner).role == "moderator"


def test_the_last_owner_cannot_leave(client, open_group, owner):
    client.force_login(owner)
    response = client.post(reverse("groups:leave", args=[open_group.pk]), follow=True)
    assert response.status_code == 200
    assert "needs an owner" in response.text or "eigenaar" in response.text
    assert open_group.memberships.owners().filter(user=owner).exists()


def test_the_last_owner_cannot_step_down(open_group, owner):
    membership = open_group.memberships.get(user=owner)
    with pytest.raises(GroupActionError):
        services.change_role(owner, membership, "member")
    assert open_group.memberships.owners().count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_owners_leaving_at_once_leave_one_behind(home_page):
    """Both owners leave in parallel transactions: the row lock makes the
    second wait for the first and then see that it is the last owner."""
    if connection.vendor != "postgresql":
        pytest.skip("needs a database with row locks")
    first, second = UserFactory(), UserFactory()
    group = make_group(home_page, first, title="Duo")
    add_member(group, second, Membership.Role.OWNER)
    barrier = threading.Barrier(2)
    outcomes = []

    def leave(user):
        from django.db import connections

        try:
            barrier.wait()
            services.leave(user, group)
            outcomes.append("left")
        except GroupActionError:
            outcomes.append("refused")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=leave, args=(u,)) for u in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["left", "refused"]
    assert group.memberships.owners().count() == 1


def test_invite_unknown_person_is_a_clear_error(client, open_group, owner):
    client.force_login(owner)
    response = client.post(
        reverse("groups:invite", args=[open_group.pk]),
        {"people": "niemand.bestaat"},
        follow=True,
    )
    assert response.status_code == 200
    assert "niemand.bestaat" in response.text
    assert open_group.memberships.count() == 2


def test_unknown_member_action_is_404(client, open_group, owner, member):
    client.force_login(owner)
    membership = open_group.memberships.get(user=member)
    url = reverse(
        "groups:member_action", args=[open_group.pk, membership.pk, "promote"]
    )
    assert client.post(url).status_code == 404
