"""What people do with groups: create them, join, invite, change roles,
write pages, post and comment.

Every change of membership goes through here, so that three things stay
true together: the memberships, the group's member role (the Django group its
view restrictions name) and the rule that a group always keeps an owner.
Changes that could take away the last owner lock the group's row first, so
two owners leaving at the same moment cannot both succeed.
"""

from __future__ import annotations

import logging
import secrets

from django.contrib.auth.models import Group as Role
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupPagePermission,
    Page,
    PageViewRestriction,
)

from .models import (
    GroupIndexPage,
    GroupPage,
    GroupPost,
    GroupVisibility,
    GroupWikiPage,
    Membership,
    PostComment,
)

logger = logging.getLogger(__name__)

GROUPS_COLLECTION_NAME = "Groepen"
# What a group's member role may do to the group's pages in Wagtail's terms:
# write, change and publish pages (the front end asks the same of Wagtail).
MEMBER_PAGE_PERMISSIONS = ("add", "change", "publish")


class GroupActionError(ValidationError):
    """A group action that cannot be done, with a message for the person.

    Its ``code`` says why: ``NOT_ALLOWED`` when the person may not do it at
    all (the API answers 403), otherwise the state of the group is in the
    way (the API answers 409).
    """

    NOT_ALLOWED = "not_allowed"


def _group_collections_root() -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=GROUPS_COLLECTION_NAME).first()
    return existing or root.add_child(name=GROUPS_COLLECTION_NAME)


def unique_slug(parent: Page, title: str, exclude_pk=None, suffix: str = "") -> str:
    """Return a slug for ``title`` (and ``suffix``) that no other child of
    ``parent`` has."""
    base = (slugify(title)[: 60 - len(suffix)].strip("-") or "groep") + suffix
    # child_of() asks the tree by path; get_children() would trust the
    # parent's possibly stale child count.
    taken = set(
        Page.objects.child_of(parent)
        .exclude(pk=exclude_pk)
        .filter(slug__startswith=base)
        .values_list("slug", flat=True)
    )
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def group_slug(index: Page, title: str, visibility: str, exclude_pk=None) -> str:
    """The address of a group called ``title``. A secret group never takes
    the plain slug of its name: a colleague who makes a group of the same
    name gets it, and no "-2" gives the secret one away."""
    suffix = f"-{secrets.token_hex(3)}" if visibility == GroupVisibility.SECRET else ""
    return unique_slug(index, title, exclude_pk=exclude_pk, suffix=suffix)


def _forget_old_addresses(group: GroupPage) -> None:
    """A secret group leaves no forwarding address: drop the redirects
    Wagtail made from its (and its pages') earlier addresses, in every
    language, which would tell an outsider where it went."""
    paths = Q()
    for path in Page.objects.filter(translation_key=group.translation_key).values_list(
        "path", flat=True
    ):
        paths |= Q(redirect_page__path__startswith=path)
    dropped, _by_model = Redirect.objects.filter(
        paths, automatically_created=True
    ).delete()
    if dropped:
        logger.info(
            "secret group redirects dropped group_id=%s count=%s", group.pk, dropped
        )


@transaction.atomic
def create_group(
    user,
    index: GroupIndexPage,
    *,
    title: str,
    description: str,
    visibility: str,
    slug: str | None = None,
) -> GroupPage:
    """Create and publish a group with ``user`` as its owner (``slug``, when
    given, is the address wanted; the demo seed chooses its own)."""
    slug = unique_slug(index, slug) if slug else group_slug(index, title, visibility)
    group = GroupPage(
        title=title,
        slug=slug,
        description=description,
        visibility=visibility,
        owner=user,
        locale_id=index.locale_id,
    )
    index.add_child(instance=group)
    group.member_role = Role.objects.create(name=f"werkplek-group-{group.pk}")
    group.collection = _group_collections_root().add_child(
        name=f"{title[:200]} ({group.pk})"
    )
    # The service has decided that any staff member may start a group;
    # Wagtail's page permissions govern what members do inside it.
    group.save_revision(user=user, log_action=False).publish(
        user=user, skip_permission_checks=True
    )
    group.refresh_from_db()
    for permission_type in MEMBER_PAGE_PERMISSIONS:
        GroupPagePermission.objects.create(
            group=group.member_role, page=group, permission_type=permission_type
        )
    apply_visibility(group)
    _activate(Membership(group=group, user=user, role=Membership.Role.OWNER))
    logger.info("group created group_id=%s visibility=%s", group.pk, visibility)
    return group


