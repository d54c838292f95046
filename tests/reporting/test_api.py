import pytest
from django.test import Client
from openapi_spec_validator import validate

from assessments.models import Statement
from assessments.services import DecisionInput, decisions_record
from people.enums import Role
from people.models import ApiToken
from people.services import api_token_create, api_token_hash, api_token_revoke
from tests.factories import member

pytestmark = pytest.mark.django_db


def bearer(client: Client, key: str):
    return lambda url: client.get(url, HTTP_AUTHORIZATION=f"Bearer {key}")


@pytest.fixture
def leader_key(team_leader):
    _, key = api_token_create(user=team_leader, name="Power BI")
    return key


def test_openapi_schema_is_valid_and_public(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    validate(schema)
    assert {"/api/v1/teams/{team_id}/matrix", "/api/v1/observations/summary"} <= set(
        schema["paths"]
    )


def test_api_docs_need_sign_in(client, practitioner):
    response = client.get("/api/v1/docs")
    assert response.status_code == 302
    assert response.url.startswith("/sign-in/")
    client.force_login(practitioner)
    assert client.get("/api/v1/docs").status_code == 200


def test_no_credentials_is_401_not_a_sign_in_page(client):
    response = client.get("/api/v1/teams")
    assert response.status_code == 401
    assert response["Content-Type"].startswith("application/json")


def test_token_is_stored_hashed_and_works(client, team_leader, leader_key, team):
    token = ApiToken.objects.get(user=team_leader)
    assert token.key_hash == api_token_hash(leader_key)
    assert leader_key not in (token.key_hash, token.prefix)
    response = bearer(client, leader_key)("/api/v1/teams")
    assert response.status_code == 200
    assert response.json()["items"] == [{"id": team.pk, "name": team.name, "service": team.service}]
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_revoked_or_wrong_token_is_refused(client, team_leader, leader_key):
    get = bearer(client, leader_key)
    assert get("/api/v1/teams").status_code == 200
    api_token_revoke(token=ApiToken.objects.get(user=team_leader), by=team_leader)
    assert get("/api/v1/teams").status_code == 401
    assert bearer(client, "pc_not-a-real-token")("/api/v1/teams").status_code == 401


def test_token_loses_access_with_the_membership(client, team, team_leader, leader_key):
    from people.models import Membership
    from people.services import membership_end

    membership = Membership.objects.get(user=team_leader, team=team)
    # Ended on its first day, which is in the past: no teams any more.
    membership_end(membership=membership, end_date=membership.start_date)
    assert bearer(client, leader_key)("/api/v1/teams").json()["items"] == []


def test_token_page_makes_shows_once_and_revokes(client, practitioner):
    client.force_login(practitioner)
    response = client.post("/account/api-tokens/", {"name": "Excel"})
    body = response.content.decode()
    assert "Copy it now" in body
    token = ApiToken.objects.get(user=practitioner)
    assert token.prefix in body
    assert "Copy it now" not in client.get("/account/api-tokens/").content.decode()
    client.post(f"/account/api-tokens/{token.pk}/revoke/")
    token.refresh_from_db()
    assert token.revoked_at is not None
    assert (
        "Say what the token is for"
        in client.post("/account/api-tokens/", {"name": ""}).content.decode()
    )


def test_someone_elses_token_cannot_be_revoked(client, practitioner, team_leader, leader_key):
    client.force_login(practitioner)
    token = ApiToken.objects.get(user=team_leader)
    assert client.post(f"/account/api-tokens/{token.pk}/revoke/").status_code == 404
    token.refresh_from_db()
    assert token.revoked_at is None


ENDPOINTS = [
    "/api/v1/frameworks",
    "/api/v1/teams",
    "/api/v1/enrolments",
    "/api/v1/observations/summary",
]


@pytest.mark.parametrize(
    ("who", "expected"),
    [
        (
            "practitioner",
            {
                "/api/v1/frameworks": 200,
                "/api/v1/teams": 200,
                "/api/v1/enrolments": 200,
                "/api/v1/observations/summary": 404,
            },
        ),
        (
            "coordinator",
            {
                "/api/v1/frameworks": 200,
                "/api/v1/teams": 200,
                "/api/v1/enrolments": 200,
                "/api/v1/observations/summary": 404,
            },
        ),
        ("team_leader", dict.fromkeys(ENDPOINTS, 200)),
        ("service_manager", dict.fromkeys(ENDPOINTS, 200)),
        (
            "volunteer",
            {
                "/api/v1/frameworks": 404,
                "/api/v1/teams": 200,
                "/api/v1/enrolments": 404,
                "/api/v1/observations/summary": 404,
            },
        ),
        (
            "expert",
            {
                "/api/v1/frameworks": 404,
                "/api/v1/teams": 200,
                "/api/v1/enrolments": 404,
                "/api/v1/observations/summary": 404,
            },
        ),
    ],
)
def test_every_endpoint_for_every_role(client, request, who, expected):
    client.force_login(request.getfixturevalue(who))
    for url, status in expected.items():
        assert client.get(url).status_code == status, url
    if who in {"practitioner", "coordinator", "volunteer", "expert"}:
        assert client.get("/api/v1/teams").json()["items"] == []


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("practitioner", 200),
        ("team_leader", 200),
        ("service_manager", 200),
        ("coordinator", 404),
        ("other_team_leader", 404),
        ("volunteer", 404),
    ],
)
def test_progression_access(client, request, practitioner, who, status):
    client.force_login(request.getfixturevalue(who))
    assert client.get(f"/api/v1/people/{practitioner.pk}/progression").status_code == status


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("team_leader", 200),
        ("service_manager", 200),
        ("other_team_leader", 404),
        ("practitioner", 404),
    ],
)
def test_matrix_access(client, request, team, who, status):
    client.force_login(request.getfixturevalue(who))
    assert client.get(f"/api/v1/teams/{team.pk}/matrix").status_code == status


