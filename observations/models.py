from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from assessments.enums import FrameworkStatus
from assessments.models import Evidence, Statement
from assessments.pickers import StatementCheckboxes
from core.frozen_forms import FrozenNoticePanel
from core.lifecycle import Versioned
from core.models import AppendOnly
from observations.enums import (
    NOT_SEEN_VALUES,
    MeetingType,
    ObservationStatus,
    Stage,
    TemplateStatus,
    default_rating_scale,
)
from observations.fields import ChoiceListField


class ObservationTemplateQuerySet(models.QuerySet):
    def published(self) -> "ObservationTemplateQuerySet":
        return self.filter(status=TemplateStatus.PUBLISHED)

    def for_meeting_type(self, meeting_type: str) -> "ObservationTemplateQuerySet":
        return self.filter(meeting_types__contains=ChoiceListField.lookup_value(meeting_type))


class ObservationTemplate(Versioned, ClusterableModel):
    """One version of an observation form: criteria by meeting stage, and a rating scale.

    Versioned like frameworks (core.lifecycle): once an observation uses a version it is
    frozen, and an editor changes it by making a new version (templates.template_new_version).
    """

    code = models.SlugField(
        max_length=40, help_text="Stable short code shared by every version, e.g. fgc-meeting."
    )
    name = models.CharField(max_length=150)
    description = models.TextField(
        blank=True, help_text="When to use this template, shown to observers as they choose one."
    )
    meeting_types = ChoiceListField(
        "meeting types it fits",
        item_choices=MeetingType.choices,
        help_text="Observers choose from the templates that fit the meeting they observed.",
    )
    rating_scale = models.JSONField(
        default=default_rating_scale,
        help_text="The points each criterion is rated on, lowest first.",
    )

    frozen_message = (
        "This template has been used for observations, so it cannot be changed. "
        "Make a new version instead."
    )

    objects = ObservationTemplateQuerySet.as_manager()

    panels = [
        FrozenNoticePanel(),
        MultiFieldPanel(
            [FieldPanel("code"), FieldPanel("name"), FieldPanel("description")],
            heading="Template",
        ),
        FieldPanel("meeting_types", widget=forms.CheckboxSelectMultiple),
        FieldPanel("rating_scale"),
        InlinePanel("criteria", heading="Criteria", label="Criterion", min_num=1),
    ]

    class Meta:
        ordering = ["name", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["code", "version"], name="template_code_version"),
            models.UniqueConstraint(
                fields=["code"],
                condition=Q(status="published"),
                name="template_one_published_version",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} (version {self.version})"

    def is_frozen(self) -> bool:
        """Used by an observation (a draft included): from then on never edited in place."""
        return bool(self.pk) and self.observations.exists()

    def clean(self) -> None:
        super().clean()
        validate_rating_scale(self.rating_scale)

    # The rating scale, read ----------------------------------------------------------------

    @property
    def rating_choices(self) -> list[tuple[str, str]]:
        return [(point["value"], point["label"]) for point in self.rating_scale]

    @property
    def rating_labels(self) -> dict[str, str]:
        return dict(self.rating_choices)

    @property
    def evidence_ratings(self) -> set[str]:
        """Ratings that make a criterion's statements evidence on sign-off."""
        return {p["value"] for p in self.rating_scale if p.get("counts_as_evidence")}

    def evidence_rating_labels(self) -> str:
        """The evidence points in words, for pages: "Developing, Secure or Strong"."""
        labels = [p["label"] for p in self.rating_scale if p.get("counts_as_evidence")]
        if len(labels) < 2:
            return "".join(labels)
        return f"{', '.join(labels[:-1])} or {labels[-1]}"

    def meeting_type_labels(self) -> list[str]:
        labels = dict(MeetingType.choices)
        return [labels.get(value, value) for value in self.meeting_types]