def apply_visibility(group: GroupPage) -> None:
    """Put the view restrictions on the group's page and collection that its
    visibility asks for: none when open, members only otherwise. The
    group's translations (groups.translation) get the same restriction,
    naming the same member role, and the group's visibility."""
    group = group.original
    versions = GroupPage.objects.filter(translation_key=group.translation_key)
    versions.exclude(pk=group.pk).exclude(visibility=group.visibility).update(
        visibility=group.visibility
    )
    collection_restrictions = CollectionViewRestriction.objects.filter(
        collection=group.collection
    )
    if group.visibility == GroupVisibility.OPEN:
        PageViewRestriction.objects.filter(page__in=versions).delete()
        collection_restrictions.delete()
        return
    for version in versions:
        restrictions = PageViewRestriction.objects.filter(page=version)
        if restrictions.filter(
            restriction_type=PageViewRestriction.GROUPS, groups=group.member_role
        ).exists():
            continue
        restrictions.delete()
        restriction = PageViewRestriction.objects.create(
            page=version, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([group.member_role])
    if group.collection_id and not collection_restrictions.exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=group.collection,
            restriction_type=CollectionViewRestriction.GROUPS,
        )
        restriction.groups.set([group.member_role])


def _activate(membership: Membership) -> Membership:
    membership.status = Membership.Status.ACTIVE
    membership.save()
    membership.user.groups.add(membership.group.member_role)
    return membership


def _end(membership: Membership) -> None:
    membership.delete()
    membership.user.groups.remove(membership.group.member_role)


def membership_of(user, group: GroupPage) -> Membership | None:
    """Return ``user``'s membership of ``group`` (any status), if any."""
    if not user.is_authenticated:
        return None
    return group.memberships.filter(user_id=user.pk).first()


def _locked(group: GroupPage) -> GroupPage:
    """Lock the group's row until the transaction ends."""
    return GroupPage.objects.select_for_update(of=("self",)).get(pk=group.pk)


def _keep_an_owner(group: GroupPage, leaving: Membership) -> None:
    others = group.memberships.owners().exclude(pk=leaving.pk)
    if leaving.role == Membership.Role.OWNER and not others.exists():
        raise GroupActionError(
            _(
                "A group needs an owner. Make another member owner before "
                "you leave or step down."
            )
        )


@transaction.atomic
def join(user, group: GroupPage) -> Membership:
    """Join an open group, or ask to join a closed one."""
    from cms.visibility import can_view_group, is_external

    if not can_view_group(user, group) or is_external(user):
        raise GroupActionError(
            _("This group can only be joined by invitation."),
            code=GroupActionError.NOT_ALLOWED,
        )
    existing = membership_of(user, group)
    if existing and existing.status == Membership.Status.INVITED:
        return accept_invitation(user, group)
    if existing:
        return existing
    if group.visibility == GroupVisibility.OPEN:
        membership = _activate(Membership(group=group, user=user))
        logger.info("group joined group_id=%s user_id=%s", group.pk, user.pk)
        return membership
    if group.visibility == GroupVisibility.CLOSED:
        membership = Membership.objects.create(
            group=group, user=user, status=Membership.Status.REQUESTED
        )
        logger.info("group join requested group_id=%s user_id=%s", group.pk, user.pk)
        _notify("join_requested", membership)
        return membership
    raise GroupActionError(
        _("This group can only be joined by invitation."),
        code=GroupActionError.NOT_ALLOWED,
    )


@transaction.atomic
def leave(user, group: GroupPage) -> None:
    """Leave a group (or withdraw a request, or decline an invitation)."""
    _locked(group)
    membership = membership_of(user, group)
    if membership is None:
        return
    _keep_an_owner(group, membership)
    _end(membership)
    logger.info("group left group_id=%s user_id=%s", group.pk, user.pk)


