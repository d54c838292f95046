"""One row per family meeting a coordinator convened, and its 3- and 6-month follow-ups."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from meetings.enums import (
    Answer,
    ChildVoice,
    FollowUpPoint,
    MeetingKind,
    NetworkBand,
    ReferralSource,
)
from observations.enums import Stage

# A plan can only have been agreed at a meeting that reached the plan.
PLAN_STAGES = (Stage.AGREEING_THE_PLAN, Stage.REVIEW)


class MeetingRecord(models.Model):
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="meetings_convened"
    )
    team = models.ForeignKey("people.Team", on_delete=models.PROTECT, related_name="meetings")
    kind = models.CharField("type of meeting", max_length=10, choices=MeetingKind.choices)
    held_on = models.DateField("date of the meeting")
    stage_reached = models.CharField(max_length=30, choices=Stage.choices)
    referral_source = models.CharField(max_length=30, choices=ReferralSource.choices)
    plan_agreed = models.BooleanField("a family plan was agreed")
    child_voice = models.CharField(
        "how the child's voice was represented", max_length=10, choices=ChildVoice.choices
    )
    network_band = models.CharField(
        "family network members attending", max_length=10, choices=NetworkBand.choices
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-held_on", "-pk"]
        indexes = [models.Index(fields=["team", "held_on"], name="meeting_team_held")]
        constraints = [
            models.CheckConstraint(
                condition=Q(plan_agreed=False) | Q(stage_reached__in=PLAN_STAGES),
                name="meeting_plan_needs_plan_stage",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.held_on:%d %b %Y}"


class FollowUp(models.Model):
    record = models.ForeignKey(MeetingRecord, on_delete=models.CASCADE, related_name="follow_ups")
    months = models.PositiveSmallIntegerField(choices=FollowUpPoint.choices)
    recorded_on = models.DateField(default=timezone.localdate)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    plan_holding = models.CharField("the plan is holding", max_length=10, choices=Answer.choices)
    escalation_avoided = models.CharField(
        "escalation was avoided",
        max_length=10,
        choices=Answer.choices,
        help_text="No move to a child protection plan, proceedings or care.",
    )
    child_in_network = models.CharField(
        "the child remained in the family network", max_length=10, choices=Answer.choices
    )

    class Meta:
        ordering = ["months"]
        constraints = [
            models.UniqueConstraint(fields=["record", "months"], name="follow_up_once_per_point"),
        ]

    def __str__(self) -> str:
        return f"{self.get_months_display()} follow-up"
