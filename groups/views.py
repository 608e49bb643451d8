"""Front-end views of groups: the directory, a group's home, membership,
pages, posts, documents and the contact book.

Every view that shows something of a group first asks cms.visibility
whether the reader may see it; a group the reader may not know answers 404,
so its name never leaks. Actions ask groups.permissions for the role.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from cms.languages import (
    children_in_language,
    current_language,
    default_language,
    language_in_text,
    language_of_locale,
)
from cms.visibility import (
    can_view_group,
    can_view_group_contacts,
    can_view_group_content,
    is_external,
    visible_groups,
    visible_pages,
)

from . import services
from .forms import (
    CommentForm,
    ContactForm,
    DocumentForm,
    GroupDirectoryForm,
    GroupForm,
    InviteForm,
    NoteForm,
    PostForm,
    RoleForm,
    TranslationForm,
    WikiPageForm,
)
from .models import (
    GroupContact,
    GroupDocument,
    GroupDocumentVersion,
    GroupIndexPage,
    GroupNote,
    GroupPage,
    GroupWikiPage,
    Membership,
    PostComment,
)
from .permissions import (
    MANAGE,
    MODERATE,
    WRITE,
    deny,
    may,
    may_delete_post,
    may_remove,
    membership_for,
    require,
    role_of,
)
from .richtext import clean_rich_text, editor_html

logger = logging.getLogger(__name__)

POSTS_PER_PAGE = 20
MEMBERS_PER_PAGE = 50
GROUPS_PER_PAGE = 24
MEMBER_PREVIEW = 12


def _posted(request):
    """The submitted data of a POST (even an empty one), or None."""
    return request.POST if request.method == "POST" else None


def _files(request):
    return request.FILES if request.method == "POST" else None


def group_index() -> GroupIndexPage:
    index = (
        GroupIndexPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .first()
    )
    if index is None:
        raise Http404(_("Groups are not set up on this site."))
    return index


def original_index(index: GroupIndexPage) -> GroupIndexPage:
    """The Dutch group directory, for any of its translations."""
    default = Locale.get_default()
    return index if index.locale_id == default.pk else index.get_translation(default)


def in_reader_language(groups) -> dict[int, GroupPage]:
    """For each of ``groups`` (Dutch groups) translated into the language of
    the request: its live translation, by the group's id. One query."""
    code = current_language()
    if code == default_language() or not groups:
        return {}
    keys = {group.translation_key: group.pk for group in groups}
    translated = GroupPage.objects.live().filter(
        translation_key__in=list(keys), locale__language_code=code
    )
    return {keys[each.translation_key]: each for each in translated}


def show_in_reader_language(groups) -> None:
    """Set ``shown`` on each of ``groups`` (Dutch groups, the same group may
    come more than once): its live translation into the language of the
    request, or the group itself. One query for all."""
    groups = list(groups)
    versions = in_reader_language(groups)
    for group in groups:
        group.shown = versions.get(group.pk, group)


def shown_version(group: GroupPage | None) -> GroupPage | None:
    """Return the version of ``group`` to show a reader (``shown`` when a
    list set it beforehand, else looked up now)."""
    shown = getattr(group, "shown", None)
    if shown is not None:
        return shown
    if group is None or group.is_translation:
        return group
    show_in_reader_language([group])
    return group.shown


def readable_group(request, group_id: int) -> GroupPage:
    """Return the group whose content the reader may see, or answer 404."""
    group = GroupPage.objects.originals().live().filter(pk=group_id).first()
    if group is None or not can_view_group_content(request.user, group):
        raise Http404
    return group


def _require(request, group: GroupPage, action: str) -> None:
    require(request.user, group, action)


def _with_counts(groups):
    active = Q(memberships__status=Membership.Status.ACTIVE)
    return groups.annotate(member_count=Count("memberships", filter=active))


# The directory and "my groups" -------------------------------------------


