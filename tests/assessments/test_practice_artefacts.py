"""Issue 16: Signs of Safety practice artefacts as evidence. Each kind has its own form
whose every answer passes the identifier guard; it is seen by its owner and their reviewers
only, decided on like any evidence and printable. The privacy side is in
tests/privacy/test_practice_artefacts_privacy.py."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape

from assessments.artefacts import ARTEFACT_KINDS, questions_for
from assessments.enums import EvidenceKind, EvidenceStatus, Outcome
from assessments.models import Decision, Evidence
from assessments.services import evidence_submit, evidence_update
from core.identifiers import IdentifiersFound
from tests.assessments.test_review_and_matrix import submit

pytestmark = pytest.mark.django_db

ANSWERS = {
    EvidenceKind.THREE_COLUMN_ASSESSMENT: {
        "worries": "Dad's drinking at weekends has left the younger children alone at night.",
        "working_well": "Nan has had the children every Friday for a year without a problem.",
        "needs_to_happen": "A written plan for weekends, agreed with the network by March.",
    },
    EvidenceKind.SCALING_QUESTION: {
        "scale": "6",
        "lowest_means": "The children cannot safely stay at home.",
        "highest_means": "Everyone agrees the children are safe enough for us to close.",
        "why_this_number": "The network has kept to the plan for eight weeks.",
    },
    EvidenceKind.DANGER_STATEMENT: {
        "danger_statement": "Children's services and school are worried that if Mum and Dad "
        "keep arguing loudly, the children will be frightened and hurt.",
        "safety_goal": "Mum and Dad will show for six months that arguments stop before "
        "anyone is frightened, and the network will check in each week.",
    },
    EvidenceKind.CHILD_EXPLANATION: {
        "written_for": "A child of about eight",
        "explanation": "Some grown-ups were worried because home got very noisy and scary.",
        "pictures": "A house with a sun over it, and Nan's car outside.",
    },
}
FAMILY_DETAILS = ("NHS number 943 476 5919", "Jayden Smith")
WARNING = "Check for details that could identify the family"


def add_url(kind):
    return reverse("assessments:artefact-add", args=[kind])


def form_data(kind, statements, **overrides):
    data = {
        "title": "Mapping with a family network",
        "occurred_on": "2026-03-14",
        "statements": [s.pk for s in statements],
        **ANSWERS[kind],
    }
    data.update(overrides)
    return data


def make_artefact(owner, statements, kind=EvidenceKind.THREE_COLUMN_ASSESSMENT):
    return evidence_submit(
        owner=owner,
        kind=kind,
        title="Mapping with a family network",
        occurred_on=datetime.date(2026, 3, 14),
        statements=statements,
        artefact=ANSWERS[kind],
    )


def fingerprint(body: str) -> str:
    return re.search(r'name="identifiers_fingerprint" value="([0-9a-f]+)"', body).group(1)


@pytest.mark.parametrize("kind", ARTEFACT_KINDS)
def test_each_kind_saves_and_shows(client, practitioner, statements_a, kind):
    client.force_login(practitioner)
    assert client.get(add_url(kind)).status_code == 200
    response = client.post(add_url(kind), form_data(kind, statements_a[:2]))
    evidence = Evidence.objects.get(owner=practitioner)
    assert response.url == reverse("assessments:evidence-detail", args=[evidence.pk])
    assert evidence.kind == kind
    assert evidence.status == EvidenceStatus.PENDING
    assert set(evidence.artefact) == {q.name for q in questions_for(kind)}
    page = client.get(response.url).content.decode()
    for question in questions_for(kind):
        assert escape(question.label) in page
    for answer in ANSWERS[kind].values():
        if answer.isdigit():
            assert f"{answer} out of 10" in page
        else:
            assert escape(answer) in page


def test_the_evidence_form_points_to_the_artefact_forms(client, practitioner):
    client.force_login(practitioner)
    page = client.get(reverse("assessments:evidence-add")).content.decode()
    for kind in ARTEFACT_KINDS:
        assert add_url(kind) in page
    # Artefact kinds have their own forms, not a radio on the general one.
    assert 'value="three_column_assessment"' not in page


def test_unknown_artefact_kind_is_not_found(client, practitioner):
    client.force_login(practitioner)
    assert client.get(add_url("reflective_account")).status_code == 404
    assert client.get(add_url("nonsense")).status_code == 404


def test_missing_column_is_refused_and_what_was_typed_is_kept(client, practitioner, statements_a):
    kind = EvidenceKind.THREE_COLUMN_ASSESSMENT
    client.force_login(practitioner)
    response = client.post(add_url(kind), form_data(kind, statements_a[:1], working_well="  "))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Write what is working well" in page
    assert "Nan has had the children" not in page  # that column was the one left empty
    assert "A written plan for weekends" in page
    assert "Mapping with a family network" in page
    assert not Evidence.objects.exists()


@pytest.mark.parametrize("scale", ["11", "-1", "seven", "6.5", ""])
def test_scale_outside_nought_to_ten_is_refused(client, practitioner, statements_a, scale):
    kind = EvidenceKind.SCALING_QUESTION
    client.force_login(practitioner)
    response = client.post(add_url(kind), form_data(kind, statements_a[:1], scale=scale))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Enter a whole number from 0 to 10" in page
    assert "The network has kept to the plan" in page
    assert not Evidence.objects.exists()


def test_errors_are_listed_in_the_order_the_page_shows_the_questions(
    client, practitioner, statements_a
):
    kind = EvidenceKind.SCALING_QUESTION
    client.force_login(practitioner)
    data = form_data(kind, [], scale="12", why_this_number="")
    page = client.post(add_url(kind), data).content.decode()
    order = [
        page.index(message)
        for message in (
            "Enter a whole number from 0 to 10",
            "Say why you chose this number",
            "Choose at least one statement this evidence supports",
        )
    ]
    assert order == sorted(order)


def test_over_long_answer_is_refused_with_its_length(client, practitioner, statements_a):
    kind = EvidenceKind.DANGER_STATEMENT
    client.force_login(practitioner)
    response = client.post(add_url(kind), form_data(kind, statements_a[:1], safety_goal="x" * 2001))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Keep this to 2000 characters or fewer: it has 2001" in page
    assert not Evidence.objects.exists()


def test_the_service_checks_answers_whoever_calls_it(practitioner, statements_a):
    with pytest.raises(ValidationError) as refused:
        evidence_submit(
            owner=practitioner,
            kind=EvidenceKind.SCALING_QUESTION,
            title="Scaling",
            occurred_on=datetime.date(2026, 3, 14),
            statements=statements_a[:1],
            artefact={**ANSWERS[EvidenceKind.SCALING_QUESTION], "scale": 12},
        )
    assert refused.value.message_dict == {"scale": ["Enter a whole number from 0 to 10"]}
    with pytest.raises(ValidationError):
        evidence_submit(
            owner=practitioner,
            kind=EvidenceKind.REFLECTIVE_ACCOUNT,
            title="Not an artefact",
            occurred_on=datetime.date(2026, 3, 14),
            statements=statements_a[:1],
            artefact={"worries": "kept nowhere"},
        )
    assert not Evidence.objects.exists()


@pytest.mark.parametrize(
    "kind, question",
    [(kind, q.name) for kind in ARTEFACT_KINDS for q in questions_for(kind) if not q.scale],
)
@pytest.mark.parametrize("family_detail", FAMILY_DETAILS)
def test_family_details_in_any_answer_are_refused_until_confirmed(
    client, practitioner, statements_a, kind, question, family_detail
):
    client.force_login(practitioner)
    typed = f"Spoke with {family_detail} today."
    data = form_data(kind, statements_a[:1], **{question: typed})
    page = client.post(add_url(kind), data).content.decode()
    assert WARNING in page
    assert family_detail.split()[-1] in page  # shown back for the author to remove
    assert not Evidence.objects.exists()
    confirmed = {
        **data,
        "identifiers_confirmed": "on",
        "identifiers_fingerprint": fingerprint(page),
    }
    assert client.post(add_url(kind), confirmed).status_code == 302
    assert Evidence.objects.get().artefact[question] == typed


def test_changing_an_artefact_passes_the_identifier_guard_too(practitioner, statements_a):
    kind = EvidenceKind.DANGER_STATEMENT
    evidence = make_artefact(practitioner, statements_a[:1], kind)
    answers = {**ANSWERS[kind], "safety_goal": "Jayden Smith will stay with Nan."}
    with pytest.raises(IdentifiersFound):
        evidence_update(
            evidence=evidence,
            by=practitioner,
            kind=kind,
            title=evidence.title,
            occurred_on=evidence.occurred_on,
            statements=statements_a[:1],
            artefact=answers,
        )
    evidence.refresh_from_db()
    assert evidence.artefact["safety_goal"] == ANSWERS[kind]["safety_goal"]


def test_signed_out_people_and_volunteers_cannot_add_one(client, volunteer):
    url = add_url(EvidenceKind.SCALING_QUESTION)
    assert client.get(url).status_code == 302  # to sign in
    client.force_login(volunteer)
    assert client.get(url).status_code == 404


def test_another_practitioner_gets_not_found(
    client, practitioner, other_practitioner, other_team_leader, statements_a
):
    evidence = make_artefact(practitioner, statements_a[:1])
    for outsider in (other_practitioner, other_team_leader):
        client.force_login(outsider)
        for name in ("evidence-detail", "evidence-print", "evidence-edit"):
            assert client.get(reverse(f"assessments:{name}", args=[evidence.pk])).status_code == 404


def test_owner_changes_an_artefact_and_keeps_its_kind(client, practitioner, statements_a):
    kind = EvidenceKind.SCALING_QUESTION
    evidence = make_artefact(practitioner, statements_a[:1], kind)
    client.force_login(practitioner)
    url = reverse("assessments:evidence-edit", args=[evidence.pk])
    page = client.get(url).content.decode()
    assert "The network has kept to the plan for eight weeks." in page
    response = client.post(url, form_data(kind, statements_a[:1], scale="7"))
    assert response.status_code == 302
    evidence.refresh_from_db()
    assert evidence.artefact["scale"] == 7
    with pytest.raises(ValidationError):
        evidence_update(
            evidence=evidence,
            by=practitioner,
            kind=EvidenceKind.REFLECTIVE_ACCOUNT,
            title="Now something else",
            occurred_on=datetime.date(2026, 3, 14),
            statements=statements_a[:1],
        )


def test_team_leader_reviews_the_artefact_as_one_item(
    client, practitioner, team_leader, statements_a
):
    evidence = make_artefact(practitioner, statements_a[:3])
    client.force_login(team_leader)
    queue = client.get(reverse("assessments:review-queue")).content.decode()
    assert "Mapping with a family network" in queue
    url = reverse("assessments:review-evidence", args=[evidence.pk])
    page = client.get(url).content.decode()
    assert "What we are worried about" in page
    assert "A written plan for weekends" in page
    assert client.post(url, {"outcome": "met", "comment": "A clear map"}).status_code == 302
    evidence.refresh_from_db()
    assert evidence.status == EvidenceStatus.REVIEWED
    decisions = Decision.objects.filter(subject=practitioner)
    assert decisions.count() == 3
    assert {d.outcome for d in decisions} == {Outcome.MET}
    # The team leader sees it and its printable view too.
    assert client.get(reverse("assessments:evidence-print", args=[evidence.pk])).status_code == 200


def test_print_view_renders_the_artefact_without_inline_script_or_style(
    client, practitioner, statements_a
):
    evidence = make_artefact(practitioner, statements_a[:1])
    client.force_login(practitioner)
    detail = client.get(reverse("assessments:evidence-detail", args=[evidence.pk]))
    print_url = reverse("assessments:evidence-print", args=[evidence.pk])
    assert print_url in detail.content.decode()
    page = client.get(print_url).content.decode()
    assert "artefact--columns" in page
    assert "Dad&#x27;s drinking at weekends" in page
    assert "data-print-button" in page and "js/print.js" in page
    assert "<style" not in page and " style=" not in page and "onclick" not in page
    assert re.search(r"<script(?![^>]*\bsrc=)", page) is None


def test_print_view_is_for_artefacts_only(client, practitioner, statements_a):
    evidence = submit(practitioner, statements_a[:1], "A reflective account")
    client.force_login(practitioner)
    assert client.get(reverse("assessments:evidence-print", args=[evidence.pk])).status_code == 404


def test_evidence_page_queries_do_not_grow_with_answers(
    client, practitioner, statements_a, django_assert_max_num_queries
):
    short = make_artefact(practitioner, statements_a[:1], EvidenceKind.DANGER_STATEMENT)
    full = make_artefact(practitioner, statements_a[:6], EvidenceKind.CHILD_EXPLANATION)
    client.force_login(practitioner)
    for evidence in (short, full):
        with django_assert_max_num_queries(14):
            client.get(reverse("assessments:evidence-detail", args=[evidence.pk]))
