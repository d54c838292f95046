"""A learner's records: enrolments, lessons done, knowledge-check attempts, reflections,
completions (certificates), assignments and the CPD record.

Records point at the page they were made on. Copying or revising a module never moves
them; deleting a page with records is refused (PROTECT).
"""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from learning.enums import AssignmentStatus, CPDActivityType, EnrolmentSource


class Enrolment(models.Model):
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    module = models.ForeignKey(
        "content.ModulePage", on_delete=models.PROTECT, related_name="enrolments"
    )
    source = models.CharField(
        max_length=20, choices=EnrolmentSource.choices, default=EnrolmentSource.SELF
    )
    enrolled_at = models.DateTimeField(default=timezone.now)
    last_lesson = models.ForeignKey(
        "content.LessonPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where the learner was last, so they can carry on.",
    )
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-enrolled_at"]
        constraints = [
            models.UniqueConstraint(fields=["learner", "module"], name="enrolment_once"),
        ]

    def __str__(self) -> str:
        return f"{self.learner} – {self.module_id}"


class LessonCompletion(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="lessons_done")
    lesson = models.ForeignKey("content.LessonPage", on_delete=models.PROTECT, related_name="+")
    completed_at = models.DateTimeField(default=timezone.now)
    score = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text="The score (%) a SCORM package reported when it completed the lesson.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="lesson_completed_once"),
        ]

    def __str__(self) -> str:
        return f"Lesson {self.lesson_id} done"


class QuizAttempt(models.Model):
    """One submitted knowledge check for one lesson. Kept, every attempt."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attempts")
    lesson = models.ForeignKey("content.LessonPage", on_delete=models.PROTECT, related_name="+")
    answers = models.JSONField(help_text="Question block id → chosen option ids.")
    correct_count = models.PositiveSmallIntegerField()
    question_count = models.PositiveSmallIntegerField()
    score = models.PositiveSmallIntegerField(validators=[MaxValueValidator(100)])
    pass_mark = models.PositiveSmallIntegerField()
    passed = models.BooleanField()
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(correct_count__lte=F("question_count")), name="attempt_score_in_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.score}% ({'passed' if self.passed else 'not passed'})"


class Reflection(models.Model):
    """Private to the learner and the people allowed to see their records."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections"
    )
    lesson = models.ForeignKey("content.LessonPage", on_delete=models.PROTECT, related_name="+")
    prompt_id = models.CharField(max_length=64, help_text="The reflection block's id.")
    prompt = models.CharField(max_length=300, help_text="The prompt as it read when answered.")
    text = models.TextField(help_text="Sanitised HTML.")
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "lesson", "prompt_id"], name="reflection_once_per_prompt"
            ),
        ]

    def __str__(self) -> str:
        return self.prompt


class ModuleCompletion(models.Model):
    """The certificate: made once, when every lesson is done and the check is passed."""

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="module_completions"
    )
    module = models.ForeignKey(
        "content.ModulePage", on_delete=models.PROTECT, related_name="completions"
    )
    module_title = models.CharField(max_length=255)
    cpd_hours = models.DecimalField(max_digits=4, decimal_places=1)
    completed_at = models.DateTimeField(default=timezone.now)
    evidence = models.ForeignKey(
        "assessments.Evidence", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-completed_at"]
        constraints = [
            models.UniqueConstraint(fields=["learner", "module"], name="module_completed_once"),
        ]

    def __str__(self) -> str:
        return self.module_title


class AssignmentQuerySet(models.QuerySet):
    def active(self) -> "AssignmentQuerySet":
        """Assignments still standing: a cancelled one is kept as a record, not as work."""
        return self.filter(cancelled_at__isnull=True)


class Assignment(models.Model):
    module = models.ForeignKey(
        "content.ModulePage", on_delete=models.PROTECT, related_name="assignments"
    )
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments"
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assignments_made"
    )
    due_date = models.DateField()
    note = models.TextField(
        blank=True, max_length=1000, help_text="Plain text from the team leader to the learner."
    )
    assigned_at = models.DateTimeField(default=timezone.now)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assignments_cancelled",
    )

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["due_date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["module", "learner"],
                condition=Q(cancelled_at__isnull=True),
                name="assignment_once_while_active",
            ),
        ]

    def __str__(self) -> str:
        return f"Module {self.module_id} for {self.learner_id}, due {self.due_date}"

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    def status(self, completed: bool, started: bool) -> str:
        if completed:
            return AssignmentStatus.COMPLETE
        if self.due_date < timezone.localdate():
            return AssignmentStatus.OVERDUE
        return AssignmentStatus.IN_PROGRESS if started else AssignmentStatus.NOT_STARTED


class CPDEntry(models.Model):
    """A CPD record with the fields Social Work England asks for (DOMAIN.md)."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cpd_entries"
    )
    title = models.CharField(max_length=200)
    activity_type = models.CharField(max_length=30, choices=CPDActivityType.choices)
    activity_date = models.DateField()
    hours = models.DecimalField(
        max_digits=5,
        decimal_places=1,
        validators=[MinValueValidator(Decimal("0.1")), MaxValueValidator(Decimal("200"))],
    )
    description = models.TextField("what it was and why it is relevant", blank=True)
    learning = models.TextField("what I learnt", blank=True)
    impact = models.TextField("impact on my practice and on the people I work with", blank=True)
    peer_reflection = models.BooleanField("I discussed this with a peer", default=False)
    peer_learning = models.TextField("what I learnt from discussing it with a peer", blank=True)
    source_key = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-activity_date", "-pk"]
        verbose_name = "CPD entry"
        verbose_name_plural = "CPD entries"
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "source_key"],
                condition=~Q(source_key=""),
                name="cpd_entry_created_once_per_source",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_automatic(self) -> bool:
        return bool(self.source_key)
