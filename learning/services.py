"""Writes for the learner's journey: enrolment, lessons, knowledge checks, reflections,
completion (certificate, CPD entry, evidence), assignments and the CPD record."""

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from assessments.enums import EvidenceKind
from assessments.models import Evidence, Framework, Statement
from assessments.selectors import framework_applies_to
from assessments.services import evidence_submit
from content.models import LessonPage, ModulePage
from core.sanitize import plain_text_to_html
from learning.checks import check_state, score_of
from learning.enums import CPDActivityType, EnrolmentSource
from learning.h5p_state import h5p_attempt, h5p_finished
from learning.models import (
    Assignment,
    CPDEntry,
    Enrolment,
    LessonCompletion,
    ModuleCompletion,
    QuizAttempt,
    Reflection,
)
from learning.module_evidence import evidence_offers, module_source_key, module_statements
from learning.selectors import (
    ModuleProgress,
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
    """Mark and keep an attempt. Once the module's allowed attempts are used without a pass,
    no more are taken (the answers are then shown to the learner)."""
    correct, total = mark_answers(lesson, answers)
    enrolment = lesson_visit(learner=learner, lesson=lesson)
    # One attempt at a time per learner, so the limit on attempts holds.
    enrolment = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
    module = lesson.module
    if check_state(learner, lesson).closed:
        raise ValidationError(
            f"You have used all {module.check_attempts} attempts at this knowledge check."
        )
    score = score_of(correct, total)
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


def lesson_complete_when_finished(
    *, learner: User, lesson: LessonPage, enrolment: Enrolment, finished: bool, score: int | None
) -> LessonCompletion | None:
    """For a package lesson (SCORM, H5P): the lesson's completion once it is done, completing
    it now if the package has just finished; None while it is not done."""
    done = LessonCompletion.objects.filter(enrolment=enrolment, lesson=lesson).first()
    if done is None and finished:
        try:
            done = lesson_complete(learner=learner, lesson=lesson, score=score)
        except ValidationError:
            return None  # a reflection still to write: the lesson page offers "Mark as done"
    return done


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
    own = [
        statement
        for statement in module_statements([module.pk]).get(module.pk, [])
        if framework_applies_to(statement.domain.level.framework, learner)
    ]
    if own and access.is_staff_member(learner):
        completion.evidence = _completion_evidence(
            completion, progress, own, module_source_key(module.pk)
        )
        completion.save(update_fields=["evidence"])
    return completion


def _completion_evidence(
    completion: ModuleCompletion,
    progress: ModuleProgress,
    statements: list[Statement],
    source_key: str,
) -> Evidence:
    """Evidence of a completed module for `statements`, made once per source key."""
    best = max((s.best_score or 0) for s in progress.lessons) if progress.lessons else 0
    return evidence_submit(
        owner=completion.learner,
        kind=EvidenceKind.MODULE_COMPLETION,
        title=f"Completed module: {completion.module_title}",
        description=(
            f"<p>Completed the module “{completion.module_title}” ({completion.cpd_hours} CPD "
            f"hours){f', knowledge check {best}%' if best else ''}.</p>"
        ),
        occurred_on=timezone.localdate(completion.completed_at),
        statements=statements,
        source_key=source_key,
    )


@transaction.atomic
def completion_evidence_add(
    *, completion: ModuleCompletion, framework: Framework, by: User
) -> Evidence:
    """Add a completed module as evidence for a framework it was offered for (not the
    person's role's, which had it on completion). Only the learner adds it, and only once."""
    if completion.learner_id != by.pk or not access.is_staff_member(by):
        raise PermissionDenied("Only the person who completed the module can add it as evidence.")
    offered = evidence_offers(by, [completion.module_id]).get(completion.module_id, [])
    if framework.pk not in {f.pk for f in offered}:
        raise ValidationError(
            "This module is already evidence for that framework, or does not map to it."
        )
    statements = [
        statement
        for statement in module_statements([completion.module_id])[completion.module_id]
        if statement.domain.level.framework_id == framework.pk
    ]
    progress = module_progress(by, completion.module)
    evidence = _completion_evidence(
        completion, progress, statements, module_source_key(completion.module_id, framework)
    )
    if completion.evidence_id is None:
        completion.evidence = evidence
        completion.save(update_fields=["evidence"])
    return evidence


ASSIGNMENT_NOTE_MAX_LENGTH = 1000


def _check_assignment_note(note: str, identifiers_confirmed: str) -> None:
    if len(note) > ASSIGNMENT_NOTE_MAX_LENGTH:
        raise ValidationError(
            {"note": f"Keep the note to {ASSIGNMENT_NOTE_MAX_LENGTH:,} characters or fewer"}
        )
    identifiers_check({"note": ("Note", note)}, confirmed=identifiers_confirmed)


@transaction.atomic
def assignment_create(
    *,
    module: ModulePage,
    learners: list[User],
    due_date: date,
    assigned_by: User,
    note: str = "",
    identifiers_confirmed: str = "",
) -> list[Assignment]:
    """A team leader assigns a module to team members; they are enrolled and told by email.

    Assigning a module someone already has changes its due date and note; one that was
    cancelled stays cancelled on record and a new assignment is made.
    """
    if due_date < timezone.localdate():
        raise ValidationError({"due_date": "The due date must be today or later"})
    if not learners:
        raise ValidationError({"learners": "Choose at least one person"})
    for learner in learners:
        if not access.can_manage_assignments_of(assigned_by, learner):
            raise PermissionDenied("You can only assign modules to people in teams you lead.")
        if not module.can_be_read_by(learner):
            raise ValidationError({"learners": f"{learner.name} cannot see this module."})
    note = note.strip()
    _check_assignment_note(note, identifiers_confirmed)
    made = []
    for learner in learners:
        assignment, created = Assignment.objects.active().get_or_create(
            module=module,
            learner=learner,
            defaults={"assigned_by": assigned_by, "due_date": due_date, "note": note},
        )
        if not created and (assignment.due_date, assignment.note) != (due_date, note):
            assignment.due_date, assignment.note = due_date, note
            assignment.save(update_fields=["due_date", "note"])
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


def _locked_assignment(assignment: Assignment, by: User) -> Assignment:
    assignment = (
        Assignment.objects.select_for_update().select_related("learner").get(pk=assignment.pk)
    )
    if not access.can_manage_assignments_of(by, assignment.learner):
        raise PermissionDenied("You can only change assignments of people in teams you lead.")
    if assignment.is_cancelled:
        raise ValidationError("This assignment was cancelled, so it can no longer be changed.")
    return assignment


@transaction.atomic
def assignment_update(
    *,
    assignment: Assignment,
    by: User,
    due_date: date,
    note: str = "",
    identifiers_confirmed: str = "",
) -> Assignment:
    """Change an assignment's due date or note. A new due date is today or later; an overdue
    one may be kept as it is while the note changes. The learner is told of a new date."""
    assignment = _locked_assignment(assignment, by)
    if due_date != assignment.due_date and due_date < timezone.localdate():
        raise ValidationError({"due_date": "The due date must be today or later"})
    note = note.strip()
    _check_assignment_note(note, identifiers_confirmed)
    moved = due_date != assignment.due_date
    assignment.due_date, assignment.note = due_date, note
    assignment.save(update_fields=["due_date", "note"])
    if moved:
        learner_id, path = assignment.learner_id, reverse("learning:my-learning")
        transaction.on_commit(
            lambda: notify(
                [learner_id],
                subject="The due date of an assigned module has changed",
                message=f"An assigned module is now due by {due_date:%d %B %Y}.",
                path=path,
            )
        )
    return assignment


@transaction.atomic
def assignment_cancel(*, assignment: Assignment, by: User) -> Assignment:
    """Cancel an assignment. It is kept on record (when, by whom); the learner's enrolment and
    any work they did stay theirs, and the module is no longer shown as assigned."""
    assignment = _locked_assignment(assignment, by)
    assignment.cancelled_at = timezone.now()
    assignment.cancelled_by = by
    assignment.save(update_fields=["cancelled_at", "cancelled_by"])
    return assignment
