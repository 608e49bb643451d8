"""Groups for tests, made the way staff make them (groups.services)."""

from groups import services
from groups.models import GroupIndexPage, GroupPage, GroupWikiPage, Membership
from tests.people.factories import UserFactory


def group_index(home_page) -> GroupIndexPage:
    """Return the group directory under the portal, adding it when missing."""
    existing = GroupIndexPage.objects.child_of(home_page).first()
    if existing:
        return existing
    index = GroupIndexPage(title="Groepen", slug="groepen")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


def make_group(
    home_page, owner=None, *, title="Projectgroep", visibility="open", members=()
) -> GroupPage:
    """Create a group through the service staff use, with active members."""
    owner = owner or UserFactory()
    group = services.create_group(
        owner,
        group_index(home_page),
        title=title,
        description=f"Over {title}.",
        visibility=visibility,
    )
    for user in members:
        add_member(group, user)
    return group


def add_member(group: GroupPage, user, role=Membership.Role.MEMBER) -> Membership:
    membership = Membership(group=group, user=user, role=role)
    return services._activate(membership)


def add_wiki_page(parent, title="Werkafspraken", body="<p>Wie doet wat.</p>"):
    page = GroupWikiPage(title=title, body=body)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def offer(group, owner, *codes):
    """The owner saves the group's settings with these languages."""
    return services.update_group(
        owner,
        group,
        title=group.title,
        description=group.description,
        visibility=group.visibility,
        translation_languages=list(codes),
    )
