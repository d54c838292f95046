import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from assessments.artefacts import artefact_answers, is_artefact_kind
from assessments.enums import EvidenceKind, EvidenceStatus, FrameworkStatus, Outcome
from core.lifecycle import Versioned
from core.models import AppendOnly
from people.enums import Role


def private_storage():
    """Evidence files live outside MEDIA_ROOT and are only streamed by access-checked views."""
    return storages["private"]


def evidence_upload_to(instance: "Evidence", filename: str) -> str:
    return f"evidence/{instance.owner_id}/{uuid.uuid4().hex}/{PurePath(filename).name}"


class Framework(Versioned):
    """One version of a competency framework. Published versions with records are frozen."""

    code = models.SlugField(max_length=20, help_text="Stable short code, e.g. FGCC.")
    name = models.CharField(max_length=150)
    job_title = models.CharField(max_length=200, blank=True)
    grade = models.CharField(max_length=50, blank=True)
    applies_to_role = models.CharField(
        max_length=32, choices=Role.choices, help_text="The role whose progression it describes."
    )
    duties = models.TextField(blank=True)
    source = models.CharField(max_length=300, blank=True)

    frozen_message = (
        "This framework has evidence or decisions against it, so it cannot be changed. "
        "Make a new version instead."
    )

    class Meta:
        ordering = ["code", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["code", "version"], name="framework_code_version"),
            models.UniqueConstraint(
                fields=["code"],
                condition=Q(status="published"),
                name="framework_one_published_version",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} (version {self.version})"

    def has_records(self) -> bool:
        """Evidence or decisions made against it: from then on it is never edited in place."""
        statements = Statement.objects.filter(domain__level__framework=self)
        return (
            Evidence.objects.filter(statements__in=statements).exists()
            or Decision.objects.filter(statement__in=statements).exists()
        )

    def is_frozen(self) -> bool:
        return self.status != FrameworkStatus.DRAFT and self.has_records()


class Level(models.Model):
    """A, B, C: cumulative, so reaching B needs every statement of A and B met."""

    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="levels")
    code = models.CharField(max_length=5)
    name = models.CharField(max_length=100)
    order = models.PositiveSmallIntegerField()
    summary = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["framework", "order"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "code"], name="level_code_per_framework"),
            models.UniqueConstraint(
                fields=["framework", "order"], name="level_order_per_framework"
            ),
        ]

    def __str__(self) -> str:
        return f"Level {self.code} ({self.name})"


class Domain(models.Model):
    level = models.ForeignKey(Level, on_delete=models.CASCADE, related_name="domains")
    code = models.CharField(max_length=5)
    name = models.CharField(max_length=100)
    order = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["level", "order"]
        constraints = [
            models.UniqueConstraint(fields=["level", "code"], name="domain_code_per_level"),
        ]

    def __str__(self) -> str:
        return self.name


class Statement(models.Model):
    domain = models.ForeignKey(Domain, on_delete=models.CASCADE, related_name="statements")
    code = models.CharField(max_length=30, help_text="Stable across versions, e.g. FGCC-B-K-08.")
    text = models.TextField()
    order = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["domain__level__order", "domain__order", "order"]

    def __str__(self) -> str:
        return f"{self.code}: {self.text}"

    frozen_message = (
        "This framework has evidence or decisions against it, so its statements "
        "cannot change. Make a new version of the framework instead."
    )

    def is_frozen(self) -> bool:
        return bool(self.domain_id) and self.domain.level.framework.is_frozen()

    def clean(self) -> None:
        if not self.domain_id:
            return
        if self.is_frozen():
            raise ValidationError(self.frozen_message)
        clash = Statement.objects.filter(
            code=self.code, domain__level__framework=self.domain.level.framework
        ).exclude(pk=self.pk)
        if clash.exists():
            raise ValidationError({"code": "Another statement of this framework has this code."})


