"""Writes for frameworks, evidence, decisions and levels. Views, admin and API call these."""

from datetime import date
from typing import NamedTuple

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone

from assessments.artefacts import (
    ARTEFACT_KINDS,
    artefact_texts,
    clean_artefact,
    is_artefact_kind,
)
from assessments.enums import EvidenceKind, EvidenceStatus, FrameworkStatus, Outcome
from assessments.models import (
    Decision,
    Evidence,
    LearningPlan,
    Level,
    LevelConfirmation,
    Statement,
)
from assessments.notifications import notify_evidence_submitted
from assessments.selectors import latest_decisions, progression_for
from core.sanitize import html_to_plain_text, sanitize_html
from core.uploads import check_upload
from people import access
from people.models import User
from people.services import identifiers_check

# Evidence -------------------------------------------------------------------------------

ALLOWED_FILE_EXTENSIONS = {".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".jpg", ".jpeg", ".png"}
MAX_FILE_SIZE = 10 * 1024 * 1024


def validate_evidence_file(upload: UploadedFile | None) -> None:
    if upload is None:
        return
    name = upload.name.lower()
    if not any(name.endswith(ext) for ext in ALLOWED_FILE_EXTENSIONS):
        raise ValidationError(
            {"file": "The file must be a PDF, Word, OpenDocument, text or image file."}
        )
    if upload.size > MAX_FILE_SIZE:
        raise ValidationError({"file": "The file must be smaller than 10 MB."})
    check_upload(upload, ALLOWED_FILE_EXTENSIONS)


def _check_evidence_text(
    title: str, description: str, identifiers_confirmed: str, kind: str = "", artefact=None
) -> None:
    """The identifier guard over everything typed: title, description and, for a practice
    artefact, every written answer."""
    identifiers_check(
        {
            "title": ("Title", title),
            "description": ("Description", html_to_plain_text(description)),
            **artefact_texts(kind, artefact or {}),
        },
        confirmed=identifiers_confirmed,
    )


def _check_statements(statements: list[Statement]) -> None:
    if not statements:
        raise ValidationError(
            {"statements": "Choose at least one statement this evidence supports."}
        )
    if any(s.domain.level.framework.status != FrameworkStatus.PUBLISHED for s in statements):
        raise ValidationError(
            {"statements": "Evidence can only be added against a published framework."}
        )


@transaction.atomic
def evidence_submit(
    *,
    owner: User,
    kind: str,
    title: str,
    occurred_on: date,
    statements: list[Statement],
    description: str = "",
    file: UploadedFile | None = None,
    source_key: str = "",
    identifiers_confirmed: str = "",
    artefact: dict | None = None,
) -> Evidence:
    """Add evidence for review. With a source_key (module, observation) it is created once.

    Evidence the person writes passes the identifier guard; evidence made by the system (a
    source_key) holds only titles and codes it wrote itself. A practice artefact
    (assessments.artefacts) comes with its answers, checked here.
    """
    if source_key:
        existing = Evidence.objects.filter(owner=owner, source_key=source_key).first()
        if existing:
            return existing
    artefact = clean_artefact(kind, artefact)
    if not source_key:
        _check_evidence_text(title, description, identifiers_confirmed, kind, artefact)
    statements = list(statements)
    _check_statements(statements)
    validate_evidence_file(file)
    evidence = Evidence(
        owner=owner,
        kind=kind,
        title=title,
        description=sanitize_html(description),
        occurred_on=occurred_on,
        source_key=source_key,
        artefact=artefact,
    )
    if file is not None:
        evidence.file = file
    evidence.full_clean()
    evidence.save()
    evidence.statements.set(statements)
    file_evidence_for_met_statements(owner)
    evidence.refresh_from_db(fields=["status"])
    if evidence.status == EvidenceStatus.PENDING:
        transaction.on_commit(lambda: notify_evidence_submitted(evidence.pk))
    return evidence


def _check_owner_may_change(evidence: Evidence, by: User) -> None:
    if evidence.owner_id != by.pk:
        raise PermissionDenied("Only the person who added this evidence can change it.")
    if not evidence.is_editable:
        raise ValidationError(
            "This evidence has been reviewed, filed or withdrawn, so it can no longer be changed."
        )


@transaction.atomic
def evidence_update(
    *,
    evidence: Evidence,
    by: User,
    kind: str,
    title: str,
    occurred_on: date,
    statements: list[Statement],
    description: str = "",
    file: UploadedFile | None = None,
    clear_file: bool = False,
    identifiers_confirmed: str = "",
    artefact: dict | None = None,
) -> Evidence:
    evidence = Evidence.objects.select_for_update().get(pk=evidence.pk)
    _check_owner_may_change(evidence, by)
    if kind != evidence.kind and (is_artefact_kind(kind) or is_artefact_kind(evidence.kind)):
        raise ValidationError({"kind": "A practice artefact keeps its kind."})
    artefact = clean_artefact(kind, artefact)
    _check_evidence_text(title, description, identifiers_confirmed, kind, artefact)
    statements = list(statements)
    _check_statements(statements)
    validate_evidence_file(file)
    evidence.kind = kind
    evidence.title = title
    evidence.occurred_on = occurred_on
    evidence.description = sanitize_html(description)
    evidence.artefact = artefact
    if clear_file and evidence.file:
        evidence.file.delete(save=False)
        evidence.file = ""
    if file is not None:
        evidence.file = file
    resubmitted = evidence.status == EvidenceStatus.RETURNED
    if resubmitted:
        # Changed as asked: back in the queue, as new.
        evidence.status = EvidenceStatus.PENDING
        evidence.submitted_at = timezone.now()
    evidence.full_clean()
    evidence.save()
    evidence.statements.set(statements)
    file_evidence_for_met_statements(evidence.owner)
    evidence.refresh_from_db(fields=["status"])
    if resubmitted and evidence.status == EvidenceStatus.PENDING:
        transaction.on_commit(lambda: notify_evidence_submitted(evidence.pk))
    return evidence


@transaction.atomic
def evidence_withdraw(*, evidence: Evidence, by: User) -> Evidence:
    evidence = Evidence.objects.select_for_update().get(pk=evidence.pk)
    _check_owner_may_change(evidence, by)
    evidence.status = EvidenceStatus.WITHDRAWN
    evidence.withdrawn_at = timezone.now()
    evidence.save(update_fields=["status", "withdrawn_at", "updated_at"])
    return evidence


# Decisions and levels ---------------------------------------------------------------------


class DecisionInput(NamedTuple):
    statement: Statement
    outcome: str
    comment: str = ""


@transaction.atomic
def decisions_record(
    *,
    subject: User,
    decided_by: User,
    decisions: list[DecisionInput],
    identifiers_confirmed: str = "",
) -> list[Decision]:
    """Record several statement decisions in one go.

    Each decision considers the person's pending evidence for that statement. Evidence is
    marked reviewed once every statement it supports has been decided on. A "not yet met"
    that follows a "met" flags any confirmed level that relied on it for review.
    """
    _check_decisions(subject, decided_by, decisions, identifiers_confirmed)
    statement_ids = [item.statement.pk for item in decisions]
    pending_evidence = list(
        Evidence.objects.filter(
            owner=subject, status=EvidenceStatus.PENDING, statements__in=statement_ids
        )
        .prefetch_related("statements")
        .distinct()
    )
    recorded = record_decisions(
        subject, decided_by, decisions, _evidence_by_statement(pending_evidence, statement_ids)
    )
    _mark_reviewed_evidence(pending_evidence)
    file_evidence_for_met_statements(subject)
    return recorded


def record_decisions(
    subject: User,
    decided_by: User,
    decisions: list[DecisionInput],
    evidence_for: dict[int, list[Evidence]],
) -> list[Decision]:
    """Write checked decisions, each pointing at `evidence_for` its statement, and flag the
    confirmations a withdrawn "met" relied on."""
    before = latest_decisions([subject.pk], [item.statement.pk for item in decisions])
    now = timezone.now()
    recorded = []
    for item in decisions:
        decision = Decision(
            subject=subject,
            statement=item.statement,
            outcome=item.outcome,
            comment=item.comment.strip(),
            decided_by=decided_by,
            decided_at=now,
        )
        decision.full_clean()
        decision.save()
        decision.evidence.set(evidence_for.get(item.statement.pk, []))
        recorded.append(decision)
    withdrawn = [
        item.statement
        for item in decisions
        if item.outcome == Outcome.NOT_YET_MET
        and (prior := before.get((subject.pk, item.statement.pk))) is not None
        and prior.outcome == Outcome.MET
    ]
    if withdrawn:
        _flag_confirmations(subject, withdrawn, decided_by)
    return recorded


def file_evidence_for_met_statements(subject: User) -> int:
    """Pending evidence whose every statement is already met is filed against them, not
    queued: a met statement stays met, and new evidence for it is kept beside it."""
    pending = Evidence.objects.filter(owner=subject, status=EvidenceStatus.PENDING)
    links = Evidence.statements.through.objects.filter(evidence__in=pending.values("pk"))
    claimed: dict[int, set[int]] = {}
    for evidence_id, statement_id in links.values_list("evidence_id", "statement_id"):
        claimed.setdefault(evidence_id, set()).add(statement_id)
    if not claimed:
        return 0
    met = {
        statement_id
        for (_, statement_id), decision in latest_decisions(
            [subject.pk], {s for ids in claimed.values() for s in ids}
        ).items()
        if decision.outcome == Outcome.MET
    }
    filed = [evidence_id for evidence_id, ids in claimed.items() if ids <= met]
    return Evidence.objects.filter(pk__in=filed).update(status=EvidenceStatus.FILED)


def _check_decisions(
    subject: User, decided_by: User, decisions: list[DecisionInput], identifiers_confirmed: str
) -> None:
    if not access.can_decide_on(decided_by, subject):
        raise PermissionDenied("You cannot decide on this person's evidence.")
    if not decisions:
        raise ValidationError("Choose an outcome for at least one statement.")
    identifiers_check(
        {
            f"comment_{item.statement.pk}": (f"Comment on {item.statement.code}", item.comment)
            for item in decisions
            if item.comment
        },
        confirmed=identifiers_confirmed,
    )
    for item in decisions:
        if item.outcome not in Outcome.values:
            raise ValidationError(f"Unknown outcome {item.outcome!r}.")
        if item.statement.domain.level.framework.status == FrameworkStatus.DRAFT:
            raise ValidationError("Decisions can only be made against a published framework.")


def _evidence_by_statement(
    evidence_items: list[Evidence], statement_ids: list[int]
) -> dict[int, list[Evidence]]:
    """Each decided statement's pending evidence, which its decision will point at."""
    by_statement: dict[int, list[Evidence]] = {statement_id: [] for statement_id in statement_ids}
    for evidence in evidence_items:
        for statement in evidence.statements.all():
            if statement.pk in by_statement:
                by_statement[statement.pk].append(evidence)
    return by_statement


def _mark_reviewed_evidence(evidence_items: list[Evidence]) -> None:
    for evidence in evidence_items:
        decided = set(
            Decision.objects.filter(evidence=evidence).values_list("statement_id", flat=True)
        )
        if {s.pk for s in evidence.statements.all()} <= decided:
            Evidence.objects.filter(pk=evidence.pk).update(status=EvidenceStatus.REVIEWED)


def _flag_confirmations(subject: User, statements: list[Statement], by: User) -> None:
    """A withdrawn "met" puts each confirmed level at or above it up for review."""
    for statement in statements:
        level = statement.domain.level
        confirmations = LevelConfirmation.objects.filter(
            subject=subject,
            level__framework=level.framework,
            level__order__gte=level.order,
            needs_review=False,
        )
        confirmations.update(
            needs_review=True,
            flagged_at=timezone.now(),
            review_reason=(
                f"{statement.code} changed from met to not yet met "
                f"({by.name}, {timezone.localdate():%d %B %Y})."
            )[:300],
        )


@transaction.atomic
def level_confirm(
    *,
    subject: User,
    level: Level,
    confirmed_by: User,
    confirmed_on: date | None = None,
    comment: str = "",
    identifiers_confirmed: str = "",
) -> LevelConfirmation:
    """Confirm a level the person has reached (every statement of it and below met).

    `confirmed_on`, the date it takes effect, records a confirmation made earlier (say, in
    a supervision on paper); it cannot be in the future. `comment` is plain text the
    person reads, through the identifier guard.
    """
    if not access.can_decide_on(confirmed_by, subject):
        raise PermissionDenied("You cannot confirm levels for this person.")
    comment = comment.strip()
    identifiers_check({"comment": ("Comment", comment)}, confirmed=identifiers_confirmed)
    progression = progression_for(subject, level.framework)
    if not progression.has_reached(level):
        raise ValidationError(
            f"Level {level.code} is not reached yet: every statement of it and the levels "
            "below must be met first."
        )
    if confirmed_on and confirmed_on > timezone.localdate():
        raise ValidationError({"confirmed_on": "The date it takes effect cannot be in the future."})
    already = _live_confirmation(subject, level)
    if already is not None:
        raise _already_confirmed(level, subject, already)
    confirmation = LevelConfirmation(
        subject=subject,
        level=level,
        confirmed_by=confirmed_by,
        confirmed_on=confirmed_on or timezone.localdate(),
        comment=comment,
    )
    confirmation.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            confirmation.save()
    except IntegrityError:
        # Someone confirmed it in the moment between our check and our save.
        raise _already_confirmed(level, subject, _live_confirmation(subject, level)) from None
    return confirmation


def _live_confirmation(subject: User, level: Level) -> LevelConfirmation | None:
    return (
        LevelConfirmation.objects.filter(subject=subject, level=level, needs_review=False)
        .select_related("confirmed_by")
        .first()
    )


def _already_confirmed(
    level: Level, subject: User, confirmation: LevelConfirmation | None
) -> ValidationError:
    if confirmation is None:
        return ValidationError(f"Level {level.code} is already confirmed for {subject.name}.")
    return ValidationError(
        f"Level {level.code} was already confirmed for {subject.name} by "
        f"{confirmation.confirmed_by.name} on {confirmation.confirmed_on:%d %B %Y}. "
        "Nothing has changed."
    )


@transaction.atomic
def learning_plan_agree(
    *,
    subject: User,
    target_level: Level,
    target_date: date,
    agreed_by: User,
    notes: str = "",
    identifiers_confirmed: str = "",
) -> LearningPlan:
    if not access.can_decide_on(agreed_by, subject):
        raise PermissionDenied("You cannot agree a learning plan for this person.")
    identifiers_check(
        {"notes": ("What you agreed", html_to_plain_text(notes))},
        confirmed=identifiers_confirmed,
    )
    if target_date < timezone.localdate():
        raise ValidationError({"target_date": "The target date must be today or in the future."})
    plan = LearningPlan(
        subject=subject,
        framework=target_level.framework,
        target_level=target_level,
        target_date=target_date,
        agreed_by=agreed_by,
        notes=sanitize_html(notes),
    )
    plan.full_clean()
    plan.save()
    return plan


# The kinds on the evidence form. Practice artefacts have a form of their own each.
EVIDENCE_KINDS_PEOPLE_ADD = [
    kind
    for kind in EvidenceKind
    if kind not in {EvidenceKind.MODULE_COMPLETION, EvidenceKind.PEER_OBSERVATION}
    and kind not in ARTEFACT_KINDS
]
