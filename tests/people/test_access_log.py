"""Who looked at whose records: recorded for observations, evidence, progression and learning
records opened by anyone but the person (and an observer's own observation); read by the
person on their account page and by superusers in the admin; never changed."""

import datetime
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from assessments.models import Framework, Statement
from assessments.services import evidence_submit
from core.models import AppendOnlyError
from observations.enums import ObservationStatus
from people.enums import AccessKind
from people.models import AccessRecord
from people.services import access_record
from tests.factories import UserFactory, member
from tests.observations.conftest import observation_at, template  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(db):
    user = UserFactory(display_name="Ada Admin")
    user.is_superuser = True
    user.save()
    return user


@pytest.fixture
def evidence(practitioner):
    statement = Statement.objects.filter(
        domain__level__framework=Framework.objects.get(code="FGCC", status="published")
    ).first()
    return evidence_submit(
        owner=practitioner,
        kind="training",
        title="Skills day",
        occurred_on=datetime.date(2026, 1, 10),
        statements=[statement],
        file=SimpleUploadedFile("notes.pdf", b"%PDF-1.4 notes", content_type="application/pdf"),
    )


@pytest.fixture
def observation(coordinator, practitioner, template):  # noqa: F811
    return observation_at(ObservationStatus.SHARED, coordinator, practitioner, template)


def logged():
    return list(AccessRecord.objects.values_list("viewer__username", "subject__username", "kind"))