@transaction.atomic
def invite(by, group: GroupPage, users) -> list[Membership]:
    """Invite ``users``; people already in the group are left as they are."""
    invited = []
    for user in users:
        if membership_of(user, group):
            continue
        if not user.is_active:
            raise GroupActionError(
                _("%(name)s no longer works here and cannot be invited.")
                % {"name": user.get_full_name() or user.get_username()}
            )
        membership = Membership.objects.create(
            group=group, user=user, status=Membership.Status.INVITED, invited_by=by
        )
        invited.append(membership)
        logger.info("group invitation group_id=%s user_id=%s", group.pk, user.pk)
        _notify("invited", membership)
    return invited


@transaction.atomic
def accept_invitation(user, group: GroupPage) -> Membership:
    membership = membership_of(user, group)
    if membership is None or membership.status != Membership.Status.INVITED:
        raise GroupActionError(_("There is no invitation to accept."))
    logger.info("group invitation accepted group_id=%s user_id=%s", group.pk, user.pk)
    return _activate(membership)


@transaction.atomic
def approve(by, membership: Membership) -> Membership:
    """Let someone who asked to join in."""
    if membership.status != Membership.Status.REQUESTED:
        raise GroupActionError(_("This person has not asked to join."))
    _activate(membership)
    logger.info(
        "group join approved group_id=%s user_id=%s by=%s",
        membership.group_id,
        membership.user_id,
        by.pk,
    )
    _notify("approved", membership)
    return membership


@transaction.atomic
def deny(by, membership: Membership) -> None:
    if membership.status != Membership.Status.REQUESTED:
        raise GroupActionError(_("This person has not asked to join."))
    membership.delete()
    logger.info(
        "group join denied group_id=%s user_id=%s by=%s",
        membership.group_id,
        membership.user_id,
        by.pk,
    )


@transaction.atomic
def remove(by, membership: Membership) -> None:
    """Take someone out of the group (or withdraw their invitation)."""
    group = _locked(membership.group)
    membership = group.memberships.get(pk=membership.pk)
    _keep_an_owner(group, membership)
    _end(membership)
    logger.info(
        "group member removed group_id=%s user_id=%s by=%s",
        group.pk,
        membership.user_id,
        by.pk,
    )


@transaction.atomic
def change_role(by, membership: Membership, role: str) -> Membership:
    """Give a member another role; the last owner cannot step down."""
    if role not in Membership.Role.values:
        raise GroupActionError(_("Choose owner, moderator or member."))
    group = _locked(membership.group)
    membership = group.memberships.get(pk=membership.pk)
    if not membership.is_active:
        raise GroupActionError(_("Only members can be given a role."))
    if role != Membership.Role.OWNER:
        _keep_an_owner(group, membership)
    membership.role = role
    membership.save(update_fields=["role"])
    logger.info(
        "group role changed group_id=%s user_id=%s role=%s by=%s",
        group.pk,
        membership.user_id,
        role,
        by.pk,
    )
    return membership


@transaction.atomic
def transfer_ownership(by, group: GroupPage, to: Membership) -> None:
    """Make ``to`` an owner and ``by`` a moderator, in one step."""
    _locked(group)
    mine = membership_of(by, group)
    if mine is None or mine.role != Membership.Role.OWNER:
        raise GroupActionError(_("Only an owner can hand the group over."))
    to = group.memberships.get(pk=to.pk)
    if not to.is_active or to.pk == mine.pk:
        raise GroupActionError(_("Choose another member of the group."))
    to.role = Membership.Role.OWNER
    to.save(update_fields=["role"])
    mine.role = Membership.Role.MODERATOR
    mine.save(update_fields=["role"])
    logger.info(
        "group ownership transferred group_id=%s from=%s to=%s",
        group.pk,
        by.pk,
        to.user_id,
    )


