"""Groups: pages, people and files that staff organise themselves.

HomePage
└── GroupIndexPage "Groepen"
    └── GroupPage (one group: its home, members, posts, documents, contacts)
        └── GroupWikiPage ── GroupWikiPage ...   (pages members write)

A group that is not open keeps its content for members with Wagtail's own
mechanisms: a view restriction on the group page and one on the group's
document collection, both naming the group's member role (a Django group
kept in step with the memberships). The admin, search and the API therefore
see the same rule as the group's pages (see cms.visibility).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from search.languages import LanguageIndexedMixin, language_search_fields

# What members may use in the pages they write: the server keeps to this
# list whatever the browser sends (groups.richtext).
WIKI_FEATURES = [
    "h2",
    "h3",
    "bold",
    "italic",
    "ol",
    "ul",
    "link",
    "document-link",
    "image",
]


# Group pages sit at one depth in every locale's tree: root, home page,
# group index, group. A page's group is found from its path alone.
GROUP_DEPTH = 4


class GroupVisibility(models.TextChoices):
    OPEN = "open", _("Open: anyone joins, all staff read along")
    CLOSED = "closed", _("Closed: listed, joining needs approval, content for members")
    SECRET = "secret", _("Secret: only members know it exists, by invitation")


class GroupPageQuerySet(PageQuerySet):
    def originals(self):
        """The groups themselves: their pages in the default language's tree,
        not their translations (which share the group's members, posts and
        documents, see groups.translation)."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)


# The longest group name a group's settings (and its translations) take.
GROUP_NAME_MAX_LENGTH = 120


def not_offered() -> PermissionDenied:
    return PermissionDenied(
        _("The group's owners have not chosen to translate it into this language.")
    )


class GroupTranslationMixin:
    """A group page is translated only into the languages its owners offer
    (``GroupPage.translation_languages``), by wagtail-localize, on the front end
    (groups.translation) or in the admin alike."""

    def copy_for_translation(self, locale, *args, **kwargs):
        group = group_of(self)
        if group is None or locale.language_code not in group.translation_languages:
            raise not_offered()
        return super().copy_for_translation(locale, *args, **kwargs)


class GroupIndexPage(LanguageIndexedMixin, Page):
    """The group directory: every group a reader may see, with search and
    filters. Groups are created under it from the front end."""

    intro = RichTextField(_("intro"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, *language_search_fields()]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["groups.GroupPage"]
    max_count_per_parent = 1
    show_in_menus_default = True

    class Meta:
        verbose_name = _("group index page")

    def get_context(self, request, *args, **kwargs):
        from .views import directory_context

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_context(request, self))
        return context