class Evidence(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="evidence"
    )
    kind = models.CharField(max_length=32, choices=EvidenceKind.choices)
    title = models.CharField(max_length=200)
    description = models.TextField(
        blank=True, help_text="Sanitised HTML (core.sanitize) — never raw user input."
    )
    occurred_on = models.DateField("date")
    artefact = models.JSONField(
        default=dict,
        blank=True,
        help_text="A practice artefact's answers, one per question (assessments.artefacts); "
        "plain text, checked by the evidence service, escaped when shown.",
    )
    file = models.FileField(
        upload_to=evidence_upload_to, storage=private_storage, blank=True, max_length=300
    )
    statements = models.ManyToManyField(Statement, related_name="evidence")
    status = models.CharField(
        max_length=20, choices=EvidenceStatus.choices, default=EvidenceStatus.PENDING
    )
    source_key = models.CharField(
        max_length=100,
        blank=True,
        help_text="Set when the system creates evidence (module, observation), to create it once.",
    )
    submitted_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name_plural = "evidence"
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "source_key"],
                condition=~Q(source_key=""),
                name="evidence_created_once_per_source",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "submitted_at"]),
            # Pending evidence per person (the review queue, the matrix's "awaiting review",
            # the dashboards' tallies): a small index the database reads without the table.
            models.Index(
                fields=["owner", "submitted_at", "id"],
                condition=Q(status=EvidenceStatus.PENDING),
                name="evidence_pending_by_owner",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_editable(self) -> bool:
        """The owner may change or withdraw it while nobody has decided on it, and when it
        was returned to them for changes."""
        if self.status == EvidenceStatus.RETURNED:
            return True
        return self.status == EvidenceStatus.PENDING and not self.decisions.exists()

    @property
    def is_artefact(self) -> bool:
        return is_artefact_kind(self.kind)

    @property
    def artefact_answers(self) -> list[tuple[str, str]]:
        """Each question of a practice artefact with its answer, in order."""
        return artefact_answers(self.kind, self.artefact or {})

    @property
    def file_name(self) -> str:
        return PurePath(self.file.name).name if self.file else ""


class Decision(AppendOnly):
    """A team leader's judgement on one statement for one person. Append-only."""

    append_only_advice = "record a new decision instead."

    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="decisions"
    )
    statement = models.ForeignKey(Statement, on_delete=models.PROTECT, related_name="decisions")
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    comment = models.TextField(blank=True, help_text="Plain text, escaped when shown.")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="decisions_made"
    )
    decided_at = models.DateTimeField(default=timezone.now)
    evidence = models.ManyToManyField(Evidence, blank=True, related_name="decisions")

    class Meta:
        ordering = ["-decided_at", "-pk"]
        get_latest_by = ["decided_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(decided_by=F("subject")), name="decision_not_on_own_statements"
            ),
        ]
        indexes = [models.Index(fields=["subject", "statement", "-decided_at"])]

    def __str__(self) -> str:
        return f"{self.statement.code}: {self.get_outcome_display()}"


class EvidenceReturn(AppendOnly):
    """Evidence sent back to its owner for changes (say, to take out a family's details),
    with the reason. The owner changes and resubmits it, or withdraws it. Append-only."""

    append_only_advice = "return the evidence again instead."

    evidence = models.ForeignKey(Evidence, on_delete=models.CASCADE, related_name="returns")
    returned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="evidence_returned"
    )
    returned_at = models.DateTimeField(default=timezone.now)
    reason = models.TextField(help_text="Plain text, escaped when shown.")

    class Meta:
        ordering = ["-returned_at", "-pk"]
        get_latest_by = ["returned_at", "pk"]

    def __str__(self) -> str:
        return f"{self.evidence} returned by {self.returned_by}"


class LevelConfirmation(models.Model):
    """A team leader confirms a reached level: the figure HR uses."""

    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="level_confirmations"
    )
    level = models.ForeignKey(Level, on_delete=models.PROTECT, related_name="confirmations")
    confirmed_on = models.DateField(default=timezone.localdate)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="levels_confirmed"
    )
    comment = models.TextField(blank=True, help_text="Plain text, escaped when shown.")
    created_at = models.DateTimeField(default=timezone.now)
    needs_review = models.BooleanField(default=False)
    review_reason = models.CharField(max_length=300, blank=True)
    flagged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(confirmed_by=F("subject")), name="confirmation_not_of_oneself"
            ),
            # One live confirmation per person and level: a second is possible only once the
            # first has been flagged for review (a "met" it relied on was withdrawn).
            models.UniqueConstraint(
                fields=["subject", "level"],
                condition=Q(needs_review=False),
                name="one_live_confirmation_per_level",
                violation_error_message="This level is already confirmed for this person.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.subject} – {self.level}"


class LearningPlan(models.Model):
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learning_plans"
    )
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="plans")
    target_level = models.ForeignKey(Level, on_delete=models.PROTECT, related_name="plans")
    target_date = models.DateField()
    agreed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="plans_agreed"
    )
    notes = models.TextField(blank=True)
    agreed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-agreed_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.subject}: {self.target_level} by {self.target_date:%d %B %Y}"
