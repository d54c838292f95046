import datetime
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from assessments.enums import EvidenceStatus, Outcome
from assessments.models import Evidence
from assessments.services import DecisionInput, decisions_record, evidence_submit
from people.enums import Role
from tests.factories import member

pytestmark = pytest.mark.django_db


def add_url():
    return reverse("assessments:evidence-add")


def form_data(statements, **overrides):
    data = {
        "kind": "reflective_account",
        "title": "Preparing a child for their conference",
        "description": "I met the child twice.\n\nWe used the <b>Three Houses</b>.",
        "occurred_on": "2026-03-14",
        "statements": [s.pk for s in statements],
    }
    data.update(overrides)
    return data


def make_evidence(owner, statements, **kwargs):
    return evidence_submit(
        owner=owner,
        kind=kwargs.pop("kind", "reflective_account"),
        title=kwargs.pop("title", "Supervision note"),
        occurred_on=datetime.date(2026, 1, 5),
        statements=statements,
        **kwargs,
    )


def test_practitioner_adds_evidence_and_team_leaders_are_told(
    client,
    practitioner,
    team_leader,
    other_team_leader,
    statements_a,
    django_capture_on_commit_callbacks,
):
    client.force_login(practitioner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(add_url(), form_data(statements_a[:3]))
    evidence = Evidence.objects.get(owner=practitioner)
    assert response.status_code == 302
    assert response.url == reverse("assessments:evidence-detail", args=[evidence.pk])
    assert evidence.status == EvidenceStatus.PENDING
    assert set(evidence.statements.all()) == set(statements_a[:3])
    # Plain text is stored as sanitised HTML: the typed tag is escaped, not kept.
    assert evidence.description == (
        "<p>I met the child twice.</p><p>We used the &lt;b&gt;Three Houses&lt;/b&gt;.</p>"
    )

    assert [m.to for m in mail.outbox] == [[team_leader.email]]
    message = mail.outbox[0]
    assert reverse("assessments:review-queue") in message.body
    assert "Three Houses" not in message.body
    assert "Preparing a child" not in message.body


def test_invalid_evidence_form_keeps_what_was_typed(client, practitioner, statements_a):
    client.force_login(practitioner)
    response = client.post(
        add_url(),
        form_data([], title="", occurred_on="31/02/2026", description="My careful notes"),
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in body
    assert "Enter a title" in body
    assert "Enter a real date, for example 27/03/2026" in body
    assert "Choose at least one statement this evidence supports" in body
    assert "My careful notes" in body
    assert 'value="reflective_account" ' in body or "reflective_account" in body
    assert Evidence.objects.count() == 0


def test_tampered_statement_id_is_a_form_error_not_a_crash(client, practitioner):
    client.force_login(practitioner)
    response = client.post(add_url(), form_data([]) | {"statements": ["999999", "abc"]})
    assert response.status_code == 200
    assert "Choose statements from the list" in response.content.decode()


def test_future_date_is_refused(client, practitioner, statements_a):
    client.force_login(practitioner)
    response = client.post(add_url(), form_data(statements_a[:1], occurred_on="2999-01-01"))
    assert "The date must be today or in the past" in response.content.decode()


def test_day_month_year_typed_in_an_old_browser_is_understood(client, practitioner, statements_a):
    client.force_login(practitioner)
    client.post(add_url(), form_data(statements_a[:1], occurred_on="14/03/2026"))
    assert Evidence.objects.get().occurred_on == datetime.date(2026, 3, 14)


def test_owner_edits_and_withdraws_until_decided(client, practitioner, team_leader, statements_a):
    evidence = make_evidence(practitioner, statements_a[:1])
    client.force_login(practitioner)
    edit_url = reverse("assessments:evidence-edit", args=[evidence.pk])
    assert "Supervision note" in client.get(edit_url).content.decode()
    response = client.post(edit_url, form_data(statements_a[:2], title="Better title"))
    assert response.status_code == 302
    evidence.refresh_from_db()
    assert evidence.title == "Better title"
    assert evidence.statements.count() == 2

    decisions_record(
        subject=practitioner,
        decided_by=team_leader,
        decisions=[DecisionInput(statements_a[0], Outcome.MET)],
    )
    response = client.post(
        edit_url, form_data(statements_a[:2], title="Sneaky change"), follow=True
    )
    assert "cannot be changed" in response.content.decode()
    evidence.refresh_from_db()
    assert evidence.title == "Better title"
    response = client.post(
        reverse("assessments:evidence-withdraw", args=[evidence.pk]), follow=True
    )
    assert "can no longer be changed" in response.content.decode()
    evidence.refresh_from_db()
    assert evidence.status == EvidenceStatus.PENDING


def test_withdraw(client, practitioner, statements_a):
    evidence = make_evidence(practitioner, statements_a[:1])
    client.force_login(practitioner)
    assert (
        client.get(reverse("assessments:evidence-withdraw", args=[evidence.pk])).status_code == 405
    )
    client.post(reverse("assessments:evidence-withdraw", args=[evidence.pk]))
    evidence.refresh_from_db()
    assert evidence.status == EvidenceStatus.WITHDRAWN


def test_only_the_owner_edits(client, practitioner, team_leader, statements_a):
    evidence = make_evidence(practitioner, statements_a[:1])
    client.force_login(team_leader)
    assert client.get(reverse("assessments:evidence-edit", args=[evidence.pk])).status_code == 404
    assert (
        client.post(reverse("assessments:evidence-withdraw", args=[evidence.pk])).status_code == 404
    )


@pytest.fixture
def evidence_with_file(practitioner, statements_a):
    upload = SimpleUploadedFile("certificate.pdf", b"%PDF-1.4 demo", content_type="application/pdf")
    return make_evidence(practitioner, statements_a[:1], file=upload)


def test_evidence_file_is_stored_privately(evidence_with_file):
    path = Path(evidence_with_file.file.path)
    assert path.is_relative_to(settings.PRIVATE_MEDIA_ROOT)
    assert not path.is_relative_to(settings.MEDIA_ROOT)
    with pytest.raises(ValueError, match="no URL"):
        evidence_with_file.file.url  # noqa: B018


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("practitioner", 200),
        ("team_leader", 200),
        ("service_manager", 200),
        ("coordinator", 404),
        ("other_team_leader", 404),
        ("volunteer", 404),
        ("expert", 404),
    ],
)
def test_evidence_file_and_detail_access(client, request, evidence_with_file, who, status):
    client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("assessments:evidence-file", args=[evidence_with_file.pk]))
    assert response.status_code == status
    if status == 200:
        assert b"".join(response.streaming_content) == b"%PDF-1.4 demo"
        assert "attachment" in response["Content-Disposition"]
        assert response["Cache-Control"] == "private, no-store"
    detail = client.get(reverse("assessments:evidence-detail", args=[evidence_with_file.pk]))
    assert detail.status_code == status


