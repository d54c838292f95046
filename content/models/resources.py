"""The resource library: guides, templates and reading, each written for named audiences.

A resource is shown only to the audiences it names (people.access.can_read_audience).
The page enforces that when it is served; listings and search enforce it in their
querysets (content.selectors), so a hidden page never reaches a template.
"""

from datetime import date, timedelta

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from content.blocks import EasyReadBodyBlock, ResourceBodyBlock
from content.enums import ResourceKind
from content.models.pages import BasePage
from people import access
from people.enums import Audience

# One boolean column per audience: filterable and indexable on SQLite and PostgreSQL alike.
AUDIENCE_FIELDS: dict[str, str] = {
    Audience.PRACTITIONERS: "for_practitioners",
    Audience.EXPERTS_BY_EXPERIENCE: "for_experts_by_experience",
    Audience.VOLUNTEERS: "for_volunteers",
}

REVIEW_PERIOD = timedelta(days=365)


def audience_q(audiences: frozenset[str] | set[str] | list[str]) -> Q:
    """Resources written for any of `audiences`. No audiences matches nothing."""
    condition = Q(pk__in=[])
    for audience in audiences:
        if audience in AUDIENCE_FIELDS:
            condition |= Q(**{AUDIENCE_FIELDS[audience]: True})
    return condition


def default_review_by() -> date:
    return timezone.localdate() + REVIEW_PERIOD


class ResourceIndexPage(BasePage):
    """The resource library: lists, filters and searches the resources beneath it."""

    introduction = RichTextField(blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.ResourcePage"]
    max_count = 1
    page_size = 20

    class Meta:
        verbose_name = "resource library"

    def get_context(self, request: HttpRequest, *args: object, **kwargs: object) -> dict:
        # Imported here: the form and the selectors import these models.
        from content.forms import ResourceFilterForm
        from content.selectors import resource_search

        context = super().get_context(request, *args, **kwargs)
        form = ResourceFilterForm(request.GET or None, user=request.user)
        filters = form.filters()
        results = resource_search(request.user, within=self, **filters)
        context.update(
            {
                "form": form,
                "filters": filters,
                "is_filtered": any(filters.values()),
                "results": Paginator(results, self.page_size).get_page(request.GET.get("page")),
            }
        )
        return context


class ResourcePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "content.ResourcePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ResourcePage(RoutablePageMixin, BasePage):
    """A guide, template, video or reading, written for one or more audiences."""

    summary = models.TextField(
        max_length=300,
        help_text="One or two sentences shown in listings and search results.",
    )
    body = StreamField(ResourceBodyBlock())
    kind = models.CharField(max_length=20, choices=ResourceKind.choices, default=ResourceKind.GUIDE)
    for_practitioners = models.BooleanField("practitioners", default=False)
    for_experts_by_experience = models.BooleanField("experts by experience", default=False)
    for_volunteers = models.BooleanField("volunteers", default=False)
    tags = ClusterTaggableManager(through=ResourcePageTag, blank=True)
    reading_minutes = models.PositiveSmallIntegerField(
        "reading time (minutes)",
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
    )
    last_reviewed = models.DateField(default=timezone.localdate)
    review_by = models.DateField(
        default=default_review_by,
        help_text="Check the resource is still accurate by this date. Editors see what is overdue.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldPanel("for_practitioners"),
                FieldPanel("for_experts_by_experience"),
                FieldPanel("for_volunteers"),
            ],
            heading="Written for",
            help_text="Only the people you tick will see this resource. Tick at least one.",
        ),
        FieldPanel("body"),
        InlinePanel(
            "easy_read_versions",
            label="Easy-read version",
            heading="Easy-read version",
            max_num=1,
            help_text="Plain words, short sentences, one idea per sentence. Shown in large type.",
        ),
        FieldPanel("tags"),
        FieldRowPanel(
            [FieldPanel("reading_minutes"), FieldPanel("last_reviewed"), FieldPanel("review_by")],
            heading="Reading time and review",
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("for_practitioners"),
        index.FilterField("for_experts_by_experience"),
        index.FilterField("for_volunteers"),
    ]

    parent_page_types = ["content.ResourceIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "resource"
        constraints = [
            models.CheckConstraint(
                condition=Q(for_practitioners=True)
                | Q(for_experts_by_experience=True)
                | Q(for_volunteers=True),
                name="resource_has_an_audience",
            ),
            models.CheckConstraint(
                condition=Q(review_by__gte=models.F("last_reviewed")),
                name="resource_review_after_last_review",
            ),
        ]

    @property
    def audiences(self) -> frozenset[str]:
        return frozenset(
            audience for audience, name in AUDIENCE_FIELDS.items() if getattr(self, name)
        )

    @property
    def audience_labels(self) -> list[str]:
        return [Audience(audience).label for audience in Audience if audience in self.audiences]

    @property
    def is_overdue_for_review(self) -> bool:
        return self.review_by < timezone.localdate()

    @property
    def easy_read(self) -> "EasyReadVersion | None":
        return next(iter(self.easy_read_versions.all()), None)

    def can_be_read_by(self, user: access.AnyUser) -> bool:
        return access.can_read_audience(user, self.audiences)

    def clean(self) -> None:
        super().clean()
        errors = {}
        if not self.audiences:
            errors["for_practitioners"] = "Choose at least one audience this resource is for."
        if self.last_reviewed and self.review_by and self.review_by < self.last_reviewed:
            errors["review_by"] = "The review-by date must be on or after the last review."
        if errors:
            raise ValidationError(errors)

    def serve(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        """Signed out: sign in first. Signed in but not in the audience: the page does not exist.

        Checked here rather than left to BasePage because sub-routes (the easy-read version)
        are served without passing through BasePage.serve.
        """
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not self.can_be_read_by(request.user):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request: HttpRequest, *args: object, **kwargs: object) -> dict:
        context = super().get_context(request, *args, **kwargs)
        easy_read = self.easy_read
        context.update(
            {
                "easy_read": easy_read,
                "easy_read_url": (
                    (self.get_url(request) or "") + self.reverse_subpage("easy-read")
                    if easy_read
                    else ""
                ),
                "library": self.get_parent(),
                "can_edit": access.can_edit_content(request.user),
            }
        )
        return context

    @path("easy-read/", name="easy-read")
    def easy_read_view(self, request: HttpRequest) -> HttpResponse:
        easy_read = self.easy_read
        if easy_read is None:
            raise Http404
        return self.render(
            request,
            template="content/resource_page_easy_read.html",
            context_overrides={"easy_read": easy_read},
        )


class EasyReadVersion(Orderable):
    """The easy-read version of a resource: plain language, short sentences, large type."""

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="easy_read_versions")
    summary = models.TextField(
        max_length=300, help_text="One short sentence: what this is about and who it is for."
    )
    body = StreamField(EasyReadBodyBlock())

    panels = [FieldPanel("summary"), FieldPanel("body")]

    class Meta(Orderable.Meta):
        verbose_name = "easy-read version"

    def __str__(self) -> str:
        return f"Easy read: {self.page.title}"