def filter_groups(user, groups, *, q=None, visibility=None, mine=False):
    """Return the groups of ``groups`` that ``user`` may find, searched and
    filtered as in the group directory (the API lists them the same way)."""
    groups = visible_groups(user, groups)
    # A group is also found by its name and description in the languages it
    # is translated into: a subquery on its live translations, so that each
    # group comes once, and only from the groups ``user`` may find.
    translations = GroupPage.objects.live().exclude(
        locale__language_code=default_language()
    )
    for word in (q or "").split()[:5]:
        said = Q(title__icontains=word) | Q(description__icontains=word)
        translated = translations.filter(said).values("translation_key")
        groups = groups.filter(said | Q(translation_key__in=translated))
    if visibility:
        groups = groups.filter(visibility=visibility)
    if mine:
        # A subquery, so that member counts added later count every member.
        own = Membership.objects.active().filter(user_id=user.pk)
        groups = groups.filter(pk__in=own.values("group_id"))
    return groups


def directory_context(request, index: GroupIndexPage) -> dict:
    """Return what the group directory shows: the groups the reader may see,
    searched and filtered."""
    form = GroupDirectoryForm(request.GET or None)
    filters = form.cleaned_data if form.is_bound and form.is_valid() else {}
    # The directory in another language lists the same groups (the Dutch
    # ones), each shown in the reader's language where it is translated.
    index = original_index(index)
    groups = filter_groups(
        request.user,
        GroupPage.objects.child_of(index),
        q=filters.get("q"),
        visibility=filters.get("visibility"),
        mine=filters.get("mine"),
    )
    groups = _with_counts(groups).select_related("image").order_by("title")
    page = Paginator(groups, GROUPS_PER_PAGE).get_page(request.GET.get("page"))
    statuses = dict(
        Membership.objects.filter(
            user_id=request.user.pk, group__in=[g.pk for g in page]
        ).values_list("group_id", "status")
    )
    show_in_reader_language(page)
    for group in page:
        group.my_status = statuses.get(group.pk)
    return {
        "form": form,
        "groups_page": page,
        "can_create": not is_external(request.user),
    }


def my_groups(request):
    """The groups the reader belongs to, the invitations and open requests."""
    memberships = list(
        Membership.objects.filter(user=request.user, group__live=True)
        .select_related("group")
        .annotate(last_post=Max("group__posts__created_at"))
        .order_by("status", "group__title")
    )
    counts = dict(
        Membership.objects.active()
        .filter(group__in=[membership.group_id for membership in memberships])
        .values_list("group_id")
        .annotate(n=Count("pk"))
        .values_list("group_id", "n")
    )
    # Each group by its name in the reader's language where it is translated.
    show_in_reader_language(membership.group for membership in memberships)
    by_status = {status: [] for status in Membership.Status.values}
    for membership in memberships:
        membership.member_count = counts.get(membership.group_id, 0)
        by_status[membership.status].append(membership)
    return render(
        request,
        "groups/my_groups.html",
        {
            "active": by_status[Membership.Status.ACTIVE],
            "invited": by_status[Membership.Status.INVITED],
            "requested": by_status[Membership.Status.REQUESTED],
            "can_create": not is_external(request.user),
        },
    )


