from datetime import date

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models import Q
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel

from core.models import AppendOnly
from people.enums import SUBJECT_OPENS, AccessKind, Role


class User(AbstractUser):
    display_name = models.CharField(
        max_length=150, blank=True, help_text="How the person's name is shown across the site."
    )
    job_title = models.CharField(max_length=150, blank=True)
    left_on = models.DateField(
        "leaving date",
        null=True,
        blank=True,
        help_text="Their last day. Set when their leaving is recorded; the retention schedule "
        "counts from it.",
    )
    anonymised_on = models.DateField(
        null=True,
        blank=True,
        help_text="When the retention schedule replaced their details with a placeholder.",
    )

    class Meta:
        ordering = ["display_name", "username"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.display_name or self.get_full_name() or self.username


def membership_in_force(on: date, prefix: str = "") -> Q:
    """A membership in force on a day: started, and not yet ended. `prefix` reaches it from
    another model (`owner__memberships__`); put it in one filter() with any other condition on
    the same membership, so they all apply to one joined row."""
    return Q(**{f"{prefix}start_date__lte": on}) & (
        Q(**{f"{prefix}end_date__isnull": True}) | Q(**{f"{prefix}end_date__gte": on})
    )


class MembershipQuerySet(models.QuerySet):
    def active(self, on: date | None = None) -> "MembershipQuerySet":
        """Memberships in force on a day: started, and not yet ended."""
        return self.filter(membership_in_force(on or timezone.localdate()))


class Team(ClusterableModel):
    name = models.CharField(max_length=150, unique=True)
    service = models.CharField(
        max_length=150, help_text="The service the team belongs to, e.g. Family Group Conferences."
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("service"),
        InlinePanel("memberships", heading="Members", label="Member"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """A person's role in a team over a period. Ended memberships grant nothing."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="memberships")
    team = ParentalKey(Team, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=32, choices=Role.choices)
    start_date = models.DateField(default=timezone.localdate)
    end_date = models.DateField(null=True, blank=True)

    objects = MembershipQuerySet.as_manager()

    panels = [
        FieldPanel("user"),
        FieldPanel("role"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
    ]

    class Meta:
        ordering = ["team__name", "user__display_name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="membership_ends_after_it_starts",
            ),
            models.UniqueConstraint(
                fields=["user", "team", "role", "start_date"], name="membership_unique_start"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} – {self.get_role_display()}, {self.team}"

    def is_active(self, on: date | None = None) -> bool:
        on = on or timezone.localdate()
        return self.start_date <= on and (self.end_date is None or self.end_date >= on)


class ApiToken(models.Model):
    """A personal token for reporting tools (Power BI, Excel). Only its hash is stored.

    The token acts as its owner, with exactly their access; revoking it is immediate.
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="reporting_tokens")
    name = models.CharField(max_length=100, help_text="What it is for, e.g. “Power BI report”.")
    prefix = models.CharField(max_length=12, db_index=True, help_text="Shown to tell tokens apart.")
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class AccessRecord(AppendOnly):
    """Someone other than the person looked at one of their records: who, what, when.

    Reads, not changes (django-auditlog records model changes, not views), so a small
    append-only table of our own. Kept for RETENTION["access_log_days"], then removed by
    the retention schedule, the only path that removes them.
    """

    append_only_advice = "they are a record of who looked at what."

    viewer = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    subject = models.ForeignKey(User, on_delete=models.PROTECT, related_name="access_records")
    kind = models.CharField(max_length=32, choices=AccessKind.choices)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    path = models.CharField(max_length=500, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = "access record"
        indexes = [
            models.Index(fields=["subject", "-at"]),
            models.Index(fields=["at"]),
        ]

    def __str__(self) -> str:
        return f"{self.viewer} viewed {self.get_kind_display().lower()} of {self.subject}"

    @property
    def subject_can_open(self) -> bool:
        """Whether the subject can follow `path` themselves (an admin page they cannot)."""
        return self.kind in SUBJECT_OPENS


class SingleSignOnIdentity(models.Model):
    """Who a person is at the organisation's identity provider: its issuer and `sub` claim.

    Made at their first single sign-on, whether their account was found by email or made
    then, so later sign-ins find them by this even when their email address changes.
    """

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="sso_identities")
    issuer = models.CharField(max_length=255)
    subject = models.CharField(max_length=255)
    created_at = models.DateTimeField(default=timezone.now)
    last_sign_in_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "single sign-on identity"
        verbose_name_plural = "single sign-on identities"
        constraints = [
            models.UniqueConstraint(fields=["issuer", "subject"], name="sso_identity_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.user} at {self.issuer}"


class ReviewerAppointment(models.Model):
    """A team leader a service manager names to decide on another team leader's evidence.

    A team leader's evidence is decided by a service manager, or by the one team leader
    appointed here for them. Ending an appointment keeps the row, so who could decide when
    stays known.
    """

    team_leader = models.ForeignKey(User, on_delete=models.CASCADE, related_name="reviewers")
    reviewer = models.ForeignKey(User, on_delete=models.CASCADE, related_name="reviewing_for")
    appointed_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    appointed_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-appointed_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(reviewer=models.F("team_leader")),
                name="reviewer_is_someone_else",
            ),
            models.UniqueConstraint(
                fields=["team_leader"],
                condition=Q(ended_at__isnull=True),
                name="one_current_reviewer_per_team_leader",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.reviewer} reviews {self.team_leader}"
