"""Anonymising a leaver whose records are past the retention schedule.

The dashboards count completions, observations, evidence, decisions, confirmations and
mentoring sessions over time, so the rows that feed them stay and only what identifies the
person, or what they or others wrote about them, goes. Precisely:

Kept, with the free text removed:
- their account becomes "Former member <id>": no names, email or job title, an unusable
  password, closed, no admin rights, no groups; their Wagtail profile (and avatar) goes.
  The leaving date stays; `anonymised_on` records when this was done.
- their memberships (team, role, dates: who was in which team when, for team figures);
- evidence they own: the title becomes its kind, the description and a practice
  artefact's answers are blanked and any file is deleted; kind, dates, status and
  statements stay;
- decisions about them: the comment is blanked; outcome, statement, who and when stay;
  so is the reason given when their evidence was returned for changes;
- level confirmations of them: the review reason and the comment are blanked;
- observations of them: strengths, development points, agreed actions, the family's
  voice, their response, rating comments and addenda are blanked; ratings, dates,
  meeting type, status and history stay;
- mentoring sessions where they were the mentee: topics, notes and next steps are
  blanked, and so are the notes on resources recommended to them. Where they were the
  mentor, their private notes are blanked: they were the only reader;
- enrolments, lessons done, knowledge-check results, certificates and assignments stay
  as they are (no free text).
Deleted, since no figure counts them and they are the person's own words: reflections,
CPD entries, learning plans, API tokens and single sign-on identities (so the
organisation's account no longer leads to the placeholder), and what SCORM courses and
H5P activities saved for them (their place, saved state and answers); the course's or
activity's status, score and results stay, like lessons done (no free text: learning/h5p.py
never keeps an H5P answer).
Left as they are, now shown under the placeholder's name: what they wrote about other
people (observations they made, decisions they made, addenda they added to others'
observations), which is part of the other person's record; and access records, which
have their own schedule.
"""

from datetime import date

from django.db import models, transaction
from wagtail.users.models import UserProfile
from wagtail_lms.models import H5PContentUserData, SCORMAttempt, SCORMData

from assessments.enums import EvidenceKind
from assessments.models import (
    Decision,
    Evidence,
    EvidenceReturn,
    LearningPlan,
    LevelConfirmation,
)
from learning.models import CPDEntry, Reflection
from mentoring.models import MentoringSession, ResourceRecommendation
from observations.models import Addendum, CoObservation, CriterionRating, Observation
from people.models import ApiToken, SingleSignOnIdentity, User

PLACEHOLDER_NAME = "Former member {id}"
PLACEHOLDER_USERNAME = "former-member-{id}"

OBSERVATION_TEXT = (
    "strengths",
    "development_points",
    "agreed_actions",
    "family_voice",
    "response",
    "identifiers_fingerprint",
)


def retention_rows(model: type[models.Model]) -> models.QuerySet:
    """A plain QuerySet over an append-only model: the one path that changes such rows.

    Decisions, observation transitions, addenda and access records refuse every update
    and delete (core.models.AppendOnly). Storage limitation (UK GDPR Article 5(1)(e))
    outranks that for two things only, both here in privacy: blanking the free text of
    decisions about (and returns of the evidence of), and addenda on observations of, a
    leaver past the schedule; and
    removing access records past theirs. Nothing else calls this.
    """
    return models.QuerySet(model=model)


def _evidence(person: User) -> list[str]:
    """Blank their evidence's text; returns the stored names of the files to delete."""
    owned = Evidence.objects.filter(owner=person)
    files = list(owned.exclude(file="").values_list("file", flat=True))
    for kind in EvidenceKind:
        owned.filter(kind=kind).update(title=kind.label, description="", artefact={}, file="")
    owned.exclude(kind__in=EvidenceKind.values).update(
        title="Evidence", description="", artefact={}, file=""
    )
    return files


def _delete_files_after_commit(names: list[str]) -> None:
    storage = Evidence._meta.get_field("file").storage

    def delete() -> None:
        for name in names:
            storage.delete(name)

    transaction.on_commit(delete)


def _observations_of(person: User) -> None:
    Observation.objects.filter(observed=person).update(**dict.fromkeys(OBSERVATION_TEXT, ""))
    CriterionRating.objects.filter(observation__observed=person).update(comment="")
    retention_rows(Addendum).filter(observation__observed=person).update(text="")
    CoObservation.objects.filter(first__observed=person).update(discussion_note="")


def _mentoring(person: User) -> None:
    MentoringSession.objects.filter(relationship__mentee=person).update(
        topics="", next_steps="", shared_notes="", mentor_notes=""
    )
    MentoringSession.objects.filter(relationship__mentor=person).update(mentor_notes="")
    ResourceRecommendation.objects.filter(relationship__mentee=person).update(note="")


def _account(person: User, today: date) -> None:
    for profile in UserProfile.objects.filter(user=person):
        if profile.avatar:
            profile.avatar.delete(save=False)
        profile.delete()
    person.groups.clear()
    person.user_permissions.clear()
    person.username = PLACEHOLDER_USERNAME.format(id=person.pk)
    person.display_name = PLACEHOLDER_NAME.format(id=person.pk)
    person.first_name = person.last_name = person.email = person.job_title = ""
    person.set_unusable_password()
    person.is_active = person.is_staff = person.is_superuser = False
    person.last_login = None
    person.anonymised_on = today
    person.save()


@transaction.atomic
def person_anonymise(*, person: User, today: date) -> int:
    """Anonymise one leaver as the module docstring sets out. Returns the evidence files
    deleted (removed from storage once the transaction commits)."""
    files = _evidence(person)
    retention_rows(Decision).filter(subject=person).update(comment="")
    retention_rows(EvidenceReturn).filter(evidence__owner=person).update(reason="")
    LevelConfirmation.objects.filter(subject=person).update(review_reason="", comment="")
    _observations_of(person)
    _mentoring(person)
    for model, owner in (
        (Reflection, "learner"),
        (CPDEntry, "owner"),
        (LearningPlan, "subject"),
        (ApiToken, "user"),
        (SingleSignOnIdentity, "user"),
    ):
        model.objects.filter(**{owner: person}).delete()
    SCORMData.objects.filter(attempt__user=person).delete()
    H5PContentUserData.objects.filter(attempt__user=person).delete()
    SCORMAttempt.objects.filter(user=person).update(location="", suspend_data="")
    _account(person, today)
    _delete_files_after_commit(files)
    return len(files)