def create_group(request):
    """Start a new group: the creator becomes its owner."""
    if is_external(request.user):
        raise PermissionDenied(_("External partners cannot start groups."))
    index = group_index()
    form = GroupForm(_posted(request), _files(request), index=index, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            group = services.create_group(
                request.user,
                index,
                title=data["title"],
                description=data["description"],
                visibility=data["visibility"],
            )
            if data.get("image"):
                _save_group_image(request.user, group, data["image"])
        messages.success(request, _("Your group is ready. Invite colleagues to it."))
        return redirect(group.url)
    return _group_form(request, form, None)


def _save_group_image(user, group: GroupPage, upload):
    image = _store_image(user, group, upload)
    GroupPage.objects.filter(pk=group.pk).update(image=image)
    return image


def _store_image(user, group: GroupPage, upload):
    image = get_image_model()(
        title=upload.name[:255],
        file=upload,
        collection_id=group.collection_id,
        uploaded_by_user=user,
    )
    image.save()
    return image


def group_settings(request, group_id: int):
    """Owners change the name, description, image and visibility."""
    group = readable_group(request, group_id)
    _require(request, group, MANAGE)
    initial = {
        "title": group.title,
        "description": group.description,
        "visibility": group.visibility,
        "translation_languages": group.translation_languages,
    }
    form = GroupForm(
        _posted(request),
        _files(request),
        initial=initial,
        index=group.get_parent(),
        group=group,
        user=request.user,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                group = services.update_group(
                    request.user,
                    group,
                    title=data["title"],
                    description=data["description"],
                    visibility=data["visibility"],
                    translation_languages=data.get("translation_languages", []),
                )
                if data.get("image"):
                    _save_group_image(request.user, group, data["image"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The group's settings are saved."))
            return redirect(group.url)
    return _group_form(request, form, group)


def _group_form(request, form, group):
    context = {"form": form, "group": group}
    status = 400 if form.errors else 200
    return render(request, "groups/group_form.html", context, status=status)


# The group's home ------------------------------------------------------------


def group_home_context(request, page: GroupPage) -> dict:
    """Return what a group's home shows: posts, pages, documents, members.

    ``page`` is the group's home or its translation: members, posts and
    files are the group's own; the pages are listed in the language of
    ``page``, Dutch where one is not translated."""
    from .translation import page_translation_context

    group = page.original
    # A subquery per shown post, rather than grouping every post of the
    # group with its comments before the page is cut out.
    comments = (
        PostComment.objects.filter(post=OuterRef("pk"))
        .order_by()
        .values("post")
        .annotate(n=Count("pk"))
        .values("n")
    )
    posts = (
        group.posts.select_related("author__person", "attachment")
        .annotate(comment_count=Coalesce(Subquery(comments), 0))
        .order_by("-created_at", "-pk")
    )
    if page.is_translation:
        pages = children_in_language(
            GroupWikiPage.objects.all(), group, language_of_locale(page.locale_id)
        )
    else:
        pages = GroupWikiPage.objects.child_of(group)
    pages = visible_pages(request.user, pages.order_by("title"))
    members = (
        group.memberships.active()
        .select_related("user__person")
        .order_by("-role", "user__last_name")
    )
    role = role_of(request.user, group)
    return {
        "group": group,
        "role": role,
        "membership": membership_for(request.user, group),
        "posts_page": Paginator(posts, POSTS_PER_PAGE).get_page(
            request.GET.get("page")
        ),
        "wiki_pages": pages.only("id", "title", "url_path", "locale_id", "path"),
        "documents": group.documents.select_related("current").order_by("-updated_at")[
            :5
        ],
        "member_count": group.memberships.active().count(),
        "member_preview": members[:MEMBER_PREVIEW],
        "pending_count": (
            group.memberships.filter(status=Membership.Status.REQUESTED).count()
            if may(request.user, group, MODERATE)
            else 0
        ),
        "post_form": PostForm(),
        "may_write": role is not None,
        "may_moderate": may(request.user, group, MODERATE),
        "may_manage": may(request.user, group, MANAGE),
    } | page_translation_context(request, page, role is not None)


def group_landing(request, group: GroupPage, page: GroupPage) -> TemplateResponse:
    """What a staff member who is not in a closed group sees of it: its name,
    description and a way to ask to join, nothing of its content. ``page``
    is the version asked for (the group's home or its translation)."""
    return TemplateResponse(
        request,
        "groups/group_landing.html",
        {
            "page": page,
            "group": group,
            "membership": membership_for(request.user, group),
        },
    )


# Membership --------------------------------------------------------------------


def _known_group(request, group_id: int) -> GroupPage:
    group = GroupPage.objects.originals().live().filter(pk=group_id).first()
    if group is None or not can_view_group(request.user, group):
        raise Http404
    return group


def _act(request, action, success: str, *args):
    try:
        action(*args)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return False
    messages.success(request, success)
    return True


@require_POST
def join(request, group_id: int):
    group = _known_group(request, group_id)
    try:
        membership = services.join(request.user, group)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(group.url)
    if membership.is_active:
        messages.success(request, _("Welcome to the group."))
    else:
        messages.success(
            request, _("Your request is sent. The group's moderators decide.")
        )
    return redirect(group.url)


@require_POST
def leave(request, group_id: int):
    group = _known_group(request, group_id)
    left = _act(
        request,
        services.leave,
        _("You are no longer in the group."),
        request.user,
        group,
    )
    if left and not can_view_group_content(request.user, group):
        return redirect("groups:mine")
    return redirect(group.url)


@require_POST
def accept_invitation(request, group_id: int):
    group = _known_group(request, group_id)
    if _act(
        request,
        services.accept_invitation,
        _("Welcome to the group."),
        request.user,
        group,
    ):
        return redirect(group.url)
    return redirect("groups:mine")


def members(request, group_id: int):
    """The member list; moderators also see requests, invitations and the
    invite form."""
    group = readable_group(request, group_id)
    active = (
        group.memberships.active()
        .select_related("user__person__org_unit")
        .order_by("user__last_name", "user__first_name", "pk")
    )
    page = Paginator(active, MEMBERS_PER_PAGE).get_page(request.GET.get("page"))
    may_moderate = may(request.user, group, MODERATE)
    pending = (
        group.memberships.exclude(status=Membership.Status.ACTIVE)
        .select_related("user__person")
        .order_by("status", "created_at")
        if may_moderate
        else Membership.objects.none()
    )
    return render(
        request,
        "groups/members.html",
        {
            "group": group,
            "members_page": page,
            "member_count": page.paginator.count,
            "pending": pending,
            "invite_form": InviteForm(),
            "role_form": RoleForm(),
            "role": role_of(request.user, group),
            "user_membership": membership_for(request.user, group),
            "may_moderate": may_moderate,
            "may_manage": may(request.user, group, MANAGE),
        },
    )


@require_POST
def invite(request, group_id: int):
    group = readable_group(request, group_id)
    _require(request, group, MODERATE)
    form = InviteForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get("people", []):
            messages.error(request, error)
        return redirect("groups:members", group.pk)
    try:
        invited = services.invite(request.user, group, form.cleaned_data["people"])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if invited:
            messages.success(
                request,
                _("Invited: %(names)s.")
                % {"names": ", ".join(m.user.get_full_name() for m in invited)},
            )
        else:
            messages.info(request, _("Everyone named is already in the group."))
    return redirect("groups:members", group.pk)


MEMBER_ACTIONS = ("approve", "deny", "remove", "role", "transfer")


@require_POST
def member_action(request, group_id: int, membership_id: int, action: str):
    """Approve, deny, remove, change a role or hand the group over."""
    group = readable_group(request, group_id)
    membership = get_object_or_404(group.memberships, pk=membership_id)
    membership.group = group
    if action not in MEMBER_ACTIONS:
        raise Http404
    if action in ("approve", "deny"):
        _require(request, group, MODERATE)
        operation = services.approve if action == "approve" else services.deny
        done = _("%(name)s is let in.") if action == "approve" else _("Request denied.")
        _act(request, operation, _message(done, membership), request.user, membership)
    elif action == "remove":
        if not may_remove(request.user, membership):
            raise PermissionDenied(_("Your role in this group does not allow this."))
        _act(
            request,
            services.remove,
            _message(_("%(name)s is no longer in the group."), membership),
            request.user,
            membership,
        )
    elif action == "role":
        _require(request, group, MANAGE)
        form = RoleForm(request.POST)
        if not form.is_valid():
            return HttpResponseBadRequest(_("Choose owner, moderator or member."))
        _act(
            request,
            services.change_role,
            _message(_("%(name)s has a new role."), membership),
            request.user,
            membership,
            form.cleaned_data["role"],
        )
    else:
        _require(request, group, MANAGE)
        _act(
            request,
            services.transfer_ownership,
            _message(_("%(name)s now owns the group."), membership),
            request.user,
            group,
            membership,
        )
    return redirect("groups:members", group.pk)


def _message(text: str, membership: Membership) -> str:
    name = membership.user.get_full_name() or membership.user.get_username()
    return text % {"name": name} if "%(name)s" in text else text


# Pages -------------------------------------------------------------------------


def wiki_parent(group: GroupPage, parent_id) -> GroupPage | GroupWikiPage:
    """Return the group, or its page ``parent_id`` (any depth), or answer 404.

    The group's own id names its top, as a page's ``parent`` says it."""
    if not parent_id or str(parent_id) == str(group.pk):
        return group
    if not str(parent_id).isdigit():
        raise Http404
    parent = GroupWikiPage.objects.descendant_of(group).filter(pk=parent_id).first()
    if parent is None:
        raise Http404
    return parent


def _page_body(request, group, form) -> str:
    body = clean_rich_text(form.cleaned_data["body"], group)
    if form.cleaned_data.get("image"):
        image = _store_image(request.user, group, form.cleaned_data["image"])
        body += f'<embed embedtype="image" id="{image.pk}" format="fullwidth" alt=""/>'
    return body


def new_page(request, group_id: int):
    """Write a new page in the group (under another page, or at the top)."""
    group = readable_group(request, group_id)
    _require(request, group, WRITE)
    parent = wiki_parent(group, request.GET.get("parent") or request.POST.get("parent"))
    form = WikiPageForm(_posted(request), _files(request))
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            page = services.create_wiki_page(
                request.user,
                group,
                parent,
                title=form.cleaned_data["title"],
                body=_page_body(request, group, form),
            )
        messages.success(request, _("The page is published in the group."))
        return redirect(page.url)
    return _page_form(request, group, form, parent=parent)


def edit_page(request, group_id: int, page_id: int):
    """Change a group page; every save is a new Wagtail revision."""
    group = readable_group(request, group_id)
    _require(request, group, WRITE)
    page = get_object_or_404(GroupWikiPage.objects.descendant_of(group), pk=page_id)
    page = page.get_latest_revision_as_object()
    initial = {"title": page.title, "body": editor_html(page.body)}
    form = WikiPageForm(_posted(request), _files(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            services.edit_wiki_page(
                request.user,
                group,
                page,
                title=form.cleaned_data["title"],
                body=_page_body(request, group, form),
            )
        messages.success(request, _("Your changes are published."))
        return redirect(page.url)
    return _page_form(request, group, form, page=page)


def _page_form(request, group, form, parent=None, page=None):
    """The page editor, with the group's files it offers to link or show."""
    context = {"group": group, "form": form, "parent": parent, "page": page}
    return render(
        request,
        "groups/page_form.html",
        context | _editor_context(group),
        status=400 if form.errors else 200,
    )


def _editor_context(group: GroupPage) -> dict:
    """The group's files the editor offers to link or show."""
    return {
        "group_documents": group.documents.select_related("current")
        .exclude(current=None)
        .order_by("title")[:200],
        "group_images": get_image_model()
        .objects.filter(collection_id=group.collection_id)
        .order_by("-created_at")[:100],
    }


# Translations ------------------------------------------------------------------


def _group_page(group: GroupPage, page_id: int):
    """The group's home (its own id) or one of its published Dutch pages,
    or 404: a page taken offline is not translated (nor put back online in
    another language)."""
    if page_id == group.pk:
        return group
    return get_object_or_404(
        GroupWikiPage.objects.descendant_of(group).live(), pk=page_id
    )


def translate_page(request, group_id: int, page_id: int, language: str):
    """A member translates one of the group's pages (or its name and
    description) into a language its owners offer, text by text."""
    from . import translation

    group = readable_group(request, group_id)
    _require(request, group, WRITE)
    if language not in group.translation_languages:
        raise Http404
    page = _group_page(group, page_id)
    locale = Locale.objects.get(language_code=language)
    with transaction.atomic():
        if request.method == "POST":
            # One translation in the group saved at a time, each checked
            # against the texts as the one before it left them (the form's
            # check of what was translated meanwhile).
            list(Page.objects.select_for_update().filter(pk=group.pk).values("pk"))
        segments = translation.segments(page, locale)
        form = TranslationForm(
            _posted(request),
            segments=segments,
            limits=translation.max_lengths(page),
        )
        if request.method == "POST" and form.is_valid():
            try:
                translated = translation.translate_page(
                    request.user, page, language, form.texts()
                )
            except ValidationError as error:
                form.add_segment_errors(
                    getattr(error, "error_dict", {"": error.messages})
                )
            else:
                messages.success(request, _("The translation is published."))
                return redirect(translated.url)
    context = {
        "group": group,
        "page": page,
        "form": form,
        "segment_fields": [
            (segment, form[f"segment-{segment.pk}"]) for segment in segments
        ],
        "language": language,
        "language_name": language_in_text(language),
        "translated": page.get_translation_or_none(locale),
        "waiting": sum(1 for segment in segments if segment.is_waiting),
    }
    return render(
        request,
        "groups/translate_page.html",
        context,
        status=400 if form.errors else 200,
    )


def translations(request, group_id: int):
    """The group's pages and, for each language the group is offered in,
    whether a translation exists and what in it still shows in Dutch."""
    from . import translation

    group = readable_group(request, group_id)
    _require(request, group, WRITE)
    pages = Paginator(
        visible_pages(
            request.user,
            GroupWikiPage.objects.descendant_of(group).order_by("path"),
        ).only(
            "id", "title", "depth", "path", "url_path", "translation_key", "locale_id"
        ),
        MEMBERS_PER_PAGE,
    ).get_page(request.GET.get("page"))
    rows = ([group] if pages.number == 1 else []) + list(pages)
    found = translation.statuses(group, rows)
    names = dict(translation.offered_languages())
    return render(
        request,
        "groups/translations.html",
        {
            "group": group,
            "group_languages": [
                (code, names[code]) for code in group.translation_languages
            ],
            "rows": [(page, list(found[page.pk].values())) for page in rows],
            "pages_page": pages,
            "may_manage": may(request.user, group, MANAGE),
        },
    )


# Posts and comments ------------------------------------------------------------


def _store_document(user, group: GroupPage, upload, title: str = ""):
    document = get_document_model()(
        title=(title or upload.name)[:255],
        file=upload,
        collection_id=group.collection_id,
        uploaded_by_user=user,
    )
    document.save()
    return document


@require_POST
def new_post(request, group_id: int):
    group = readable_group(request, group_id)
    _require(request, group, WRITE)
    form = PostForm(request.POST, request.FILES)
    if not form.is_valid():
        # The group's home as the reader reads it, in their language.
        home = shown_version(group)
        context = group_home_context(request, home) | {"post_form": form}
        response = TemplateResponse(
            request, "groups/group_page.html", {"page": home, "self": home, **context}
        )
        response.status_code = 400
        return response
    with transaction.atomic():
        attachment = None
        if form.cleaned_data.get("attachment"):
            attachment = _store_document(
                request.user, group, form.cleaned_data["attachment"]
            )
        services.write_post(
            request.user, group, body=form.cleaned_data["body"], attachment=attachment
        )
    return redirect(group.url)


def post_detail(request, group_id: int, post_id: int):
    """A post with its comments; members comment here."""
    group = readable_group(request, group_id)
    post = get_object_or_404(
        group.posts.select_related("author__person", "attachment"), pk=post_id
    )
    form = CommentForm(_posted(request))
    if request.method == "POST":
        _require(request, group, WRITE)
        if form.is_valid():
            services.write_comment(request.user, post, body=form.cleaned_data["body"])
            return redirect(post.get_absolute_url())
    comments = post.comments.select_related("author__person")
    return render(
        request,
        "groups/post.html",
        {
            "group": group,
            "post": post,
            "comments": comments,
            "form": form,
            "may_write": may(request.user, group, WRITE),
            "may_moderate": may(request.user, group, MODERATE),
        },
        status=400 if form.errors else 200,
    )


@require_POST
def delete_post(request, group_id: int, post_id: int):
    group = readable_group(request, group_id)
    post = get_object_or_404(group.posts, pk=post_id)
    post.group = group
    if not may_delete_post(request.user, post):
        deny()
    services.delete_post(request.user, post)
    messages.success(request, _("The post is removed."))
    return redirect(group.url)


# Documents -----------------------------------------------------------------------


def documents(request, group_id: int):
    """The group's library; members upload new documents here."""
    group = readable_group(request, group_id)
    form = DocumentForm(_posted(request), _files(request))
    if request.method == "POST":
        _require(request, group, WRITE)
        if form.is_valid():
            document = _add_document(request.user, group, form.cleaned_data)
            messages.success(request, _("The document is added."))
            return redirect(document.get_absolute_url())
    library = (
        group.documents.select_related("current", "created_by")
        .annotate(version_count=Count("versions"))
        .order_by("title", "pk")
    )
    return render(
        request,
        "groups/documents.html",
        {
            "group": group,
            "documents": library,
            "form": form,
            "role": role_of(request.user, group),
            "may_write": may(request.user, group, WRITE),
        },
        status=400 if form.errors else 200,
    )


@transaction.atomic
def _add_document(user, group, data, document: GroupDocument | None = None):
    title = (data.get("title") or "").strip() or data["file"].name
    if document is None:
        document = GroupDocument.objects.create(
            group=group, title=title[:255], created_by=user, status=data["status"]
        )
        number = 1
    else:
        number = (document.versions.aggregate(n=Max("number"))["n"] or 0) + 1
    file = _store_document(user, group, data["file"], document.title)
    GroupDocumentVersion.objects.create(
        document=document, file=file, number=number, uploaded_by=user
    )
    document.current = file
    document.status = data["status"]
    document.save()
    logger.info(
        "group document uploaded group_id=%s document_id=%s version=%s",
        group.pk,
        document.pk,
        number,
    )
    return document


def document_detail(request, group_id: int, document_id: int):
    """A document with its versions; members upload a new version here."""
    group = readable_group(request, group_id)
    document = get_object_or_404(group.documents, pk=document_id)
    form = DocumentForm(
        _posted(request),
        _files(request),
        initial={"status": document.status},
    )
    if request.method == "POST":
        _require(request, group, WRITE)
        if form.is_valid():
            _add_document(request.user, group, form.cleaned_data, document)
            messages.success(request, _("The new version is saved."))
            return redirect(document.get_absolute_url())
    versions = document.versions.select_related("file", "uploaded_by")
    return render(
        request,
        "groups/document.html",
        {
            "group": group,
            "document": document,
            "versions": versions,
            "form": form,
            "may_write": may(request.user, group, WRITE),
        },
        status=400 if form.errors else 200,
    )


# The contact book -----------------------------------------------------------


def contacts(request, group_id: int):
    """The group's contacts and notes timeline, for members only."""
    group = readable_group(request, group_id)
    if not can_view_group_contacts(request.user, group):
        raise Http404
    form = ContactForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        GroupContact.objects.create(
            group=group,
            person=data["colleague"],
            name="" if data["colleague"] else data["name"],
            organisation=data["organisation"],
            email=data["email"],
            phone=data["phone"],
            notes=data["notes"],
            created_by=request.user,
        )
        messages.success(request, _("The contact is added."))
        return redirect("groups:contacts", group.pk)
    return _contact_book(request, group, form, NoteForm())


def _contact_book(request, group, contact_form, note_form):
    contacts = group.contacts.select_related("person__user", "person__org_unit")
    notes = group.notes.select_related("author__person")[:100]
    errors = contact_form.errors or note_form.errors
    return render(
        request,
        "groups/contacts.html",
        {
            "group": group,
            "contacts": contacts,
            "notes": notes,
            "form": contact_form,
            "note_form": note_form,
        },
        status=400 if errors else 200,
    )


@require_POST
def add_note(request, group_id: int):
    group = readable_group(request, group_id)
    if not can_view_group_contacts(request.user, group):
        raise Http404
    form = NoteForm(request.POST)
    if not form.is_valid():
        return _contact_book(request, group, ContactForm(), form)
    GroupNote.objects.create(
        group=group, author=request.user, body=form.cleaned_data["body"]
    )
    return redirect(reverse("groups:contacts", args=[group.pk]) + "#notes")
