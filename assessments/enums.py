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
    TRAINING_DELIVERED = "training_delivered", "Training delivered"
    COACHING_GIVEN = "coaching_given", "Coaching given"
    OBSERVATION_CARRIED_OUT = "observation_carried_out", "Observation carried out"
    # Practice-model work (assessments.artefacts holds what each one records).
    THREE_COLUMN_ASSESSMENT = "three_column_assessment", "Three-column assessment"
    SCALING_QUESTION = "scaling_question", "Scaling question"
    DANGER_STATEMENT = "danger_statement", "Danger statement and safety goal"
    CHILD_EXPLANATION = "child_explanation", "Explanation written for a child"
    OTHER = "other", "Other"


# What each kind means, in plain words, beside its choice on the evidence form.
EVIDENCE_KIND_HINTS = {
    EvidenceKind.REFLECTIVE_ACCOUNT: "What you did, what you learned and what you would do "
    "differently, in your own words.",
    EvidenceKind.SUPERVISION_NOTE: "A note from supervision that shows your practice.",
    EvidenceKind.QUALIFICATION: "A qualification, certificate or course you completed.",
    EvidenceKind.TRAINING: "Training you went to as a learner.",
    EvidenceKind.TRAINING_DELIVERED: "Training you wrote or led for colleagues or partners, "
    "for example a session on Signs of Safety.",
    EvidenceKind.COACHING_GIVEN: "Coaching or mentoring you gave a colleague, for example "
    "co-facilitating a conference to help them learn.",
    EvidenceKind.OBSERVATION_CARRIED_OUT: "You observed a colleague's practice and gave them "
    "feedback. Observations you make here are added for you when they are signed off.",
    EvidenceKind.THREE_COLUMN_ASSESSMENT: "An assessment you wrote in three columns: what we "
    "are worried about, what is working well and what needs to happen.",
    EvidenceKind.SCALING_QUESTION: "A 0 to 10 judgement you made with a family or network, "
    "what each end meant in that case and why you chose the number.",
    EvidenceKind.DANGER_STATEMENT: "A plain statement of what people fear will happen to the "
    "child if nothing changes, with the safety goal that answers it.",
    EvidenceKind.CHILD_EXPLANATION: "An explanation you wrote for a child, in words they "
    "understand, of what is happening and why.",
    EvidenceKind.OTHER: "Anything else that shows your practice.",
}


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
