import pytest
from django.core.cache import cache

from people.enums import Role
from tests.factories import TeamFactory, member


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the database rolls back between tests, and
    values cached by one test (framework trees, the page tree) must not reach the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def team(db):
    return TeamFactory(name="North team")


@pytest.fixture
def other_team(db):
    return TeamFactory(name="South team")


@pytest.fixture
def practitioner(team):
    return member(team, Role.PRACTITIONER, display_name="Priya Practitioner")


@pytest.fixture
def coordinator(team):
    return member(team, Role.COORDINATOR, display_name="Cal Coordinator")


@pytest.fixture
def team_leader(team):
    return member(team, Role.TEAM_LEADER, display_name="Tess Leader")


@pytest.fixture
def service_manager(other_team):
    return member(other_team, Role.SERVICE_MANAGER, display_name="Sian Manager")


@pytest.fixture
def expert(team):
    return member(team, Role.EXPERT_BY_EXPERIENCE, display_name="Eddie Expert")


@pytest.fixture
def volunteer(team):
    return member(team, Role.VOLUNTEER, display_name="Val Volunteer")


@pytest.fixture
def other_team_leader(other_team):
    return member(other_team, Role.TEAM_LEADER, display_name="Otto Leader")


@pytest.fixture
def other_practitioner(other_team):
    return member(other_team, Role.PRACTITIONER, display_name="Olu Practitioner")
