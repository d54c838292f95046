"""Teams and people for generate_scale_data: leaders, coordinators, practitioners, experts by
experience and volunteers in every team, and one service manager across them all.

Usernames say where a person is (`scale-t01-tl001` leads team 1), so the benchmark can sign
in as the right person for each page. Each team has two team leaders; the service manager
decides on their evidence (people.access.can_decide_on); a few practitioners also coordinate
in the next team.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from demo.scale_common import USERNAME_PREFIX, World, insert, local_day
from people.enums import STAFF_ROLES, Role
from people.models import Membership, Team, User
from people.services import TEAM_ROLE_GROUPS

ABBREVIATIONS = {
    Role.TEAM_LEADER: "tl",
    Role.COORDINATOR: "co",
    Role.PRACTITIONER: "pr",
    Role.EXPERT_BY_EXPERIENCE: "ex",
    Role.VOLUNTEER: "vo",
}
MANAGER_USERNAME = f"{USERNAME_PREFIX}manager"
CROSS_TEAM_EVERY = 40  # every 40th practitioner also coordinates in the next team


@dataclass
class Person:
    user: User
    role: str
    team: Team

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES


@dataclass
class Staffing:
    """Who is where, as the later steps need it."""

    teams: list[Team]
    manager: User
    people: list[Person] = field(default_factory=list)

    def of_team(self, team: Team, *roles: str) -> list[Person]:
        return [p for p in self.people if p.team.pk == team.pk and (not roles or p.role in roles)]

    def deciders_for(self, person: Person) -> list[User]:
        """Who may decide on this person: the leaders of their team; for a team leader, the
        service manager."""
        if person.role == Role.TEAM_LEADER:
            return [self.manager]
        return [
            p.user
            for p in self.of_team(person.team, Role.TEAM_LEADER)
            if p.user.pk != person.user.pk
        ]


def team_roles(size: int) -> list[str]:
    """A team's roles: two leaders, about an eighth coordinators, a few community members."""
    leaders = min(2, size)
    coordinators = max(1, size // 8) if size > leaders else 0
    community = max(1, size // 25) if size > leaders + coordinators + 2 else 0
    practitioners = max(0, size - leaders - coordinators - 2 * community)
    return (
        [Role.TEAM_LEADER] * leaders
        + [Role.COORDINATOR] * coordinators
        + [Role.PRACTITIONER] * practitioners
        + [Role.EXPERT_BY_EXPERIENCE] * community
        + [Role.VOLUNTEER] * community
    )[:size]


def _user(world: World, username: str, role: str, password: str) -> User:
    names = world.texts["people"]
    first = world.rng.choice(names["first_names"])
    last = world.rng.choice(names["last_names"])
    return User(
        username=username,
        first_name=first,
        last_name=last,
        display_name=f"{first} {last}",
        email=f"{username}@{names['email_domain']}",
        job_title=names["job_titles"][role],
        password=password,
        date_joined=world.start - timedelta(days=30),
    )


def _teams(world: World, count: int) -> list[Team]:
    texts = world.texts["teams"]
    places = texts["places"]
    teams = [
        Team(
            name=texts["name"].format(place=places[i % len(places)], number=i + 1),
            service=texts["service"],
        )
        for i in range(count)
    ]
    return insert(Team, teams, world)


def _people(world: World, teams: list[Team], total: int, password: str) -> list[Person]:
    sizes = [total // len(teams) + (1 if i < total % len(teams) else 0) for i in range(len(teams))]
    people = []
    for number, (team, size) in enumerate(zip(teams, sizes, strict=True), start=1):
        counters: dict[str, int] = {}
        for role in team_roles(size):
            counters[role] = counters.get(role, 0) + 1
            username = f"{USERNAME_PREFIX}t{number:02d}-{ABBREVIATIONS[role]}{counters[role]:03d}"
            people.append(Person(_user(world, username, role, password), role, team))
    insert(User, [person.user for person in people], world, share=0.6)
    return people


def _memberships(world: World, staffing: Staffing) -> list[Membership]:
    since = local_day(world.start) - timedelta(days=30)
    rows = [
        Membership(user=p.user, team=p.team, role=p.role, start_date=since) for p in staffing.people
    ]
    rows += [
        Membership(user=staffing.manager, team=team, role=Role.SERVICE_MANAGER, start_date=since)
        for team in staffing.teams
    ]
    practitioners = [p for p in staffing.people if p.role == Role.PRACTITIONER]
    if len(staffing.teams) > 1:
        for person in practitioners[CROSS_TEAM_EVERY - 1 :: CROSS_TEAM_EVERY]:
            index = staffing.teams.index(person.team)
            other = staffing.teams[(index + 1) % len(staffing.teams)]
            rows.append(
                Membership(user=person.user, team=other, role=Role.COORDINATOR, start_date=since)
            )
    return insert(Membership, rows, world, start=0.6, share=0.3)


def _role_groups(memberships: list[Membership]) -> None:
    """What people.services.user_groups_sync gives: a group per role held."""
    groups = {
        group.name: group for group in Group.objects.filter(name__in=TEAM_ROLE_GROUPS.values())
    }
    pairs = {(m.user_id, groups[TEAM_ROLE_GROUPS[m.role]].pk) for m in memberships}
    through = User.groups.through
    through.objects.bulk_create(
        [through(user_id=user_id, group_id=group_id) for user_id, group_id in sorted(pairs)],
        batch_size=2000,
    )


def generate_people(world: World, *, people: int, teams: int, password: str = "") -> Staffing:
    """Teams, people, memberships and role groups. `people` counts the service manager."""
    hashed = make_password(password or None)
    team_rows = _teams(world, teams)
    manager = _user(world, MANAGER_USERNAME, Role.SERVICE_MANAGER, hashed)
    manager.save()
    staffing = Staffing(teams=team_rows, manager=manager)
    staffing.people = _people(world, team_rows, max(people - 1, len(team_rows)), hashed)
    _role_groups(_memberships(world, staffing))
    world.progress.within(1.0)
    return staffing
