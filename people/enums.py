from django.db import models


class Role(models.TextChoices):
    """A person's role in a team. Each role is also a Django group of the same label."""

    PRACTITIONER = "practitioner", "Practitioner"
    COORDINATOR = "coordinator", "Coordinator"
    TEAM_LEADER = "team_leader", "Team leader"
    SERVICE_MANAGER = "service_manager", "Service manager"
    EXPERT_BY_EXPERIENCE = "expert_by_experience", "Expert by experience"
    VOLUNTEER = "volunteer", "Volunteer"


# Staff roles see the staff side of the site; community roles see the mentoring side.
STAFF_ROLES = frozenset(
    {Role.PRACTITIONER, Role.COORDINATOR, Role.TEAM_LEADER, Role.SERVICE_MANAGER}
)
COMMUNITY_ROLES = frozenset({Role.EXPERT_BY_EXPERIENCE, Role.VOLUNTEER})

# Not a team role: content editors work in the Wagtail admin, whatever team they are in.
CONTENT_EDITOR_GROUP = "Content editor"


class Audience(models.TextChoices):
    """Who a page or resource is written for. Content is shown only to its audiences."""

    PRACTITIONERS = "practitioners", "Practitioners"
    EXPERTS_BY_EXPERIENCE = "experts_by_experience", "Experts by experience"
    VOLUNTEERS = "volunteers", "Volunteers"


class AccessKind(models.TextChoices):
    """What someone other than its owner looked at (people.AccessRecord)."""

    OBSERVATION = "observation", "Observation"
    EVIDENCE = "evidence", "Evidence"
    EVIDENCE_FILE = "evidence_file", "Evidence file"
    PROGRESSION = "progression", "Progression"
    LEARNING_RECORD = "learning_record", "Learning record and reflections"
    RECORDS_DOWNLOAD = "records_download", "Download of all their records"


# Kinds whose page the person the record is about can open too (the download is the admin's).
SUBJECT_OPENS = frozenset(
    {
        AccessKind.OBSERVATION,
        AccessKind.EVIDENCE,
        AccessKind.EVIDENCE_FILE,
        AccessKind.PROGRESSION,
        AccessKind.LEARNING_RECORD,
    }
)
