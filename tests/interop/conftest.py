import pytest

from content.models import LessonPage
from learning import services as learning
from tests.factories import answers_for, build_module, question


def two_lesson_module():
    return build_module(
        title="Strengths and worries",
        lessons=[
            [("text", "<p>Three columns.</p>")],
            [question("What comes first?", [("Strengths", True), ("Worries", False)])],
        ],
    )


def complete_module(learner, module):
    """Through the learner's own services: enrol, read, pass the check."""
    text_lesson, check = LessonPage.objects.child_of(module).live().order_by("path")
    learning.enrolment_start(learner=learner, module=module)
    learning.lesson_complete(learner=learner, lesson=text_lesson)
    learning.quiz_submit(
        learner=learner,
        lesson=check,
        answers={key.removeprefix("q-"): chosen for key, chosen in answers_for(check).items()},
    )
    return learner.module_completions.get(module=module)


@pytest.fixture
def module(db):
    return two_lesson_module()


@pytest.fixture
def completion(practitioner, module):
    return complete_module(practitioner, module)