def test_file_of_the_wrong_type_is_refused(client, practitioner, statements_a):
    client.force_login(practitioner)
    upload = SimpleUploadedFile("run-me.exe", b"MZ", content_type="application/octet-stream")
    response = client.post(add_url(), {**form_data(statements_a[:1]), "file": upload})
    assert "The file must be a PDF" in response.content.decode()
    assert Evidence.objects.count() == 0


def test_my_progression_shows_levels_and_what_is_next(client, practitioner, statements_a):
    make_evidence(practitioner, statements_a[:1], title="First supervision note")
    client.force_login(practitioner)
    body = client.get(reverse("assessments:my-progression")).content.decode()
    assert "<h1>My progression</h1>" in body
    assert "FGC Coordinator" in body
    assert "0 of 22 statements met" in body
    assert "What is next: Level A (Developing)" in body
    assert "Evidence awaiting review" in body
    assert "First supervision note" in body


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("team_leader", 200),
        ("service_manager", 200),
        ("coordinator", 404),
        ("other_team_leader", 404),
        ("volunteer", 404),
    ],
)
def test_person_progression_access(client, request, practitioner, who, status):
    client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("assessments:person-progression", args=[practitioner.pk]))
    assert response.status_code == status


@pytest.mark.parametrize("who", ["volunteer", "expert"])
def test_community_members_get_404_on_staff_pages(client, request, who):
    client.force_login(request.getfixturevalue(who))
    for name in [
        "assessments:my-progression",
        "assessments:evidence-add",
        "assessments:review-queue",
        "assessments:team-matrix",
    ]:
        assert client.get(reverse(name)).status_code == 404, name


def test_my_progression_query_count_does_not_grow_with_evidence(
    client, practitioner, team_leader, statements_a, django_assert_max_num_queries
):
    client.force_login(practitioner)
    make_evidence(practitioner, statements_a[:2])
    url = reverse("assessments:my-progression")
    with django_assert_max_num_queries(60) as small:
        client.get(url)
    for index in range(20):
        make_evidence(
            practitioner, statements_a[index % 20 : index % 20 + 3], title=f"Note {index}"
        )
    decisions_record(
        subject=practitioner,
        decided_by=team_leader,
        decisions=[DecisionInput(s, Outcome.MET) for s in statements_a[:10]],
    )
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(url)


def test_team_leader_evidence_reaches_the_service_manager_and_appointed_reviewer(
    client,
    team,
    team_leader,
    service_manager,
    other_team_leader,
    statements_a,
    django_capture_on_commit_callbacks,
):
    from people.services import reviewer_appoint

    member(team, Role.TEAM_LEADER, display_name="Second Leader")  # not appointed: not told
    reviewer_appoint(team_leader=team_leader, reviewer=other_team_leader, by=service_manager)
    with django_capture_on_commit_callbacks(execute=True):
        make_evidence(team_leader, statements_a[:1])
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [service_manager.email, other_team_leader.email]
    )


def test_empty_post_shows_every_error(client, practitioner):
    client.force_login(practitioner)
    body = client.post(add_url(), {}).content.decode()
    assert "Enter a title" in body
    assert "Choose what kind of evidence it is" in body


def test_a_huge_description_and_a_date_in_year_one_get_clear_errors_and_keep_the_text(
    client, practitioner
):
    from django.urls import reverse

    client.force_login(practitioner)
    huge = "Preparation visit notes. " * 80_000  # about 2 MB
    response = client.post(
        reverse("assessments:evidence-add"),
        {
            "kind": "reflective_account",
            "title": "Too much",
            "description": huge,
            "occurred_on": "0001-01-01",
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Keep this to 10000 characters or fewer" in body
    assert "Enter a date between 1 January 1950 and" in body
    assert "Up to 10,000 characters." in body
    assert huge[:500] in body
