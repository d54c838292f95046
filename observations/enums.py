from django.db import models

from core.lifecycle import LifecycleStatus


class MeetingType(models.TextChoices):
    FGC = "fgc", "Family group conference"
    REVIEW_FGC = "review_fgc", "Review family group conference"
    FNM = "fnm", "Family network meeting"
    PREPARATION_VISIT = "preparation_visit", "Preparation visit"
    CO_FACILITATED = "co_facilitated", "Co-facilitated meeting"
    OTHER = "other", "Other"


class Stage(models.TextChoices):
    """The stages of a family-led meeting, in the order they happen (DOMAIN.md)."""

    REFERRAL = "referral", "Referral and agenda"
    PREPARATION = "preparation", "Preparation with the family and child"
    INFORMATION_SHARING = "information_sharing", "Information sharing"
    PRIVATE_FAMILY_TIME = "private_family_time", "Private family time"
    AGREEING_THE_PLAN = "agreeing_the_plan", "Agreeing the plan"
    REVIEW = "review", "Review"


class ObservationStatus(models.TextChoices):
    """draft → shared → responded → signed off. A signed-off observation is locked."""

    DRAFT = "draft", "Draft"
    SHARED = "shared", "Shared, awaiting response"
    RESPONDED = "responded", "Responded, awaiting sign-off"
    SIGNED_OFF = "signed_off", "Signed off and locked"


# An observation template version's status: draft → published → superseded (core.lifecycle).
TemplateStatus = LifecycleStatus


# "Not seen" is a state, not a point on the rating scale: the stages the observer ticks
# decide which criteria were seen. Criteria of the other stages take no rating and never
# become evidence (observations.services, observations.evidence).
NOT_SEEN_VALUES = frozenset({"not_seen", "not_observed"})


def default_rating_scale() -> list[dict]:
    """The rating scale a new template starts with; editors may change it per template.

    `counts_as_evidence` marks the points that make a criterion's statements evidence on
    sign-off: developing or better. Every point is a judgement of what was seen.
    """
    return [
        {"value": "developing", "label": "Developing", "counts_as_evidence": True},
        {"value": "secure", "label": "Secure", "counts_as_evidence": True},
        {"value": "strong", "label": "Strong", "counts_as_evidence": True},
    ]
