"""Learning programmes, modules and lessons, as editors write them in Wagtail.

Content owns the structure; the learning app owns the learner's journey. Module and
lesson pages are served through learning's `before_serve_page` hook, which adds the
learner's progress, marks knowledge checks and keeps reflections, and previewed through the
LEARNER_PREVIEW_HOOK it registers, so editors see exactly what learners see. A page is only
ever served to the audiences it names.
"""

from collections import Counter
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from modelcluster.fields import ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from assessments.pickers import StatementSelectMultiple
from content.lesson_blocks import LessonBodyBlock
from content.models.pages import BasePage
from content.models.resources import AUDIENCE_FIELDS, audience_q
from content.page_forms import ModulePageForm
from people import access
from people.enums import Audience

LEARNER_PREVIEW_HOOK = "serve_learner_preview"


def count_block_types(body) -> Counter:
    """A lesson body's blocks counted by type, from its stored data (no block is built)."""
    return Counter(item["type"] for item in body.raw_data)


class ServedByLearningMixin:
    """Module and lesson pages have no template here: the learning app renders them."""

    def serve_preview(self, request: HttpRequest, mode_name: str) -> HttpResponse:
        serve = next(iter(hooks.get_hooks(LEARNER_PREVIEW_HOOK)), None)
        if serve is None:
            raise Http404("No app serves previews of learning pages.")
        return serve(self, request)


def route_to_child(
    parent: Page, child_type: type[Page], request: HttpRequest, path_components: list[str]
) -> RouteResult | None:
    """Route through a page whose children are all of one type: one query finds the specific
    child, where Wagtail's own route takes two (the page, then its specific type). Anything
    else (the page itself, a child of another type) goes Wagtail's way."""
    if path_components:
        child = child_type.objects.child_of(parent).filter(slug=path_components[0]).first()
        if child is not None:
            child._cached_parent_obj = parent  # as Wagtail's route does
            return child.route(request, path_components[1:])
    return Page.route(parent, request, path_components)


