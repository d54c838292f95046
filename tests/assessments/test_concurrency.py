"""Ten confirmations of one level at once make one row and no 500 (issue 13, finding 3)."""

from django.urls import reverse
from django.utils import timezone

from assessments.models import LevelConfirmation
from tests.assessments.test_progression import meet
from tests.concurrency import AT_ONCE, CONCURRENT, all_at_once

pytestmark = CONCURRENT


def test_ten_confirmations_at_once_make_one_row_and_no_500(
    team_leader, practitioner, framework, statements_a
):
    level_a = framework.levels.get(code="A")
    meet(practitioner, team_leader, statements_a)
    url = reverse("assessments:level-confirm", args=[practitioner.pk, level_a.pk])
    statuses = all_at_once(team_leader, "post", url, {"confirmed_on": timezone.localdate()})
    # One confirms; the others are told it is already confirmed, on the confirm page.
    assert sorted(statuses) == [200] * (AT_ONCE - 1) + [302]
    assert LevelConfirmation.objects.filter(subject=practitioner, level=level_a).count() == 1
