"""Writes for the learner's journey: enrolment, lessons, knowledge checks, reflections,
completion (certificate, CPD entry, evidence), assignments and the CPD record."""

from datetime import date
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from assessments.enums import EvidenceKind, FrameworkStatus
from assessments.services import evidence_submit
from content.models import LessonPage, ModulePage
from core.sanitize import plain_text_to_html
from learning.enums import CPDActivityType, EnrolmentSource
from learning.models import (
    Assignment,
    CPDEntry,
    Enrolment,
    LessonCompletion,
    ModuleCompletion,
    QuizAttempt,
    Reflection,
)
from learning.selectors import (
    h5p_attempt,
    h5p_finished,
    missing_prerequisites,
    module_progress,
    scorm_attempt,
    scorm_finished,
)
from people import access
from people.models import User
from people.notifications import notify
from people.services import identifiers_check


def _check_audience(learner: User, module: ModulePage) -> None:
    if not module.can_be_read_by(learner):
        raise PermissionDenied("This module is not available to you.")


@transaction.atomic
def enrolment_start(
    *, learner: User, module: ModulePage, source: str = EnrolmentSource.SELF
) -> Enrolment:
    """Enrol once; an existing enrolment is returned unchanged."""
    _check_audience(learner, module)
    existing = Enrolment.objects.filter(learner=learner, module=module).first()
    if existing:
        return existing
    missing = missing_prerequisites(learner, module)
    if missing and source == EnrolmentSource.SELF:
        names = ", ".join(m.title for m in missing)
        raise ValidationError(f"Complete these modules first: {names}.")
    try:
        with transaction.atomic():
            return Enrolment.objects.create(learner=learner, module=module, source=source)
    except IntegrityError:
        return Enrolment.objects.get(learner=learner, module=module)


def lesson_visit(*, learner: User, lesson: LessonPage) -> Enrolment:
    """Opening a lesson enrols the learner if needed and remembers where they are.

    An enrolled learner (the usual visit) is found without opening a transaction.
    """
    _check_audience(learner, lesson.module)
    enrolment = Enrolment.objects.filter(
        learner=learner, module=lesson.module
    ).first() or enrolment_start(learner=learner, module=lesson.module)
    if enrolment.last_lesson_id != lesson.pk:
        enrolment.last_lesson = lesson
        enrolment.save(update_fields=["last_lesson"])
    return enrolment


REFLECTION_MAX_LENGTH = 10_000


@transaction.atomic
def reflection_save(
    *,
    learner: User,
    lesson: LessonPage,
    answers: dict[str, str],
    identifiers_confirmed: str = "",
) -> list[Reflection]:
    """Save the learner's reflections on a lesson's prompts, sanitised. Blank ones are refused."""
    prompts = {block.id: block.value["prompt"] for block in lesson.reflection_prompts()}
    unknown = set(answers) - set(prompts)
    if unknown:
        raise ValidationError(
            "The reflection did not match this lesson. Reload the page and try again."
        )
    empty = [prompt_id for prompt_id, text in answers.items() if not text.strip()]
    if empty:
        raise ValidationError(dict.fromkeys(empty, "Write your reflection before saving"))
    too_long = {
        prompt_id: f"Keep your reflection to {REFLECTION_MAX_LENGTH:,} characters or fewer: "
        f"it has {len(text):,}"
        for prompt_id, text in answers.items()
        if len(text) > REFLECTION_MAX_LENGTH
    }
    if too_long:
        raise ValidationError(too_long)
    identifiers_check(
        {prompt_id: (prompts[prompt_id], text) for prompt_id, text in answers.items()},
        confirmed=identifiers_confirmed,
    )
    enrolment = lesson_visit(learner=learner, lesson=lesson)
    saved = []
    for prompt_id, text in answers.items():
        reflection, _ = Reflection.objects.update_or_create(
            learner=learner,
            lesson=lesson,
            prompt_id=prompt_id,
            defaults={
                "prompt": prompts[prompt_id][:300],
                "text": plain_text_to_html(text),
                "updated_at": timezone.now(),
            },
        )
        saved.append(reflection)
    module_complete_if_done(enrolment=enrolment)
    return saved


