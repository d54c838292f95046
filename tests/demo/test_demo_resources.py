"""seed_demo builds a resource library and mentoring that the demo sign-ins can explore."""

import pytest
from django.core.management import call_command

from content.models import ResourcePage
from content.selectors import resources_due_for_review, resources_visible_to
from mentoring.models import MentoringRelationship, MentoringSession, ResourceRecommendation
from people.enums import Audience
from people.models import User

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    return {user.username: user for user in User.objects.all()}


def test_at_least_twelve_resources_across_the_three_audiences(seeded):
    resources = ResourcePage.objects.live()
    assert resources.count() >= 12
    for audience in Audience:
        assert any(audience in page.audiences for page in resources), audience
    assert any(page.easy_read for page in resources)
    assert resources_due_for_review().exists()


def test_each_demo_person_reads_their_own_material(seeded):
    volunteer = set(resources_visible_to(seeded["volunteer"]).values_list("slug", flat=True))
    expert = set(resources_visible_to(seeded["expert"]).values_list("slug", flat=True))
    staff = set(resources_visible_to(seeded["practitioner"]).values_list("slug", flat=True))
    assert "being-an-advocate-for-a-child" in volunteer
    assert "being-an-expert-by-experience-on-a-training-day" in expert
    assert "mapping-the-family-network" in staff
    assert "mapping-the-family-network" not in volunteer | expert
    assert "planning-what-you-share" not in volunteer


def test_demo_coordinator_mentors_the_expert_and_the_volunteer(seeded):
    mentees = set(
        MentoringRelationship.objects.filter(mentor=seeded["coordinator"]).values_list(
            "mentee__username", flat=True
        )
    )
    assert mentees == {"expert", "volunteer"}
    assert MentoringSession.objects.count() >= 6
    assert ResourceRecommendation.objects.count() >= 3