def test_matrix_figures_match_the_page(client, team, team_leader, practitioner):
    statements = list(
        Statement.objects.filter(domain__level__framework__code="FGCC", domain__level__code="A")
    )
    decisions_record(
        subject=practitioner,
        decided_by=team_leader,
        decisions=[DecisionInput(s, "met") for s in statements],
    )
    client.force_login(team_leader)
    api_rows = {r["name"]: r for r in client.get(f"/api/v1/teams/{team.pk}/matrix").json()["items"]}
    page_rows = {
        r.person.name: r for r in client.get(f"/team/progression/?team={team.pk}").context["rows"]
    }
    assert set(api_rows) == set(page_rows)
    cell = api_rows[practitioner.name]["cells"][0]
    assert cell["reached_not_confirmed"] == "A"
    assert cell["percent_to_next_level"] == page_rows[practitioner.name].cells[0].percent_to_next


@pytest.mark.parametrize("query", ["page=0", "page=abc", "page_size=0", "page_size=201", "page=-1"])
def test_bad_pagination_is_422_with_a_message(client, team_leader, query):
    client.force_login(team_leader)
    response = client.get(f"/api/v1/teams?{query}")
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][-1] in {"page", "page_size"}


@pytest.mark.parametrize(
    "query",
    [
        "date_from=yesterday",
        "date_to=2026-13-01",
        "team=abc",
        "date_from=2026-05-01&date_to=2026-01-01",
    ],
)
def test_bad_filters_are_422(client, team_leader, query):
    client.force_login(team_leader)
    response = client.get(f"/api/v1/observations/summary?{query}")
    assert response.status_code == 422
    assert response.json()["detail"]


def test_pagination_bounds(client, team, team_leader):
    for _ in range(7):
        member(team, Role.PRACTITIONER)
    client.force_login(team_leader)
    first = client.get(f"/api/v1/teams/{team.pk}/matrix?page_size=3").json()
    assert first["count"] == 7  # the team leader's own row is not in their matrix
    assert len(first["items"]) == 3
    last = client.get(f"/api/v1/teams/{team.pk}/matrix?page_size=3&page=3").json()
    assert len(last["items"]) == 1
    beyond = client.get(f"/api/v1/teams/{team.pk}/matrix?page_size=3&page=99").json()
    assert beyond["items"] == []


def test_observation_summary_never_holds_text(client, team_leader):
    client.force_login(team_leader)
    data = client.get("/api/v1/observations/summary").json()
    assert set(data) == {"total", "by_status", "by_meeting_type", "by_observer", "by_observed"}


def test_matrix_endpoint_queries_stay_flat(
    client, team, team_leader, django_assert_max_num_queries
):
    client.force_login(team_leader)
    for _ in range(5):
        member(team, Role.PRACTITIONER)
    url = f"/api/v1/teams/{team.pk}/matrix?page_size=200"
    with django_assert_max_num_queries(100) as small:
        client.get(url)
    for _ in range(40):
        member(team, Role.PRACTITIONER)
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert len(client.get(url).json()["items"]) == 45


def test_list_endpoints_queries_stay_flat(client, service_manager, django_assert_max_num_queries):
    from tests.reporting.builders import build_service

    client.force_login(service_manager)
    build_service(teams=1, people_per_team=2, seed=1)
    urls = [
        "/api/v1/teams?page_size=200",
        "/api/v1/enrolments?page_size=200",
        "/api/v1/observations/summary",
    ]
    bounds, sizes = {}, {}
    for url in urls:
        with django_assert_max_num_queries(50) as small:
            data = client.get(url).json()
        bounds[url] = len(small.captured_queries)
        sizes[url] = data.get("count", data.get("total"))
    build_service(teams=4, people_per_team=4, seed=2)
    for url, bound in bounds.items():
        with django_assert_max_num_queries(bound):
            data = client.get(url).json()
        assert data.get("count", data.get("total")) > sizes[url], url


def test_framework_list_queries_stay_flat(client, team_leader, django_assert_max_num_queries):
    from assessments.frameworks import framework_export, framework_import
    from assessments.models import Framework

    client.force_login(team_leader)
    url = "/api/v1/frameworks?page_size=200"
    with django_assert_max_num_queries(50) as small:
        before = client.get(url).json()
    source = framework_export(Framework.objects.get(code="FGCC", status="published"))
    for index in range(3):
        framework_import({**source, "code": f"EXTRA{index}"}, publish=True)
    with django_assert_max_num_queries(len(small.captured_queries)):
        after = client.get(url).json()
    assert after["count"] == before["count"] + 3
    extra = next(f for f in after["items"] if f["code"] == "EXTRA0")
    assert extra["levels"][0]["domains"][0]["statements"]


def test_enrolments_read_the_learner_and_module(client, team, team_leader, practitioner):
    from learning.services import enrolment_start
    from tests.factories import build_module

    module = build_module(title="Family network meetings")
    enrolment = enrolment_start(learner=practitioner, module=module)
    client.force_login(team_leader)
    items = client.get(f"/api/v1/enrolments?team={team.pk}&completed=false").json()["items"]
    assert items == [
        {
            "id": enrolment.pk,
            "person_id": practitioner.pk,
            "person_name": "Priya Practitioner",
            "module_id": module.pk,
            "module_title": "Family network meetings",
            "source": "self",
            "enrolled_at": enrolment.enrolled_at.isoformat(),
            "completed_at": None,
        }
    ]
    assert client.get("/api/v1/enrolments?completed=true").json() == {"items": [], "count": 0}