def mark_answers(lesson: LessonPage, answers: dict[str, list[str]]) -> tuple[int, int]:
    """Mark a knowledge check on the server. Returns (correct, total).

    Refuses answers that do not fit the questions (unknown question or option ids, several
    options for a single-choice question, unanswered questions) so nothing odd is recorded.
    """
    questions = {block.id: block for block in lesson.questions()}
    if not questions:
        raise ValidationError("This lesson has no knowledge check.")
    if set(answers) - set(questions):
        raise ValidationError(
            "Your answers did not match the questions on this page. Reload the page and try again."
        )
    unanswered = [qid for qid in questions if not answers.get(qid)]
    if unanswered:
        raise ValidationError(dict.fromkeys(unanswered, "Choose an answer"))
    correct = 0
    for qid, block in questions.items():
        options = {child.id: child.value for child in block.value["options"].bound_blocks}
        chosen = set(answers[qid])
        if chosen - set(options):
            raise ValidationError(
                "Your answers did not match the questions on this page. "
                "Reload the page and try again."
            )
        if block.value["kind"] == "single" and len(chosen) != 1:
            raise ValidationError({qid: "Choose one answer"})
        right = {oid for oid, option in options.items() if option["correct"]}
        correct += chosen == right
    return correct, len(questions)


@transaction.atomic
def quiz_submit(*, learner: User, lesson: LessonPage, answers: dict[str, list[str]]) -> QuizAttempt:
    correct, total = mark_answers(lesson, answers)
    enrolment = lesson_visit(learner=learner, lesson=lesson)
    module = lesson.module
    score = round(100 * correct / total)
    attempt = QuizAttempt.objects.create(
        enrolment=enrolment,
        lesson=lesson,
        answers={qid: sorted(set(options)) for qid, options in answers.items()},
        correct_count=correct,
        question_count=total,
        score=score,
        pass_mark=module.pass_mark,
        passed=score >= module.pass_mark,
    )
    if attempt.passed:
        lesson_complete(learner=learner, lesson=lesson)
    return attempt


@transaction.atomic
def lesson_complete(
    *, learner: User, lesson: LessonPage, score: int | None = None
) -> LessonCompletion:
    """Mark a lesson done: its reflections written, its knowledge check passed and its SCORM
    package or H5P activity (if it has one) finished first. `score` is the package's, kept
    with the lesson."""
    enrolment = lesson_visit(learner=learner, lesson=lesson)
    state = module_progress(learner, lesson.module).state_of(lesson)
    if state is None:
        raise ValidationError("This lesson is not part of a live module.")
    if lesson.scorm_package_id and not scorm_finished(scorm_attempt(learner, lesson)):
        raise ValidationError("Finish the course in this lesson's player to complete it.")
    if lesson.h5p_activity_id and not h5p_finished(h5p_attempt(learner, lesson)):
        raise ValidationError("Finish the activity in this lesson to complete it.")
    if state.has_check and not state.check_passed:
        raise ValidationError(
            f"Pass the knowledge check ({lesson.module.pass_mark}% or more) "
            "to complete this lesson."
        )
    if not state.reflections_done:
        raise ValidationError("Write your reflection to complete this lesson.")
    completion, _ = LessonCompletion.objects.get_or_create(
        enrolment=enrolment, lesson=lesson, defaults={"score": score}
    )
    module_complete_if_done(enrolment=enrolment)
    return completion


@transaction.atomic
def module_complete_if_done(*, enrolment: Enrolment) -> ModuleCompletion | None:
    """Complete the module once every lesson is done: certificate, CPD entry and evidence.

    Idempotent: a repeated request finds the completion already made and creates nothing.
    """
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    existing = ModuleCompletion.objects.filter(
        learner_id=enrolment.learner_id, module_id=enrolment.module_id
    ).first()
    if existing:
        return existing
    learner = enrolment.learner
    module = ModulePage.objects.get(pk=enrolment.module_id)
    progress = module_progress(learner, module)
    if not progress.ready_to_complete:
        return None
    now = timezone.now()
    completion = ModuleCompletion.objects.create(
        learner=learner,
        module=module,
        module_title=module.title,
        cpd_hours=module.cpd_hours,
        completed_at=now,
    )
    enrolment.completed_at = now
    enrolment.save(update_fields=["completed_at"])
    CPDEntry.objects.create(
        owner=learner,
        title=f"Completed module: {module.title}",
        activity_type=CPDActivityType.ELEARNING,
        activity_date=timezone.localdate(),
        hours=module.cpd_hours,
        description=module.summary,
        source_key=f"module:{module.pk}",
    )
    statements = list(
        module.statements.filter(domain__level__framework__status=FrameworkStatus.PUBLISHED)
    )
    if statements and access.is_staff_member(learner):
        best = max((s.best_score or 0) for s in progress.lessons) if progress.lessons else 0
        completion.evidence = evidence_submit(
            owner=learner,
            kind=EvidenceKind.MODULE_COMPLETION,
            title=f"Completed module: {module.title}",
            description=(
                f"<p>Completed the module “{module.title}” ({module.cpd_hours} CPD hours)"
                f"{f', knowledge check {best}%' if best else ''}.</p>"
            ),
            occurred_on=timezone.localdate(),
            statements=statements,
            source_key=f"module:{module.pk}",
        )
        completion.save(update_fields=["evidence"])
    return completion