def validate_rating_scale(scale: object) -> None:
    message = (
        "The rating scale must be a list of points, each with a value, a label and "
        "whether it counts as evidence."
    )
    if not isinstance(scale, list) or len(scale) < 2:
        raise ValidationError({"rating_scale": "Give the rating scale at least two points."})
    values = []
    for point in scale:
        if (
            not isinstance(point, dict)
            or not str(point.get("value", "")).strip()
            or not str(point.get("label", "")).strip()
            or not isinstance(point.get("counts_as_evidence", False), bool)
        ):
            raise ValidationError({"rating_scale": message})
        values.append(point["value"])
    if NOT_SEEN_VALUES & set(values):
        raise ValidationError(
            {
                "rating_scale": "“Not seen” is not a point on the rating scale: the observer "
                "ticks the stages they saw, and criteria of the other stages are left unrated."
            }
        )
    if len(set(values)) != len(values):
        raise ValidationError(
            {"rating_scale": "Each point of the rating scale needs its own value."}
        )
    if not any(point.get("counts_as_evidence") for point in scale):
        raise ValidationError(
            {"rating_scale": "At least one point of the rating scale must count as evidence."}
        )


class TemplateCriterion(Orderable, ClusterableModel):
    """What the observer looks for at one stage, and the statements it evidences."""

    template = ParentalKey(ObservationTemplate, on_delete=models.CASCADE, related_name="criteria")
    stage = models.CharField(max_length=30, choices=Stage.choices)
    text = models.CharField("what the observer looks for", max_length=300)
    guidance = models.TextField(
        blank=True, help_text="What good looks like; shown to the observer beside the criterion."
    )
    statements = ParentalManyToManyField(
        Statement,
        blank=True,
        related_name="observation_criteria",
        limit_choices_to={"domain__level__framework__status": FrameworkStatus.PUBLISHED},
        help_text="Framework statements this criterion evidences when rated developing or better.",
    )

    panels = [
        FieldPanel("stage"),
        FieldPanel("text"),
        FieldPanel("guidance"),
        FieldPanel("statements", widget=StatementCheckboxes),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "criterion"
        verbose_name_plural = "criteria"

    def __str__(self) -> str:
        return self.text

    @property
    def order(self) -> int | None:
        return self.sort_order


class ObservationQuerySet(models.QuerySet):
    def delete(self) -> tuple[int, dict[str, int]]:
        """Drafts only, as Observation.delete: a shared observation and its history are kept."""
        if self.exclude(status=ObservationStatus.DRAFT).exists():
            raise ValidationError("Only a draft observation can be deleted.")
        return super().delete()

    delete.alters_data = True
    delete.queryset_only = True


class Observation(models.Model):
    """One peer observation of a practitioner's practice at a family meeting.

    Holds no identifying details of the family: free text is checked on every save
    (core.identifiers) and the observer confirms any match identifies nobody.
    Text fields hold sanitised HTML (core.sanitize), made from what was typed.
    """

    template = models.ForeignKey(
        ObservationTemplate, on_delete=models.PROTECT, related_name="observations"
    )
    observer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="observations_made"
    )
    observed = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="observations_of"
    )
    observed_on = models.DateField("date of the meeting")
    meeting_type = models.CharField(max_length=30, choices=MeetingType.choices)
    stages_observed = ChoiceListField(item_choices=Stage.choices, blank=True)
    family_consent = models.BooleanField(
        "the family agreed to the observer's presence",
        default=False,
        help_text="Recorded when the observation is started; without it there is no record.",
    )
    strengths = models.TextField(blank=True)
    development_points = models.TextField("points for development", blank=True)
    agreed_actions = models.TextField(blank=True)
    family_voice = models.TextField(
        "what the family and the child said about the meeting", blank=True
    )
    response = models.TextField("the observed person's response and reflection", blank=True)
    status = models.CharField(
        max_length=20, choices=ObservationStatus.choices, default=ObservationStatus.DRAFT
    )
    status_changed_at = models.DateTimeField(default=timezone.now)
    signed_off_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="observations_signed_off",
    )
    signed_off_at = models.DateTimeField(null=True, blank=True)
    evidence = models.ForeignKey(
        Evidence,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="observations",
        help_text="The peer observation evidence made on sign-off, if any criterion qualified.",
    )
    identifiers_confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    identifiers_confirmed_at = models.DateTimeField(null=True, blank=True)
    identifiers_fingerprint = models.CharField(max_length=40, blank=True, editable=False)
    response_identifiers_confirmed_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When the observed person confirmed flagged text in their response "
        "identifies nobody.",
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ObservationQuerySet.as_manager()

    class Meta:
        ordering = ["-observed_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(observer=F("observed")), name="observation_not_of_oneself"
            ),
            models.CheckConstraint(
                condition=Q(family_consent=True), name="observation_needs_family_consent"
            ),
            models.CheckConstraint(
                condition=~Q(status="signed_off") | Q(signed_off_by__isnull=False),
                name="observation_signed_off_by_someone",
            ),
        ]
        indexes = [
            models.Index(fields=["observer", "-observed_on"]),
            models.Index(fields=["observed", "-observed_on"]),
            models.Index(fields=["status", "status_changed_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.get_meeting_type_display()} on {self.observed_on:%d %B %Y}"

    @property
    def is_draft(self) -> bool:
        return self.status == ObservationStatus.DRAFT

    @property
    def is_locked(self) -> bool:
        """Signed off: nothing changes any more; addenda are the only way to add to it."""
        return self.status == ObservationStatus.SIGNED_OFF

    def stage_labels(self) -> list[str]:
        labels = dict(Stage.choices)
        return [labels[value] for value in Stage.values if value in self.stages_observed]

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict]:
        """A draft goes with its one transition (created as a draft): it was never shared,
        and may hold details of a family that should not be kept. Nothing shared is deleted.
        """
        if not self.is_draft:
            raise ValidationError("Only a draft observation can be deleted.")
        return super().delete(*args, **kwargs)


class CriterionRating(models.Model):
    observation = models.ForeignKey(Observation, on_delete=models.CASCADE, related_name="ratings")
    criterion = models.ForeignKey(
        TemplateCriterion, on_delete=models.PROTECT, related_name="ratings"
    )
    rating = models.CharField(max_length=40, blank=True, help_text="Blank until rated.")
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["criterion__sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["observation", "criterion"], name="rating_once_per_criterion"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.criterion}: {self.rating or 'not rated'}"


class ObservationTransition(AppendOnly):
    """Who moved an observation from one status to the next, and when. Append-only."""

    observation = models.ForeignKey(
        Observation, on_delete=models.CASCADE, related_name="transitions"
    )
    from_status = models.CharField(max_length=20, choices=ObservationStatus.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=ObservationStatus.choices)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = "observation transition"

    def __str__(self) -> str:
        return f"{self.from_status or 'new'} → {self.to_status}"


class Addendum(AppendOnly):
    """Added to a signed-off observation, which is otherwise locked. Append-only."""

    append_only_advice = "add another addendum instead."

    observation = models.ForeignKey(Observation, on_delete=models.PROTECT, related_name="addenda")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(help_text="Sanitised HTML (core.sanitize).")
    identifiers_confirmed = models.BooleanField(
        default=False,
        help_text="The author confirmed that text flagged as a possible identifier identifies "
        "nobody.",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = "addendum"
        verbose_name_plural = "addenda"

    def __str__(self) -> str:
        return f"Addendum by {self.author} on {self.created_at:%d %B %Y}"


class CoObservation(models.Model):
    """Two observers at one meeting, each rating on their own (a calibration pair).

    `first` is the observation of the observer who invited the second; `second` was started
    for the invited observer with the same person, meeting, date and template. Neither
    observer reads the other's observation until both are shared. The discussion note,
    written afterwards by either observer, closes the pair. It holds sanitised HTML
    (core.sanitize) made from text checked for family identifiers.
    """

    first = models.OneToOneField(
        Observation, on_delete=models.CASCADE, related_name="co_observation_as_first"
    )
    second = models.OneToOneField(
        Observation, on_delete=models.CASCADE, related_name="co_observation_as_second"
    )
    created_at = models.DateTimeField(default=timezone.now)
    discussion_note = models.TextField("calibration discussion note", blank=True)
    note_identifiers_confirmed = models.BooleanField(
        default=False,
        help_text="The author confirmed that text flagged as a possible identifier identifies "
        "nobody.",
    )
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "co-observation"
        constraints = [
            models.CheckConstraint(
                condition=~Q(first=F("second")), name="co_observation_two_observations"
            ),
            models.CheckConstraint(
                condition=Q(closed_at__isnull=True) | Q(closed_by__isnull=False),
                name="co_observation_closed_by_someone",
            ),
        ]

    def __str__(self) -> str:
        return f"Co-observation of {self.first}"

    @property
    def observations(self) -> tuple[Observation, Observation]:
        return (self.first, self.second)

    @property
    def observer_ids(self) -> tuple[int, int]:
        return (self.first.observer_id, self.second.observer_id)

    @property
    def both_shared(self) -> bool:
        return not self.first.is_draft and not self.second.is_draft

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None

    def partner_of(self, observation: Observation) -> Observation:
        return self.second if observation.pk == self.first_id else self.first