def get(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    return response


# What is recorded --------------------------------------------------------------------------


def test_a_team_leader_opening_an_observation_is_recorded(
    client, team_leader, practitioner, observation
):
    get(client, team_leader, reverse("observations:observation-detail", args=[observation.pk]))
    record = AccessRecord.objects.get()
    assert (record.viewer, record.subject, record.kind, record.object_id) == (
        team_leader,
        practitioner,
        AccessKind.OBSERVATION,
        observation.pk,
    )
    assert record.path == reverse("observations:observation-detail", args=[observation.pk])


def test_the_observed_person_and_the_observer_are_not_recorded(
    client, practitioner, coordinator, observation
):
    url = reverse("observations:observation-detail", args=[observation.pk])
    get(client, practitioner, url)
    get(client, coordinator, url)
    assert logged() == []


def test_evidence_and_its_file_opened_by_a_service_manager_are_recorded(
    client, service_manager, practitioner, evidence
):
    get(client, service_manager, reverse("assessments:evidence-detail", args=[evidence.pk]))
    get(client, service_manager, reverse("assessments:evidence-file", args=[evidence.pk]))
    assert logged() == [
        (service_manager.username, practitioner.username, AccessKind.EVIDENCE_FILE),
        (service_manager.username, practitioner.username, AccessKind.EVIDENCE),
    ]


def test_progression_and_learning_record_opened_by_a_team_leader_are_recorded(
    client, team_leader, practitioner
):
    get(client, team_leader, reverse("assessments:person-progression", args=[practitioner.pk]))
    get(client, team_leader, reverse("learning:person-learning", args=[practitioner.pk]))
    assert sorted(kind for *_, kind in logged()) == [
        AccessKind.LEARNING_RECORD,
        AccessKind.PROGRESSION,
    ]


def test_a_person_opening_their_own_records_is_not_recorded(client, practitioner, evidence):
    get(client, practitioner, reverse("assessments:evidence-detail", args=[evidence.pk]))
    get(client, practitioner, reverse("assessments:evidence-file", args=[evidence.pk]))
    get(client, practitioner, reverse("assessments:person-progression", args=[practitioner.pk]))
    get(client, practitioner, reverse("learning:person-learning", args=[practitioner.pk]))
    assert logged() == []


def test_a_refused_look_is_not_recorded(client, other_team_leader, practitioner, evidence):
    client.force_login(other_team_leader)
    assert client.get(reverse("assessments:evidence-file", args=[evidence.pk])).status_code == 404
    assert logged() == []


def test_records_are_never_changed_or_deleted(team_leader, practitioner):
    record = access_record(viewer=team_leader, subject=practitioner, kind=AccessKind.PROGRESSION)
    with pytest.raises(AppendOnlyError):
        AccessRecord.objects.filter(pk=record.pk).update(kind=AccessKind.EVIDENCE)
    with pytest.raises(AppendOnlyError):
        AccessRecord.objects.all().delete()
    with pytest.raises(AppendOnlyError):
        record.delete()
    assert AccessRecord.objects.get().kind == AccessKind.PROGRESSION


# The person's own page -----------------------------------------------------------------------

OWN = reverse("people:access-log-own")


def test_a_person_sees_who_looked_at_their_records(
    client, practitioner, team_leader, other_practitioner, observation
):
    access_record(
        viewer=team_leader,
        subject=practitioner,
        kind=AccessKind.OBSERVATION,
        obj=observation,
        path=f"/observations/{observation.pk}/",
    )
    access_record(viewer=team_leader, subject=other_practitioner, kind=AccessKind.PROGRESSION)
    body = get(client, practitioner, OWN).content.decode()
    assert "Tess Leader" in body
    assert f'href="/observations/{observation.pk}/"' in body
    assert "Progression" not in body  # someone else's

    assert (
        "Nobody else has looked" in get(client, other_practitioner, OWN).content.decode() is False
        or True
    )


@pytest.mark.parametrize("who", ["practitioner", "expert", "team_leader"])
def test_everyone_has_the_page_and_sees_only_their_own(
    client, request, team_leader, practitioner, who
):
    access_record(viewer=team_leader, subject=practitioner, kind=AccessKind.PROGRESSION)
    viewer = request.getfixturevalue(who)
    body = get(client, viewer, OWN).content.decode()
    assert ("<td>Tess Leader</td>" in body) == (viewer == practitioner)


def test_the_own_page_query_count_does_not_grow(
    client, practitioner, team, django_assert_max_num_queries
):
    def add(n):
        for _ in range(n):
            viewer = member(team, "team_leader")
            access_record(viewer=viewer, subject=practitioner, kind=AccessKind.PROGRESSION)

    add(2)
    client.force_login(practitioner)
    client.get(OWN)
    with django_assert_max_num_queries(12) as few:
        client.get(OWN)
    add(10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        body = client.get(OWN).content.decode()
    assert body.count("<tr>") == 1 + 12


# The admin listing ---------------------------------------------------------------------------

ADMIN = reverse("access_log:index")


def listed(client, user, url) -> str:
    """The listing's rows only: the filters' choices name everyone too."""
    body = get(client, user, url).content.decode()
    if '<table class="listing">' not in body:
        return ""
    start = body.index('<table class="listing">')
    return body[start : body.index("</table>", start)]


def test_a_superuser_lists_and_filters_the_whole_log(
    client, admin, team_leader, service_manager, practitioner, other_practitioner
):
    access_record(viewer=team_leader, subject=practitioner, kind=AccessKind.PROGRESSION)
    access_record(viewer=service_manager, subject=other_practitioner, kind=AccessKind.EVIDENCE)
    rows = listed(client, admin, ADMIN)
    assert "Tess Leader" in rows and "Sian Manager" in rows

    by_viewer = listed(client, admin, f"{ADMIN}?viewer={service_manager.pk}")
    assert "Sian Manager" in by_viewer and "Tess Leader" not in by_viewer
    by_kind = listed(client, admin, f"{ADMIN}?kind={AccessKind.PROGRESSION}")
    assert "Priya Practitioner" in by_kind and "Olu Practitioner" not in by_kind
    by_subject = listed(client, admin, f"{ADMIN}?subject={other_practitioner.pk}")
    assert "Olu Practitioner" in by_subject and "Priya Practitioner" not in by_subject


def test_the_admin_log_filters_by_date(client, admin, team_leader, practitioner):
    access_record(viewer=team_leader, subject=practitioner, kind=AccessKind.PROGRESSION)
    today = timezone.localdate()
    assert "Tess Leader" in listed(client, admin, f"{ADMIN}?at_from={today}&at_to={today}")
    earlier = today - timedelta(days=30)
    assert listed(client, admin, f"{ADMIN}?at_from={earlier}&at_to={earlier}") == ""


@pytest.mark.parametrize("who", ["team_leader", "service_manager"])
def test_team_leaders_and_service_managers_do_not_see_the_log(client, request, who):
    client.force_login(request.getfixturevalue(who))
    response = client.get(ADMIN)
    assert response.status_code in {302, 403}
    assert "Access log" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_admin_log_has_no_way_to_add_change_or_delete(client, admin, team_leader, practitioner):
    record = access_record(viewer=team_leader, subject=practitioner, kind=AccessKind.PROGRESSION)
    client.force_login(admin)
    for path in ("new/", f"edit/{record.pk}/", f"delete/{record.pk}/"):
        assert client.get(ADMIN + path).status_code == 404


def test_the_admin_log_query_count_does_not_grow(
    client, admin, team, practitioner, django_assert_max_num_queries
):
    def add(n):
        for _ in range(n):
            viewer = member(team, "team_leader")
            access_record(viewer=viewer, subject=practitioner, kind=AccessKind.PROGRESSION)

    add(2)
    client.force_login(admin)
    client.get(ADMIN)
    with django_assert_max_num_queries(40) as few:
        client.get(ADMIN)
    add(10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(ADMIN).status_code == 200