@transaction.atomic
def assignment_create(
    *, module: ModulePage, learners: list[User], due_date: date, assigned_by: User
) -> list[Assignment]:
    """A team leader assigns a module to team members; they are enrolled and told by email."""
    if due_date < timezone.localdate():
        raise ValidationError({"due_date": "The due date must be today or later"})
    if not learners:
        raise ValidationError({"learners": "Choose at least one person"})
    for learner in learners:
        if not access.can_decide_on(assigned_by, learner):
            raise PermissionDenied("You can only assign modules to people in teams you lead.")
        if not module.can_be_read_by(learner):
            raise ValidationError({"learners": f"{learner.name} cannot see this module."})
    made = []
    for learner in learners:
        assignment, created = Assignment.objects.get_or_create(
            module=module,
            learner=learner,
            defaults={"assigned_by": assigned_by, "due_date": due_date},
        )
        if not created and assignment.due_date != due_date:
            assignment.due_date = due_date
            assignment.save(update_fields=["due_date"])
        enrolment_start(learner=learner, module=module, source=EnrolmentSource.ASSIGNED)
        made.append(assignment)
    path = reverse("learning:my-learning")
    transaction.on_commit(
        lambda: notify(
            learners,
            subject="A module has been assigned to you",
            message=f"Your team leader has assigned you a module, due by {due_date:%d %B %Y}.",
            path=path,
        )
    )
    return made


CPD_FIELDS = (
    "title",
    "activity_type",
    "activity_date",
    "hours",
    "description",
    "learning",
    "impact",
    "peer_reflection",
    "peer_learning",
)


CPD_TEXT_LABELS = {
    "title": "Title",
    "description": "What it was and why it is relevant",
    "learning": "What you learnt",
    "impact": "The impact",
    "peer_learning": "What you learnt from a peer",
}


def _cpd_validate(entry: CPDEntry, identifiers_confirmed: str) -> None:
    identifiers_check(
        {name: (label, getattr(entry, name)) for name, label in CPD_TEXT_LABELS.items()},
        confirmed=identifiers_confirmed,
    )
    if entry.activity_date and entry.activity_date > timezone.localdate():
        raise ValidationError({"activity_date": "The date must be today or in the past"})
    if entry.peer_reflection and not entry.peer_learning.strip():
        raise ValidationError(
            {"peer_learning": "Say what you learnt from discussing it with a peer"}
        )
    entry.full_clean()


@transaction.atomic
def cpd_entry_add(*, owner: User, identifiers_confirmed: str = "", **fields: object) -> CPDEntry:
    entry = CPDEntry(owner=owner, **{k: v for k, v in fields.items() if k in CPD_FIELDS})
    _cpd_validate(entry, identifiers_confirmed)
    entry.save()
    return entry


@transaction.atomic
def cpd_entry_update(
    *, entry: CPDEntry, by: User, identifiers_confirmed: str = "", **fields: object
) -> CPDEntry:
    if entry.owner_id != by.pk:
        raise PermissionDenied("Only the owner changes a CPD entry.")
    for name in CPD_FIELDS:
        if name in fields:
            setattr(entry, name, fields[name])
    _cpd_validate(entry, identifiers_confirmed)
    entry.save()
    return entry


def cpd_entry_delete(*, entry: CPDEntry, by: User) -> None:
    if entry.owner_id != by.pk:
        raise PermissionDenied("Only the owner deletes a CPD entry.")
    if entry.is_automatic:
        raise ValidationError(
            "Entries made for you when you complete a module stay in your record."
        )
    entry.delete()


def total_hours(entries: list[CPDEntry]) -> Decimal:
    return sum((e.hours for e in entries), Decimal("0"))
