import pytest

from tests.mentoring.factories import mentoring, session


@pytest.fixture
def relationship(coordinator, expert):
    return mentoring(coordinator, expert)


@pytest.fixture
def held_session(relationship):
    return session(
        relationship,
        topics="Preparing for a training day",
        next_steps="Use the planning worksheet.",
        shared_notes="You chose three moments to talk about.",
        mentor_notes="PRIVATE: some upset, follow up.",
    )
