"""Shared test data builders. They go through the services wherever a rule applies."""

from datetime import date, timedelta

import factory
from django.utils import timezone

from people.enums import Role
from people.models import Membership, Team, User
from people.services import membership_add, membership_end, user_create

PASSWORD = "a-test-password-123"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"person{n}")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")

    @classmethod
    def _create(cls, model_class: type, *args: object, **kwargs: object) -> User:
        return user_create(password=kwargs.pop("password", PASSWORD), **kwargs)


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Team {n}")
    service = "Family Group Conferences"


def member(
    team: Team,
    role: str = Role.PRACTITIONER,
    user: User | None = None,
    *,
    ended: bool = False,
    **user_fields: object,
) -> User:
    """A person with a role in a team; `ended=True` gives a membership that ended yesterday."""
    user = user or UserFactory(**user_fields)
    today = timezone.localdate()
    membership = membership_add(
        user=user, team=team, role=role, start_date=today - timedelta(days=365)
    )
    if ended:
        membership_end(membership=membership, end_date=today - timedelta(days=1))
    return user


def membership_starting(team: Team, role: str, user: User, start: date) -> Membership:
    return membership_add(user=user, team=team, role=role, start_date=start)