class GroupPage(GroupTranslationMixin, LanguageIndexedMixin, Page):
    """One group's home: its description, latest posts, pages, documents and
    members. Created by any staff member, run by its owners."""

    description = models.TextField(
        _("short description"),
        max_length=500,
        help_text=_("What the group is for, in one or two sentences."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
    )
    visibility = models.CharField(
        _("visibility"),
        max_length=10,
        choices=GroupVisibility.choices,
        default=GroupVisibility.OPEN,
    )
    member_role = models.OneToOneField(
        "auth.Group",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="werkplek_group",
        verbose_name=_("member role"),
        help_text=_("The Django group holding the members, for view restrictions."),
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="werkplek_group",
        verbose_name=_("document collection"),
    )
    translation_languages = models.JSONField(
        _("translated into"),
        default=list,
        blank=True,
        help_text=_(
            "The languages besides Dutch the group's owners offer it in; "
            "members translate its pages into them."
        ),
    )

    objects = PageManager.from_queryset(GroupPageQuerySet)()

    # A translation is the same group in another language: it shares the
    # Dutch group's members and files, so it gets no role or collection of
    # its own, and keeps the group's address and rules.
    exclude_fields_in_copy = ["member_role", "collection"]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("visibility"),
        SynchronizedField("image"),
        SynchronizedField("translation_languages"),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        FieldPanel("image"),
        FieldPanel("visibility"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("description", boost=2),
        index.AutocompleteField("description"),
        index.FilterField("visibility"),
        *language_search_fields(),
    ]

    parent_page_types = ["groups.GroupIndexPage"]
    subpage_types = ["groups.GroupWikiPage"]

    class Meta:
        verbose_name = _("group")
        verbose_name_plural = _("groups")

    @property
    def is_open(self) -> bool:
        return self.visibility == GroupVisibility.OPEN

    @property
    def is_translation(self) -> bool:
        from cms.languages import is_original

        return not is_original(self)

    @cached_property
    def original(self) -> GroupPage:
        """The group itself: this page, or for a translation the group's
        page in the default language (members, posts and files are its)."""
        if not self.is_translation:
            return self
        return GroupPage.objects.originals().get(translation_key=self.translation_key)

    def get_context(self, request, *args, **kwargs):
        from .views import group_home_context

        context = super().get_context(request, *args, **kwargs)
        context.update(group_home_context(request, self))
        return context

    def get_members_url(self) -> str:
        return reverse("groups:members", args=[self.original.pk])


class GroupWikiPage(GroupTranslationMixin, LanguageIndexedMixin, Page):
    """A page members write inside their group; pages nest like a wiki.
    Every save keeps a Wagtail revision."""

    body = RichTextField(_("body"), blank=True, features=WIKI_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("body"),
        index.FilterField("group_path"),
        *language_search_fields(),
    ]

    parent_page_types = ["groups.GroupPage", "groups.GroupWikiPage"]
    subpage_types = ["groups.GroupWikiPage"]

    class Meta:
        verbose_name = _("group page")
        verbose_name_plural = _("group pages")

    @cached_property
    def group(self) -> GroupPage | None:
        """The group the page is in (the group itself, also when the page
        is a translation)."""
        group = group_of(self)
        return group.original if group is not None else None

    @property
    def group_path(self) -> str:
        # Search leaves out a closed group's pages by this one value.
        return self.path[: self.steplen * GROUP_DEPTH]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from .translation import page_translation_context

        context["group"] = self.group
        context["subpages"] = self.subpages()
        context["breadcrumbs"] = self.get_ancestors().filter(depth__gt=self.group.depth)
        context["can_edit"] = request.user.is_authenticated and (
            self.group.memberships.active().filter(user=request.user).exists()
        )
        context.update(page_translation_context(request, self, context["can_edit"]))
        return context

    def subpages(self):
        """The pages below this one, in this page's language (Dutch where a
        page is not translated)."""
        from cms.languages import children_in_language, is_original, language_of_locale

        if is_original(self):
            return GroupWikiPage.objects.child_of(self).live().order_by("title")
        return children_in_language(
            GroupWikiPage.objects.live(), self, language_of_locale(self.locale_id)
        ).order_by("title")


def group_of(page: Page) -> GroupPage | None:
    """Return the group page ``page`` belongs to (itself for a group's
    home): in the page's own language's tree, so for a translated page the
    group's translation (``.original`` is the group)."""
    if isinstance(page, GroupPage):
        return page
    if page.depth <= GROUP_DEPTH:
        return None
    return GroupPage.objects.filter(
        path=page.path[: page.steplen * GROUP_DEPTH]
    ).first()


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Membership.Status.ACTIVE)

    def owners(self):
        return self.active().filter(role=Membership.Role.OWNER)


class Membership(models.Model):
    """A person's place in a group: their role, and whether they are a member
    yet (asked to join, or invited)."""

    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        MODERATOR = "moderator", _("Moderator")
        MEMBER = "member", _("Member")

    class Status(models.TextChoices):
        ACTIVE = "active", _("Member")
        REQUESTED = "requested", _("Asked to join")
        INVITED = "invited", _("Invited")

    group = models.ForeignKey(
        GroupPage,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("group"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="group_memberships",
        verbose_name=_("user"),
    )
    role = models.CharField(
        _("role"), max_length=10, choices=Role.choices, default=Role.MEMBER
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("invited by"),
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["group", "user"], name="groups_one_membership_per_user"
            )
        ]
        indexes = [models.Index(fields=["user", "status"])]

    def __str__(self):
        return f"{self.user} in {self.group_id} ({self.role}, {self.status})"

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE


class GroupPost(index.Indexed, models.Model):
    """A short update in a group's timeline, with an optional attachment;
    members comment on it."""

    group = models.ForeignKey(
        GroupPage,
        on_delete=models.CASCADE,
        related_name="posts",
        verbose_name=_("group"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="group_posts",
        verbose_name=_("author"),
    )
    body = models.TextField(_("message"), max_length=5000)
    attachment = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("attachment"),
    )
    created_at = models.DateTimeField(_("posted at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("edited at"), auto_now=True)

    search_fields = [
        index.SearchField("body"),
        index.SearchField("group_title", boost=0.5),
        index.FilterField("group_path"),
        index.FilterField("group_id"),
        index.FilterField("created_at"),
    ]

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("group post")
        verbose_name_plural = _("group posts")
        indexes = [models.Index(fields=["group", "-created_at"])]

    def __str__(self):
        return self.body[:60]

    def get_absolute_url(self):
        return reverse("groups:post", args=[self.group_id, self.pk])

    @property
    def group_title(self) -> str:
        return self.group.title

    @property
    def group_path(self) -> str:
        # The group page's tree path: search hides a post exactly when it
        # hides its group's pages.
        return self.group.path

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.select_related("group")


class PostComment(models.Model):
    """A reply to a group post."""

    post = models.ForeignKey(
        GroupPost,
        on_delete=models.CASCADE,
        related_name="comments",
        verbose_name=_("post"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )
    body = models.TextField(_("comment"), max_length=2000)
    created_at = models.DateTimeField(_("posted at"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self):
        return self.body[:60]


class GroupDocument(models.Model):
    """A document in a group's library. Each upload is a version, kept as a
    Wagtail document in the group's collection; the newest is the current
    one."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        FINAL = "final", _("Final")

    group = models.ForeignKey(
        GroupPage,
        on_delete=models.CASCADE,
        related_name="documents",
        verbose_name=_("group"),
    )
    title = models.CharField(_("title"), max_length=255)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    current = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("current version"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("added by"),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("group document")
        verbose_name_plural = _("group documents")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("groups:document", args=[self.group_id, self.pk])


class GroupDocumentVersion(models.Model):
    """One upload of a group document; earlier versions stay available."""

    document = models.ForeignKey(
        GroupDocument,
        on_delete=models.CASCADE,
        related_name="versions",
        verbose_name=_("document"),
    )
    file = models.OneToOneField(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="group_version",
        verbose_name=_("file"),
    )
    number = models.PositiveIntegerField(_("version"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("document version")
        verbose_name_plural = _("document versions")
        constraints = [
            models.UniqueConstraint(
                fields=["document", "number"], name="groups_one_version_number"
            )
        ]

    def __str__(self):
        return f"{self.document_id} v{self.number}"


class GroupContact(models.Model):
    """An entry in a group's contact book: a colleague chosen from the people
    directory, or someone outside the organisation."""

    group = models.ForeignKey(
        GroupPage,
        on_delete=models.CASCADE,
        related_name="contacts",
        verbose_name=_("group"),
    )
    person = models.ForeignKey(
        "people.Person",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("colleague"),
    )
    name = models.CharField(_("name"), max_length=150, blank=True)
    organisation = models.CharField(_("organisation"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    notes = models.TextField(_("notes"), max_length=2000, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("added by"),
    )
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.person.full_name if self.person_id else self.name


class GroupNote(models.Model):
    """A dated note in a group's timeline (a call, a meeting, a decision)."""

    group = models.ForeignKey(
        GroupPage,
        on_delete=models.CASCADE,
        related_name="notes",
        verbose_name=_("group"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )
    body = models.TextField(_("note"), max_length=5000)
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("note")
        verbose_name_plural = _("notes")

    def __str__(self):
        return self.body[:60]
