"""Mentoring of experts by experience and volunteers by coordinators.

Who may see what is decided in people.access (can_view_mentoring_session,
can_view_private_mentor_notes, ...); these models only hold the records and the rules
about their own shape. Notes are stored as sanitised HTML (core.sanitize) by the
services, never as raw user input.
"""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

from content.models import ResourcePage


class MentoringRelationshipQuerySet(models.QuerySet):
    def active(self, on: date | None = None) -> "MentoringRelationshipQuerySet":
        """Relationships in force on a day: started, and not yet ended."""
        on = on or timezone.localdate()
        return self.filter(Q(start_date__lte=on), Q(end_date__isnull=True) | Q(end_date__gte=on))


class MentoringRelationship(models.Model):
    """A coordinator mentoring an expert by experience or a volunteer, over a period."""

    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="mentoring_as_mentor"
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="mentoring_as_mentee"
    )
    start_date = models.DateField(default=timezone.localdate)
    end_date = models.DateField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = MentoringRelationshipQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="mentoring_ends_after_it_starts",
            ),
            models.CheckConstraint(
                condition=~Q(mentor=F("mentee")), name="mentoring_not_of_oneself"
            ),
            models.UniqueConstraint(
                fields=["mentee"],
                condition=Q(end_date__isnull=True),
                name="mentoring_one_open_relationship_per_mentee",
                violation_error_message="This person already has a mentor. End that first.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.mentor} mentoring {self.mentee}"

    def is_active(self, on: date | None = None) -> bool:
        on = on or timezone.localdate()
        return self.start_date <= on and (self.end_date is None or self.end_date >= on)

    def clean(self) -> None:
        if self.mentor_id and self.mentor_id == self.mentee_id:
            raise ValidationError("Nobody mentors themselves.")
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "The end date must be on or after the start date."})


class MentoringSession(models.Model):
    """One mentoring conversation. A session dated in the future is a planned session."""

    relationship = models.ForeignKey(
        MentoringRelationship, on_delete=models.CASCADE, related_name="sessions"
    )
    date = models.DateField()
    duration_minutes = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(5), MaxValueValidator(480)]
    )
    topics = models.CharField(max_length=300)
    next_steps = models.TextField(blank=True, help_text="Sanitised HTML. Seen by both.")
    shared_notes = models.TextField(blank=True, help_text="Sanitised HTML. Seen by both.")
    mentor_notes = models.TextField(
        blank=True, help_text="Sanitised HTML. Private: seen by the mentor only."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["relationship", "date"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(duration_minutes__gte=5) & Q(duration_minutes__lte=480),
                name="mentoring_session_duration_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"Mentoring session on {self.date:%d %B %Y}"

    @property
    def is_planned(self) -> bool:
        return self.date > timezone.localdate()

    def clean(self) -> None:
        relationship = self.relationship if self.relationship_id else None
        if relationship is None or self.date is None:
            return
        if self.date < relationship.start_date:
            raise ValidationError(
                {"date": "The session date must be on or after the mentoring started."}
            )
        if relationship.end_date and self.date > relationship.end_date:
            raise ValidationError(
                {"date": "The session date must be on or before the mentoring ended."}
            )


class ResourceRecommendation(models.Model):
    """A resource a mentor suggests to their mentee. Shown only while the mentee may read it."""

    relationship = models.ForeignKey(
        MentoringRelationship, on_delete=models.CASCADE, related_name="recommendations"
    )
    resource = models.ForeignKey(ResourcePage, on_delete=models.CASCADE, related_name="+")
    note = models.CharField(
        max_length=300, blank=True, help_text="Why it might help. Seen by the mentee."
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["relationship", "resource"],
                name="recommendation_once_per_relationship",
                violation_error_message="You have already recommended this resource.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.resource} for {self.relationship.mentee}"