@transaction.atomic
def update_group(
    by,
    group: GroupPage,
    *,
    title: str,
    description: str,
    visibility: str,
    translation_languages=None,
) -> GroupPage:
    """Change a group's name, description, visibility or languages (those
    it is translated into besides Dutch, see groups.translation), as a new
    revision."""
    from . import translation

    group = GroupPage.objects.get(pk=group.original.pk)
    before = set(group.translation_languages)
    if translation_languages is not None:
        codes = {code for code, _name in translation.offered_languages()}
        group.translation_languages = [
            code
            for code, _name in translation.offered_languages()
            if code in set(translation_languages) & codes
        ]
        translation.check_languages_available(
            group, set(group.translation_languages) - before
        )
    secret = GroupVisibility.SECRET
    if title != group.title or (visibility == secret) != (group.visibility == secret):
        group.slug = group_slug(
            group.get_parent(), title, visibility, exclude_pk=group.pk
        )
    group.title = title
    group.description = description
    group.visibility = visibility
    try:
        with transaction.atomic():
            # Publishing also brings the group's translations in step
            # (groups.signals): their visibility, address and languages.
            group.save_revision(user=by).publish(user=by, skip_permission_checks=True)
    except IntegrityError as error:
        raise GroupActionError(_("Another group already has this name.")) from error
    if visibility == secret:
        # Wagtail makes the redirects once the change is committed; this
        # runs after it.
        transaction.on_commit(lambda: _forget_old_addresses(group))
    apply_visibility(group)
    after = set(group.translation_languages)
    translation.languages_changed(by, group, after - before, before - after)
    logger.info("group updated group_id=%s visibility=%s", group.pk, visibility)
    # Publishing saved the revision's copy: read the new address back.
    group.refresh_from_db()
    return group


# Pages ----------------------------------------------------------------------


@transaction.atomic
def create_wiki_page(
    user, group: GroupPage, parent: Page, *, title: str, body: str
) -> GroupWikiPage:
    """Publish a new page under ``parent`` (the group or one of its pages) as
    a revision by ``user``; ``body`` is rich text cleaned by
    ``groups.richtext``. Wagtail refuses (``PermissionDenied``) a user its
    page permissions do not let publish there."""
    page = GroupWikiPage(
        title=title,
        slug=unique_slug(parent, title),
        body=body,
        owner=user,
        locale_id=parent.locale_id,
    )
    parent.specific.add_child(instance=page)
    page.save_revision(user=user, log_action=True).publish(user=user)
    logger.info("group page created group_id=%s page_id=%s", group.pk, page.pk)
    return page


@transaction.atomic
def edit_wiki_page(
    user, group: GroupPage, page: GroupWikiPage, *, title: str, body: str
) -> GroupWikiPage:
    """Publish a new revision of ``page`` (its latest revision, as an object)
    by ``user``, with Wagtail's permission check as for a new page."""
    page.title = title
    page.body = body
    page.save_revision(user=user, log_action=True).publish(user=user)
    logger.info("group page edited group_id=%s page_id=%s", group.pk, page.pk)
    return page


# Posts and comments -------------------------------------------------------


def write_post(user, group: GroupPage, *, body: str, attachment=None) -> GroupPost:
    """Post ``body`` (checked by ``PostForm``) in ``group``'s timeline, with
    an optional attachment already stored in the group's collection."""
    post = GroupPost.objects.create(
        group=group, author=user, body=body, attachment=attachment
    )
    logger.info("group post created group_id=%s post_id=%s", group.pk, post.pk)
    return post


def delete_post(by, post: GroupPost) -> None:
    """Remove a post with its comments (``permissions.may_delete_post``
    says who may)."""
    post_id = post.pk
    post.delete()
    logger.info(
        "group post deleted group_id=%s post_id=%s by=%s",
        post.group_id,
        post_id,
        by.pk,
    )


def write_comment(user, post: GroupPost, *, body: str) -> PostComment:
    """Add a comment (checked by ``CommentForm``) to ``post``."""
    comment = PostComment.objects.create(post=post, author=user, body=body)
    logger.info(
        "group comment created group_id=%s post_id=%s comment_id=%s",
        post.group_id,
        post.pk,
        comment.pk,
    )
    return comment


def _notify(event: str, membership: Membership) -> None:
    from .notifications import send_membership_mail

    transaction.on_commit(
        lambda: send_membership_mail.enqueue(event=event, membership_id=membership.pk)
    )
