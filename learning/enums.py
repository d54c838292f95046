from django.db import models


class EnrolmentSource(models.TextChoices):
    SELF = "self", "Enrolled themselves"
    ASSIGNED = "assigned", "Assigned by a team leader"


class AssignmentStatus(models.TextChoices):
    NOT_STARTED = "not_started", "Not started"
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETE = "complete", "Complete"
    OVERDUE = "overdue", "Overdue"


class CPDActivityType(models.TextChoices):
    """Kinds of CPD activity; Social Work England asks for the type of each record."""

    ELEARNING = "elearning", "Course or e-learning"
    TRAINING = "training", "Training or workshop"
    PEER_OBSERVATION = "peer_observation", "Peer observation and feedback"
    SUPERVISION = "supervision", "Supervision or reflective discussion"
    READING = "reading", "Reading or research"
    CONFERENCE = "conference", "Conference or seminar"
    SHADOWING = "shadowing", "Shadowing"
    OTHER = "other", "Other"
