"""Demo learning records: assignments, one module finished, one half done. Via the services.

The reflection the learners write is in demo/data/learning_records.toml.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from content.models import LessonPage, ModulePage
from demo import loaders
from learning.models import Assignment, Enrolment
from learning.services import (
    assignment_create,
    lesson_complete,
    lesson_visit,
    quiz_submit,
    reflection_save,
)
from people.models import User


def _right_answers(lesson: LessonPage) -> dict[str, list[str]]:
    return {
        block.id: [o.id for o in block.value["options"].bound_blocks if o.value["correct"]]
        for block in lesson.questions()
    }


def _work_through(learner: User, module: ModulePage, *, finish: bool, answer: str) -> None:
    lessons = list(LessonPage.objects.child_of(module).live().order_by("path"))
    for lesson in lessons if finish else lessons[:1]:
        lesson_visit(learner=learner, lesson=lesson)
        prompts = lesson.reflection_prompts()
        if prompts:
            reflection_save(
                learner=learner,
                lesson=lesson,
                answers={p.id: answer for p in prompts},
            )
        if lesson.questions():
            quiz_submit(learner=learner, lesson=lesson, answers=_right_answers(lesson))
        else:
            lesson_complete(learner=learner, lesson=lesson)


@transaction.atomic
def seed_learning_records(users: dict[str, User]) -> None:
    modules = {m.slug: m for m in ModulePage.objects.live()}
    answer = loaders.learning_records_texts()["reflection_answer"]
    leader = users["teamleader"]
    stages = modules.get("fgc-stages-and-private-family-time")
    mapping = modules.get("mapping-and-scaling")
    advocates = modules.get("working-with-advocates")
    if stages is None or mapping is None or advocates is None:
        return
    # Sam finished the FGC stages module: certificate, CPD entry and evidence exist.
    sam = users["coordinator"]
    if not Enrolment.objects.filter(learner=sam, module=stages).exists():
        _work_through(sam, stages, finish=True, answer=answer)
    # Priya has two assignments, one started.
    priya = users["practitioner"]
    if not Assignment.objects.filter(learner=priya).exists():
        due = timezone.localdate() + timedelta(days=21)
        assignment_create(module=stages, learners=[priya], due_date=due, assigned_by=leader)
        assignment_create(
            module=mapping, learners=[priya], due_date=due + timedelta(days=30), assigned_by=leader
        )
        _work_through(priya, stages, finish=False, answer=answer)
    # The volunteer advocate has started the module written for advocates.
    volunteer = users["volunteer"]
    if not Enrolment.objects.filter(learner=volunteer, module=advocates).exists():
        _work_through(volunteer, advocates, finish=False, answer=answer)
