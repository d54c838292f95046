"""Demo people and teams for `seed_demo`. Built with the services, idempotent."""

from datetime import date

from django.contrib.auth.models import Group
from django.db import transaction

from people.enums import CONTENT_EDITOR_GROUP, Role
from people.models import Membership, Team, User
from people.services import membership_add, team_create, user_create

DEMO_PASSWORD = "practice-circle-demo"  # noqa: S105 - documented demo sign-in, demo data only

TEAMS = {
    "north": ("North Family Group Conference team", "Family Group Conferences"),
    "south": ("South Family Network Meeting team", "Family Network Meetings"),
}

# username, display name, job title, [(team key, role)]
PEOPLE = [
    ("practitioner", "Priya Shah", "FGC coordinator", [("north", Role.PRACTITIONER)]),
    ("coordinator", "Sam Okafor", "Senior FGC coordinator", [("north", Role.COORDINATOR)]),
    ("teamleader", "Tess Morgan", "FGC team leader", [("north", Role.TEAM_LEADER)]),
    (
        "servicemanager",
        "Marcus Reid",
        "Service manager, Family Group Decision Making",
        [("north", Role.SERVICE_MANAGER), ("south", Role.SERVICE_MANAGER)],
    ),
    ("expert", "Jo Brennan", "Expert by experience", [("north", Role.EXPERT_BY_EXPERIENCE)]),
    ("volunteer", "Alex Kim", "Volunteer advocate", [("north", Role.VOLUNTEER)]),
    ("editor", "Ellis Grant", "Learning and development officer", []),
    ("teamleader2", "Rowan Hughes", "FNM team leader", [("south", Role.TEAM_LEADER)]),
    ("practitioner2", "Dev Patel", "Social worker", [("south", Role.PRACTITIONER)]),
    (
        "coordinator2",
        "Nia Roberts",
        "FGC coordinator",
        [("north", Role.COORDINATOR), ("south", Role.PRACTITIONER)],
    ),
]

MEMBERSHIP_START = date(2025, 4, 1)


@transaction.atomic
def seed_people() -> dict[str, User]:
    teams = {}
    for key, (name, service) in TEAMS.items():
        teams[key] = Team.objects.filter(name=name).first() or team_create(
            name=name, service=service
        )

    users = {}
    for username, display_name, job_title, memberships in PEOPLE:
        user = User.objects.filter(username=username).first() or user_create(
            username=username,
            password=DEMO_PASSWORD,
            display_name=display_name,
            email=f"{username}@practice-circle.example",
            job_title=job_title,
        )
        for team_key, role in memberships:
            exists = Membership.objects.filter(user=user, team=teams[team_key], role=role).exists()
            if not exists:
                membership_add(
                    user=user, team=teams[team_key], role=role, start_date=MEMBERSHIP_START
                )
        users[username] = user

    users["editor"].groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    admin = User.objects.filter(username="admin").first()
    if admin is None:
        admin = user_create(
            username="admin",
            password=DEMO_PASSWORD,
            display_name="Site administrator",
            email="admin@practice-circle.example",
        )
        admin.is_staff = True
        admin.is_superuser = True
        admin.save(update_fields=["is_staff", "is_superuser"])
    users["admin"] = admin
    return users
