from django.db import models

from core.lifecycle import LifecycleStatus

# A framework version's status: draft → published → superseded (core.lifecycle).
FrameworkStatus = LifecycleStatus


class EvidenceKind(models.TextChoices):
    MODULE_COMPLETION = "module_completion", "Module completion"
    PEER_OBSERVATION = "peer_observation", "Peer observation"
    REFLECTIVE_ACCOUNT = "reflective_account", "Reflective account"
    SUPERVISION_NOTE = "supervision_note", "Supervision note"
    QUALIFICATION = "qualification", "Qualification or certificate"
    TRAINING = "training", "Training attended"
    OTHER = "other", "Other"


class EvidenceStatus(models.TextChoices):
    PENDING = "pending", "Awaiting review"
    REVIEWED = "reviewed", "Reviewed"
    FILED = "filed", "Filed: its statements were already met"
    RETURNED = "returned", "Returned for changes"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Outcome(models.TextChoices):
    MET = "met", "Met"
    NOT_YET_MET = "not_met", "Not yet met"


class StatementStatus(models.TextChoices):
    """Where a person stands on one statement (computed, never stored)."""

    NO_EVIDENCE = "no_evidence", "No evidence yet"
    PENDING = "pending", "Evidence awaiting review"
    MET = "met", "Met"
    NOT_YET_MET = "not_met", "Not yet met"
