import pytest
from django.apps import apps
from django.core.management import CommandError, call_command

from people import access
from people.models import User

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
