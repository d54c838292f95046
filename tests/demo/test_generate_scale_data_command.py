"""The generate_scale_data command refuses what it must not do, before it writes anything."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from people.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_refuses_a_database_with_people_it_did_not_create():
    UserFactory(username="a-real-person")
    with pytest.raises(CommandError, match="did not create"):
        call_command("generate_scale_data", "--people", "4", "--teams", "1", stdout=StringIO())
    assert User.objects.count() == 1


def test_refuses_sizes_it_cannot_make():
    with pytest.raises(CommandError, match="two people per team"):
        call_command("generate_scale_data", "--people", "3", "--teams", "2", stdout=StringIO())


def test_refuses_a_database_it_already_filled():
    UserFactory(username="scale-t01-pr001")
    with pytest.raises(CommandError, match="already holds generated data"):
        call_command("generate_scale_data", "--people", "4", "--teams", "1", stdout=StringIO())
    assert User.objects.count() == 1
