import datetime

import pytest
import time_machine
from django.apps import apps
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from assessments.enums import EvidenceStatus
from assessments.models import Decision, Evidence, LevelConfirmation
from learning.models import ModuleCompletion
from observations.models import CoObservation, Observation, ObservationTransition
from people import access
from people.models import Team, User
from reporting import selectors as reporting

pytestmark = pytest.mark.django_db


def snapshot() -> dict[str, int]:
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_label
        in {
            "people",
            "assessments",
            "content",
            "observations",
            "meetings",
            "learning",
            "wagtailcore",
            "auth",
            "taggit",
        }
    }


def test_seed_demo_is_idempotent(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    first = snapshot()
    passwords = dict(User.objects.values_list("username", "password"))
    call_command("seed_demo")
    assert snapshot() == first
    assert dict(User.objects.values_list("username", "password")) == passwords


def test_seed_demo_gives_one_person_per_role(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    users = {u.username: u for u in User.objects.all()}
    assert access.is_staff_member(users["practitioner"])
    assert access.is_coordinator(users["coordinator"])
    assert access.is_team_leader(users["teamleader"])
    assert access.is_service_manager(users["servicemanager"])
    assert access.is_community_member(users["expert"])
    assert access.is_community_member(users["volunteer"])
    assert access.can_edit_content(users["editor"])
    assert users["admin"].is_superuser
    assert users["practitioner"].check_password("practice-circle-demo")
    assert access.can_decide_on(users["teamleader"], users["practitioner"])
    assert not access.can_decide_on(users["teamleader2"], users["practitioner"])


def test_seed_demo_refuses_to_run_with_debug_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG off"):
        call_command("seed_demo")


# The demo across time: every chart and "oldest waiting" figure shows something real. --------


def _nonzero_quarters(trends, label: str) -> int:
    return sum(1 for value in next(t for t in trends if t.label == label).values if value)


def _nothing_after(now) -> None:
    """No record the services stamp carries a moment after `now`, nor a day after today."""
    today = timezone.localdate(now)
    assert not Evidence.objects.filter(submitted_at__gt=now).exists()
    assert not Decision.objects.filter(decided_at__gt=now).exists()
    assert not ModuleCompletion.objects.filter(completed_at__gt=now).exists()
    assert not ObservationTransition.objects.filter(at__gt=now).exists()
    assert not Observation.objects.filter(observed_on__gt=today).exists()
    assert not LevelConfirmation.objects.filter(confirmed_on__gt=today).exists()


def test_seed_demo_spreads_the_history_over_the_last_8_quarters(settings, client):
    settings.DEBUG = True
    call_command("seed_demo")
    today = timezone.localdate()
    north = Team.objects.get(name__startswith="North")
    everyone = list(Team.objects.all())
    team_trends = reporting.quarterly_trends([north])
    service_trends = reporting.quarterly_trends(everyone)
    assert _nonzero_quarters(team_trends, "Module completions") >= 6
    assert _nonzero_quarters(service_trends, "Module completions") == 8
    assert _nonzero_quarters(team_trends, "Observations (shared or later)") >= 6
    assert _nonzero_quarters(service_trends, "Observations (shared or later)") == 8
    assert _nonzero_quarters(service_trends, "Level confirmations") >= 3
    decided_in = {
        reporting.quarter_start(d.date())
        for d in Decision.objects.values_list("decided_at", flat=True)
    }
    assert len(decided_in & set(reporting.previous_quarters(8))) >= 6
    # The waiting figures: the oldest evidence has waited weeks, not since this morning.
    figures = reporting.team_figures([north], reporting.Period.this_quarter())[0]
    assert figures.oldest_evidence_days > 45
    assert figures.evidence_waiting >= 2
    # The practice artefacts claim statements not yet met, so they wait for review (issue 16).
    artefacts = Evidence.objects.exclude(artefact={})
    assert artefacts.count() == 2
    assert set(artefacts.values_list("status", flat=True)) == {EvidenceStatus.PENDING}
    assert figures.observations_awaiting_sign_off >= 1
    assert figures.assignments_overdue >= 1
    # Confirmations are dated in the past, on the day they were made; one live per level.
    for confirmation in LevelConfirmation.objects.all():
        assert confirmation.confirmed_on < today
        assert timezone.localdate(confirmation.created_at) == confirmation.confirmed_on
    live = LevelConfirmation.objects.filter(needs_review=False)
    assert live.count() == len(set(live.values_list("subject_id", "level_id")))
    _nothing_after(timezone.now())
    _as_the_services_make_them()
    client.force_login(User.objects.get(username="teamleader"))
    html = client.get(reverse("reporting:dashboard-team")).content.decode()
    assert "Trends over the last 8 quarters" in html
    _co_observed_and_calibrated(client)


def _co_observed_and_calibrated(client) -> None:
    """One co-observed meeting, both shared and closed: the team leader's calibration
    report has figures (5 of 7 criteria agreed, kappa 16/30), and the side by side shows."""
    pair = CoObservation.objects.get()
    assert pair.both_shared and pair.is_closed
    html = client.get(reverse("observations:calibration-report")).content.decode()
    assert pair.first.observer.name in html and pair.second.observer.name in html
    assert "71%" in html and "0.53" in html
    client.force_login(pair.first.observer)
    html = client.get(reverse("observations:co-observation", args=[pair.pk])).content.decode()
    assert "Ratings side by side" in html and ">Differ<" in html


def _as_the_services_make_them() -> None:
    """The dated records are what the services would have made, in the order they would."""
    # A decision considers only evidence submitted before it.
    for decision in Decision.objects.prefetch_related("evidence"):
        assert all(e.submitted_at <= decision.decided_at for e in decision.evidence.all())
    # Each observation moved forward one step at a time, and its evidence came at sign-off.
    for observation in Observation.objects.prefetch_related("transitions"):
        moments = [t.at for t in observation.transitions.order_by("pk")]
        assert moments == sorted(moments)
        assert all(timezone.localdate(m) >= observation.observed_on for m in moments)
        if observation.evidence_id:
            assert observation.evidence.submitted_at == observation.signed_off_at
    # One certificate per module and learner; its evidence made when it was completed.
    completions = ModuleCompletion.objects.select_related("evidence")
    assert completions.count() == len(set(completions.values_list("learner_id", "module_id")))
    for completion in completions:
        if completion.evidence_id:
            assert completion.evidence.submitted_at == completion.completed_at


def test_seed_demo_on_the_first_day_of_a_quarter(settings):
    """Run any day: on a quarter's first day this quarter's records land on that day."""
    settings.DEBUG = True
    first = timezone.make_aware(datetime.datetime(2027, 1, 1, 12))
    with time_machine.travel(first, tick=False):
        call_command("seed_demo")
        counts = snapshot()
        call_command("seed_demo")
        assert snapshot() == counts
        _nothing_after(first)
        _as_the_services_make_them()
        trends = reporting.quarterly_trends(list(Team.objects.all()))
    assert _nonzero_quarters(trends, "Module completions") == 8
    assert _nonzero_quarters(trends, "Observations (shared or later)") == 8
