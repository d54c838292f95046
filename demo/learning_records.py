"""Demo learning records: modules finished over the last 8 quarters (each completion's
evidence reviewed by a team leader), assignments, modules half done. Via the services, each
step on its own day (demo/timeline.py).

The reflection the learners write is in demo/data/learning_records.toml.
"""

from datetime import date, timedelta

from django.db import transaction

from content.models import LessonPage, ModulePage
from demo import loaders
from demo.timeline import Calendar, on, review
from learning.models import Assignment, Enrolment, ModuleCompletion
from learning.scorm import runtime_save
from learning.services import (
    assignment_create,
    lesson_complete,
    lesson_visit,
    quiz_submit,
    reflection_save,
)
from people.models import User

# Who finished which module, when: (learner, module slug, quarters back, day of the quarter),
# oldest first, and the team leader who reviewed the evidence it made. Every charted quarter
# has a completion, and the North team's in all but one.
COMPLETIONS = (
    ("coordinator", "fgc-stages-and-private-family-time", 7, 20, "teamleader"),
    ("practitioner2", "mapping-and-scaling", 6, 30, "teamleader2"),
    ("coordinator2", "mapping-and-scaling", 5, 15, "teamleader"),
    ("coordinator", "trauma-informed-preparation", 4, 40, "teamleader"),
    ("coordinator2", "fgc-stages-and-private-family-time", 3, 25, "teamleader"),
    ("practitioner2", "tools-with-children", 2, 35, "teamleader2"),
    ("coordinator", "working-with-advocates", 2, 60, "teamleader"),
    ("coordinator2", "tools-with-children", 1, 10, "teamleader"),
    ("coordinator", "split-and-co-convened-meetings", 0, 5, "teamleader"),
)
# Days from finishing a module to the team leader's decision on its evidence.
REVIEW_DAYS = 10


def _right_answers(lesson: LessonPage) -> dict[str, list[str]]:
    return {
        block.id: [o.id for o in block.value["options"].bound_blocks if o.value["correct"]]
        for block in lesson.questions()
    }


SCORM_PLAYED_THROUGH = {"cmi.core.lesson_status": "passed", "cmi.core.score.raw": "90"}


def _work_through(
    learner: User, module: ModulePage, *, finish: bool, answer: str, day: date, calendar: Calendar
) -> date:
    """A lesson a day from `day`; the day the last one was done."""
    lessons = list(LessonPage.objects.child_of(module).live().order_by("path"))
    for lesson in lessons if finish else lessons[:1]:
        with on(day):
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
            elif lesson.scorm_package_id:
                # What the course's player would have sent when it was played to the end.
                runtime_save(learner=learner, lesson=lesson, values=SCORM_PLAYED_THROUGH)
            else:
                lesson_complete(learner=learner, lesson=lesson)
        last, day = day, calendar.after(day, 1)
    return last


def _finished_modules(
    users: dict[str, User], modules: dict[str, ModulePage], answer: str, calendar: Calendar
) -> None:
    """Each completion in COMPLETIONS once; its evidence decided on by the team leader."""
    comment = loaders.progression_texts()["met_comment"]
    for username, slug, back, day, leader in COMPLETIONS:
        learner, module = users[username], modules.get(slug)
        if module is None or Enrolment.objects.filter(learner=learner, module=module).exists():
            continue
        start = calendar.quarter(back, day)
        done = _work_through(
            learner, module, finish=True, answer=answer, day=start, calendar=calendar
        )
        completion = ModuleCompletion.objects.filter(learner=learner, module=module).first()
        if completion is not None:
            review(completion.evidence, users[leader], calendar.after(done, REVIEW_DAYS), comment)


@transaction.atomic
def seed_learning_records(users: dict[str, User]) -> None:
    modules = {m.slug: m for m in ModulePage.objects.live()}
    answer = loaders.learning_records_texts()["reflection_answer"]
    calendar = Calendar.now()
    leader = users["teamleader"]
    stages = modules.get("fgc-stages-and-private-family-time")
    mapping = modules.get("mapping-and-scaling")
    advocates = modules.get("working-with-advocates")
    if stages is None or mapping is None or advocates is None:
        return
    _finished_modules(users, modules, answer, calendar)
    # Priya has two assignments, one started; the other is now overdue.
    priya = users["practitioner"]
    if not Assignment.objects.filter(learner=priya).exists():
        with on(calendar.ago(45)):
            due = calendar.today + timedelta(days=21)
            assignment_create(module=stages, learners=[priya], due_date=due, assigned_by=leader)
            overdue = calendar.ago(10)
            assignment_create(
                module=mapping, learners=[priya], due_date=overdue, assigned_by=leader
            )
        _work_through(
            priya, stages, finish=False, answer=answer, day=calendar.ago(40), calendar=calendar
        )
    # The volunteer advocate has started the module written for advocates.
    volunteer = users["volunteer"]
    if not Enrolment.objects.filter(learner=volunteer, module=advocates).exists():
        _work_through(
            volunteer,
            advocates,
            finish=False,
            answer=answer,
            day=calendar.ago(25),
            calendar=calendar,
        )
