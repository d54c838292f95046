"""The retention schedule, with the day passed in (`today=`) instead of a clock: unshared
drafts and old access records go; a leaver past the schedule is anonymised, and the rows the
dashboards count stay."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from assessments.models import Decision, Evidence, LearningPlan, LevelConfirmation
from core.models import AppendOnlyError
from learning.models import Assignment, CPDEntry, Enrolment, ModuleCompletion, Reflection
from mentoring.models import MentoringSession
from observations import services as observing
from observations.co_observation import co_observation_close, co_observer_invite
from observations.enums import ObservationStatus
from observations.models import Addendum, CriterionRating, Observation, ObservationTransition
from people.enums import AccessKind
from people.models import AccessRecord, ApiToken, Membership, SingleSignOnIdentity, User
from people.services import access_record, person_deactivate
from privacy.retention import retention_apply
from privacy.tasks import apply_retention
from tests.mentoring.factories import mentoring, session
from tests.observations.conftest import STRENGTHS, observation_at, save, start
from tests.privacy.conftest import DECISION_COMMENT, OTHER_EVIDENCE

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
LEAVER_DAYS = settings.RETENTION["leaver_records_days"]
DRAFT_DAYS = settings.RETENTION["unshared_drafts_days"]
ACCESS_DAYS = settings.RETENTION["access_log_days"]


def test_the_schedule_reads_the_environment_with_the_documented_defaults():
    assert settings.RETENTION == {
        "leaver_records_days": 6 * 365,
        "unshared_drafts_days": 90,
        "access_log_days": 2 * 365,
    }


# Unshared drafts ------------------------------------------------------------------------------


def test_drafts_never_shared_go_after_the_schedule_shared_ones_stay(
    coordinator, practitioner, template
):
    draft = start(coordinator, practitioner, template)
    shared = observation_at(ObservationStatus.SHARED, coordinator, practitioner, template)

    retention_apply(today=TODAY + timedelta(days=DRAFT_DAYS))
    assert Observation.objects.filter(pk=draft.pk).exists()

    plan = retention_apply(today=TODAY + timedelta(days=DRAFT_DAYS + 1))
    assert plan.counts()["observation_drafts_deleted"] == 1
    assert not Observation.objects.filter(pk=draft.pk).exists()
    assert not ObservationTransition.objects.filter(observation_id=draft.pk).exists()
    assert Observation.objects.filter(pk=shared.pk).exists()


def test_a_draft_counts_from_its_last_change(coordinator, practitioner, template):
    draft = start(coordinator, practitioner, template)
    Observation.objects.filter(pk=draft.pk).update(updated_at=timezone.now() + timedelta(days=30))
    retention_apply(today=TODAY + timedelta(days=DRAFT_DAYS + 1))
    assert Observation.objects.filter(pk=draft.pk).exists()


# Access records -------------------------------------------------------------------------------


def test_access_records_go_after_the_schedule(team_leader, practitioner):
    access_record(viewer=team_leader, subject=practitioner, kind=AccessKind.PROGRESSION)
    retention_apply(today=TODAY + timedelta(days=ACCESS_DAYS))
    assert AccessRecord.objects.count() == 1
    plan = retention_apply(today=TODAY + timedelta(days=ACCESS_DAYS + 1))
    assert plan.counts()["access_records_deleted"] == 1
    assert not AccessRecord.objects.exists()


def test_outside_retention_access_records_still_refuse_deletion(team_leader, practitioner):
    access_record(viewer=team_leader, subject=practitioner, kind=AccessKind.PROGRESSION)
    retention_apply(today=TODAY + timedelta(days=ACCESS_DAYS + 1))
    access_record(viewer=team_leader, subject=practitioner, kind=AccessKind.PROGRESSION)
    with pytest.raises(AppendOnlyError):
        AccessRecord.objects.all().delete()


# Leavers --------------------------------------------------------------------------------------


def leave(person, admin, *, days_ago=0):
    person_deactivate(person=person, by=admin, left_on=TODAY - timedelta(days=days_ago))
    person.refresh_from_db()
    return person


def past_schedule(**kwargs):
    return retention_apply(today=TODAY + timedelta(days=LEAVER_DAYS), **kwargs)


def aggregate_counts(person) -> dict[str, int]:
    """The rows the dashboards count, for one person (drafts count for nothing)."""
    shared = Observation.objects.filter(observed=person).exclude(status=ObservationStatus.DRAFT)
    return {
        "evidence": Evidence.objects.filter(owner=person).count(),
        "decisions": Decision.objects.filter(subject=person).count(),
        "confirmations": LevelConfirmation.objects.filter(subject=person).count(),
        "observations": shared.count(),
        "transitions": ObservationTransition.objects.filter(observation__in=shared).count(),
        "addenda": Addendum.objects.filter(observation__in=shared).count(),
        "ratings": CriterionRating.objects.filter(observation__in=shared).count(),
        "completions": ModuleCompletion.objects.filter(learner=person).count(),
        "enrolments": Enrolment.objects.filter(learner=person).count(),
        "assignments": Assignment.objects.filter(learner=person).count(),
        "memberships": Membership.objects.filter(user=person).count(),
    }


def test_a_leaver_is_anonymised_only_once_past_the_schedule(admin, practitioner, records):
    leave(practitioner, admin)
    retention_apply(today=TODAY + timedelta(days=LEAVER_DAYS - 1))
    practitioner.refresh_from_db()
    assert practitioner.username != f"former-member-{practitioner.pk}"
    plan = past_schedule()
    assert plan.counts()["people_anonymised"] == 1
    practitioner.refresh_from_db()
    assert practitioner.anonymised_on == TODAY + timedelta(days=LEAVER_DAYS)


def test_the_account_becomes_a_placeholder(admin, practitioner, records):
    leave(practitioner, admin)
    past_schedule()
    person = User.objects.get(pk=practitioner.pk)
    assert person.username == f"former-member-{person.pk}"
    assert person.name == f"Former member {person.pk}"
    assert (person.first_name, person.last_name, person.email, person.job_title) == ("",) * 4
    assert not person.has_usable_password()
    assert not (person.is_active or person.is_staff or person.is_superuser)
    assert not person.groups.exists()
    assert person.left_on == TODAY


def test_rows_that_feed_figures_stay_with_their_text_removed(
    admin, practitioner, records, django_capture_on_commit_callbacks
):
    before = aggregate_counts(practitioner)
    file_name = records.evidence.file.name
    storage = records.evidence.file.storage
    assert storage.exists(file_name)
    leave(practitioner, admin)
    with django_capture_on_commit_callbacks(execute=True):
        plan = past_schedule()
    assert plan.counts()["evidence_files_deleted"] == 1
    assert aggregate_counts(practitioner) == before

    evidence = Evidence.objects.get(pk=records.evidence.pk)
    assert (evidence.title, evidence.description, evidence.file.name) == (
        "Training attended",
        "",
        "",
    )
    assert not storage.exists(file_name)
    assert set(Decision.objects.filter(subject=practitioner).values_list("comment", flat=True)) == {
        ""
    }
    observation = Observation.objects.get(pk=records.observation.pk)
    assert (observation.strengths, observation.response, observation.status) == (
        "",
        "",
        ObservationStatus.SIGNED_OFF,
    )
    assert not CriterionRating.objects.filter(observation=observation).exclude(comment="").exists()
    assert set(observation.ratings.values_list("rating", flat=True)) == {"secure"}
    assert list(
        Addendum.objects.filter(observation=observation).values_list("text", flat=True)
    ) == [""]


def test_a_calibration_note_about_a_leaver_goes_the_pair_stays(
    admin, practitioner, records, coordinator, team_leader, template
):
    first = start(coordinator, practitioner, template, observed_on=TODAY - timedelta(days=3))
    pair = co_observer_invite(
        observation=first, by=coordinator, second_observer=team_leader, family_consent=True
    )
    for observation in pair.observations:
        save(observation)
        observing.observation_share(observation=observation, by=observation.observer)
    co_observation_close(pair=pair, by=coordinator, note="We agreed what secure means.")
    leave(practitioner, admin)
    past_schedule()
    pair.refresh_from_db()
    assert pair.discussion_note == ""
    assert pair.is_closed and pair.both_shared


def test_their_own_words_that_no_figure_counts_are_deleted(admin, practitioner, records):
    SingleSignOnIdentity.objects.create(
        user=practitioner, issuer="https://id.example", subject="s1"
    )
    leave(practitioner, admin)
    past_schedule()
    for model, owner in (
        (Reflection, "learner"),
        (CPDEntry, "owner"),
        (LearningPlan, "subject"),
        (ApiToken, "user"),
        (SingleSignOnIdentity, "user"),
    ):
        assert not model.objects.filter(**{owner: practitioner}).exists(), model.__name__


def test_other_peoples_records_are_untouched(admin, practitioner, records, other_practitioner):
    leave(practitioner, admin)
    past_schedule()
    assert Evidence.objects.get(owner=other_practitioner).title == OTHER_EVIDENCE


def test_what_a_leaver_wrote_about_others_stays_under_the_placeholder(
    admin, coordinator, team_leader, practitioner, records
):
    strengths = Observation.objects.get(pk=records.observation.pk).strengths
    assert STRENGTHS[:20] in strengths
    leave(coordinator, admin)
    leave(team_leader, admin)
    past_schedule()
    observation = Observation.objects.select_related("observer").get(pk=records.observation.pk)
    assert observation.strengths == strengths
    assert observation.observer.name == f"Former member {coordinator.pk}"
    decisions = Decision.objects.filter(subject=practitioner).select_related("decided_by")
    assert {d.comment for d in decisions} == {DECISION_COMMENT}
    assert {d.decided_by.name for d in decisions} == {f"Former member {team_leader.pk}"}


def test_append_only_rows_still_refuse_changes_after_anonymising(admin, practitioner, records):
    leave(practitioner, admin)
    past_schedule()
    with pytest.raises(AppendOnlyError):
        Decision.objects.filter(subject=practitioner).update(comment="Rewritten")
    with pytest.raises(AppendOnlyError):
        Addendum.objects.all().delete()


def test_mentoring_text_goes_for_a_mentee_and_private_notes_for_a_mentor(
    admin, coordinator, expert, volunteer
):
    as_mentee = session(mentoring(coordinator, expert), shared_notes="About the mentee.")
    as_mentor = session(mentoring(coordinator, volunteer), shared_notes="For the volunteer.")
    leave(expert, admin)
    leave(coordinator, admin)
    past_schedule()
    as_mentee.refresh_from_db()
    assert (as_mentee.topics, as_mentee.shared_notes, as_mentee.mentor_notes) == ("", "", "")
    as_mentor.refresh_from_db()
    assert as_mentor.mentor_notes == ""
    assert "For the volunteer." in as_mentor.shared_notes
    assert MentoringSession.objects.count() == 2


def test_a_reactivated_account_or_one_already_anonymised_is_left_alone(
    admin, practitioner, other_practitioner
):
    leave(practitioner, admin)
    User.objects.filter(pk=practitioner.pk).update(is_active=True)
    leave(other_practitioner, admin)
    assert past_schedule().counts()["people_anonymised"] == 1
    assert past_schedule().counts()["people_anonymised"] == 0
    practitioner.refresh_from_db()
    assert practitioner.username != f"former-member-{practitioner.pk}"


def test_a_dry_run_changes_nothing(admin, practitioner, records, coordinator, template):
    start(coordinator, practitioner, template)
    leave(practitioner, admin)
    plan = past_schedule(dry_run=True)
    assert plan.counts() == {
        "people_anonymised": 1,
        "evidence_files_deleted": 1,
        "observation_drafts_deleted": 2,
        "access_records_deleted": 0,
    }
    practitioner.refresh_from_db()
    assert practitioner.anonymised_on is None
    assert Observation.objects.filter(status=ObservationStatus.DRAFT).count() == 2


# The command and the task ---------------------------------------------------------------------


def test_the_command_dry_run_lists_what_would_go_by_number_only(
    admin, capsys, practitioner, coordinator, template
):
    draft = start(coordinator, practitioner, template)
    leave(practitioner, admin, days_ago=LEAVER_DAYS + 1)
    Observation.objects.filter(pk=draft.pk).update(
        updated_at=timezone.now() - timedelta(days=DRAFT_DAYS + 5)
    )
    call_command("apply_retention", "--dry-run")
    out = capsys.readouterr().out
    assert "Dry run: nothing has been changed." in out
    assert "People to anonymise: 1" in out
    assert f"person {practitioner.pk}, left " in out
    assert "Observation drafts to delete: 1" in out
    assert f"observation {draft.pk}, last changed" in out
    assert "Priya" not in out and practitioner.username not in out
    practitioner.refresh_from_db()
    assert practitioner.anonymised_on is None


def test_the_command_applies_the_schedule(admin, capsys, practitioner, other_practitioner):
    leave(practitioner, admin, days_ago=LEAVER_DAYS + 1)
    User.objects.filter(pk=other_practitioner.pk).update(is_active=False)
    call_command("apply_retention")
    out = capsys.readouterr().out
    assert "People anonymised: 1" in out
    assert "1 closed accounts have no leaving date" in out
    practitioner.refresh_from_db()
    assert practitioner.anonymised_on == TODAY


def test_the_task_applies_the_schedule(admin, practitioner):
    leave(practitioner, admin, days_ago=LEAVER_DAYS + 1)
    result = apply_retention.enqueue()
    assert result.return_value["people_anonymised"] == 1
    practitioner.refresh_from_db()
    assert practitioner.anonymised_on == TODAY