class ProgrammePage(BasePage):
    """A programme: Family Group Decision Making, Signs of Safety, Family Network Meetings."""

    introduction = RichTextField(blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["content.HomePage"]
    subpage_types = ["content.ModulePage"]

    class Meta:
        verbose_name = "programme"

    def route(self, request: HttpRequest, path_components: list[str]) -> RouteResult | None:
        return route_to_child(self, ModulePage, request, path_components)

    def get_context(self, request: HttpRequest, *args: object, **kwargs: object) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["modules"] = (
            ModulePage.objects.child_of(self)
            .live()
            .filter(audience_q(access.audiences_of(request.user)))
            .order_by("path")
        )
        return context


class ModulePage(ServedByLearningMixin, BasePage):
    """A module: lessons, a knowledge check, a reflection; completing it becomes evidence."""

    summary = models.TextField(max_length=400)
    learning_outcomes = RichTextField(
        features=["bold", "ul", "ol"], help_text="What learners will be able to do, as a list."
    )
    for_practitioners = models.BooleanField("practitioners", default=True)
    for_experts_by_experience = models.BooleanField("experts by experience", default=False)
    for_volunteers = models.BooleanField("volunteers", default=False)
    cpd_hours = models.DecimalField(
        "estimated CPD hours",
        max_digits=4,
        decimal_places=1,
        default=Decimal("1.0"),
        validators=[MinValueValidator(Decimal("0.5")), MaxValueValidator(Decimal("40"))],
    )
    pass_mark = models.PositiveSmallIntegerField(
        "knowledge-check pass mark (%)",
        default=80,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    check_attempts = models.PositiveSmallIntegerField(
        "knowledge-check attempts allowed",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
        help_text="Leave empty to allow as many attempts as a learner needs. Learners see the "
        "correct answers only once they pass or have used their last attempt.",
    )
    statements = ParentalManyToManyField(
        "assessments.Statement",
        blank=True,
        related_name="modules",
        help_text="Framework statements that completing this module is evidence for.",
    )
    prerequisites = ParentalManyToManyField(
        "self",
        blank=True,
        symmetrical=False,
        related_name="required_by",
        help_text="Modules to complete before starting this one.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("for_practitioners"),
                FieldPanel("for_experts_by_experience"),
                FieldPanel("for_volunteers"),
            ],
            heading="Written for",
            help_text="Only the people you tick can open this module. Tick at least one.",
        ),
        FieldRowPanel(
            [FieldPanel("cpd_hours"), FieldPanel("pass_mark"), FieldPanel("check_attempts")],
            heading="CPD and knowledge check",
        ),
        FieldPanel("statements", widget=StatementSelectMultiple),
        FieldPanel("prerequisites"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.FilterField("for_practitioners"),
        index.FilterField("for_experts_by_experience"),
        index.FilterField("for_volunteers"),
    ]

    parent_page_types = ["content.ProgrammePage"]
    subpage_types = ["content.LessonPage"]
    base_form_class = ModulePageForm

    class Meta:
        verbose_name = "module"
        constraints = [
            models.CheckConstraint(
                condition=Q(for_practitioners=True)
                | Q(for_experts_by_experience=True)
                | Q(for_volunteers=True),
                name="module_has_an_audience",
            ),
        ]

    @property
    def audiences(self) -> frozenset[str]:
        return frozenset(a for a, name in AUDIENCE_FIELDS.items() if getattr(self, name))

    @property
    def audience_labels(self) -> list[str]:
        return [Audience(a).label for a in Audience if a in self.audiences]

    def can_be_read_by(self, user: access.AnyUser) -> bool:
        return access.can_read_audience(user, self.audiences)

    def check_readable(self, request: HttpRequest) -> None:
        """404 for anyone outside the module's audiences (sign-in is checked by BasePage)."""
        if request.user.is_authenticated and not self.can_be_read_by(request.user):
            raise Http404

    def serve(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        self.check_readable(request)
        return super().serve(request, *args, **kwargs)

    def route(self, request: HttpRequest, path_components: list[str]) -> RouteResult | None:
        return route_to_child(self, LessonPage, request, path_components)

    def has_live_lessons(self) -> bool:
        """Is a lesson under this module published? (One not yet saved has no lessons.)"""
        return bool(self.pk) and LessonPage.objects.child_of(self).live().exists()

    def clean(self) -> None:
        super().clean()
        if not (self.for_practitioners or self.for_experts_by_experience or self.for_volunteers):
            raise ValidationError({"for_practitioners": "Tick at least one audience."})


class LessonPage(ServedByLearningMixin, BasePage):
    """One lesson of a module. Question blocks make up the module's knowledge check."""

    body = StreamField(LessonBodyBlock())
    estimated_minutes = models.PositiveSmallIntegerField(
        default=15, validators=[MinValueValidator(1), MaxValueValidator(240)]
    )
    scorm_package = models.ForeignKey(
        "wagtail_lms.SCORMPackage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="SCORM package",
        help_text="Upload it first under LMS → SCORM Packages. The lesson plays it, and is done "
        "when the package reports it completed or passed.",
    )
    h5p_activity = models.ForeignKey(
        "wagtail_lms.H5PActivity",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="H5P activity",
        help_text="Upload it first under LMS → H5P Activities. The lesson plays it, and is done "
        "when the activity reports it completed, answered or passed (not failed). A lesson plays "
        "one package: a SCORM package or an H5P activity.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("estimated_minutes"),
        FieldPanel("scorm_package"),
        FieldPanel("h5p_activity"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["content.ModulePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = "lesson"

    @property
    def module(self) -> ModulePage:
        cached = getattr(self, "_module", None)
        if cached is None:
            # Routing to the lesson went through its module: Wagtail keeps it as the parent.
            parent = getattr(self, "_cached_parent_obj", None)
            if isinstance(parent, ModulePage):
                cached = parent
            else:
                cached = ModulePage.objects.ancestor_of(self).specific().first()
            self._module = cached
        return cached

    def clean(self) -> None:
        super().clean()
        if self.scorm_package_id and self.h5p_activity_id:
            raise ValidationError(
                {
                    "h5p_activity": "A lesson plays one package: choose a SCORM package or "
                    "an H5P activity, not both."
                }
            )

    def can_be_read_by(self, user: access.AnyUser) -> bool:
        return self.module.can_be_read_by(user)

    def check_readable(self, request: HttpRequest) -> None:
        self.module.check_readable(request)

    def serve(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        self.check_readable(request)
        return super().serve(request, *args, **kwargs)

    def questions(self) -> list:
        """The lesson's question blocks (with their stable block ids)."""
        return [block for block in self.body if block.block_type == "question"]

    def reflection_prompts(self) -> list:
        return [block for block in self.body if block.block_type == "reflection"]

    def block_counts(self) -> Counter:
        """How many blocks of each type, read off the stored data without building each
        block: a list of a module's lessons needs only the counts."""
        return count_block_types(self.body)
