"""Demo people and teams for `seed_demo` (demo/data/people.toml). Built with the services,
idempotent: teams are found by name and people by username."""

from django.contrib.auth.models import Group
from django.db import transaction

from demo import loaders
from demo.timeline import Calendar
from people.enums import CONTENT_EDITOR_GROUP
from people.models import Membership, Team, User
from people.services import membership_add, team_create, user_create

DEMO_PASSWORD = "practice-circle-demo"  # noqa: S105 - documented demo sign-in, demo data only


def _email(username: str) -> str:
    return f"{username}@practice-circle.example"


def _admin(display_name: str) -> User:
    admin = User.objects.filter(username="admin").first()
    if admin is None:
        admin = user_create(
            username="admin",
            password=DEMO_PASSWORD,
            display_name=display_name,
            email=_email("admin"),
        )
        admin.is_staff = True
        admin.is_superuser = True
        admin.save(update_fields=["is_staff", "is_superuser"])
    return admin


@transaction.atomic
def seed_people() -> dict[str, User]:
    data = loaders.people()
    teams = {}
    for key, team in data["teams"].items():
        teams[key] = Team.objects.filter(name=team["name"]).first() or team_create(
            name=team["name"], service=team["service"]
        )

    # The teams exist from before the quarters the dashboards chart, so the history fits.
    start = Calendar.now().before_the_charts
    users = {}
    for person in data["people"]:
        username = person["username"]
        user = User.objects.filter(username=username).first() or user_create(
            username=username,
            password=DEMO_PASSWORD,
            display_name=person["display_name"],
            email=_email(username),
            job_title=person["job_title"],
        )
        for membership in person["memberships"]:
            team, role = teams[membership["team"]], membership["role"]
            if not Membership.objects.filter(user=user, team=team, role=role).exists():
                membership_add(user=user, team=team, role=role, start_date=start)
        users[username] = user

    users["editor"].groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    users["admin"] = _admin(data["admin"]["display_name"])
    return users
