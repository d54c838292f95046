"""The resource library: listing, filters and Wagtail search, limited to what the reader
may see on every route (listing, search, direct URL, documents, the API that is not there).

Search runs on the configured database backend: SQLite FTS here, PostgreSQL full text in
the CI run against PostgreSQL.
"""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document

from content import selectors
from content.enums import ResourceKind
from people.enums import CONTENT_EDITOR_GROUP, Audience
from tests.content.factories import resource, resource_library
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PRACTITIONERS_ONLY = (Audience.PRACTITIONERS,)
VOLUNTEERS_ONLY = (Audience.VOLUNTEERS,)
EXPERTS_ONLY = (Audience.EXPERTS_BY_EXPERIENCE,)


def titles(response) -> list[str]:
    return [page.title for page in response.context["results"].object_list]


@pytest.fixture
def mixed_library(db):
    """The same words in resources for each audience, so only the audience rule separates them."""
    return {
        "staff": resource(
            title="Staff guide to private family time",
            audiences=PRACTITIONERS_ONLY,
            body_text="Private family time: professionals leave the room.",
            tags=("private family time",),
        ),
        "volunteers": resource(
            title="Volunteer guide to private family time",
            audiences=VOLUNTEERS_ONLY,
            body_text="Private family time: the family talks alone.",
            tags=("private family time",),
            kind=ResourceKind.TEMPLATE,
        ),
        "experts": resource(
            title="Expert guide to private family time",
            audiences=EXPERTS_ONLY,
            body_text="Private family time: what it felt like.",
            tags=("wellbeing",),
        ),
        "everyone": resource(
            title="Everyone's guide to family plans",
            audiences=(Audience.PRACTITIONERS, Audience.VOLUNTEERS, Audience.EXPERTS_BY_EXPERIENCE),
            body_text="A family plan says who does what by when.",
            tags=("family plan",),
        ),
        "draft": resource(
            title="Draft volunteer guide to private family time",
            audiences=VOLUNTEERS_ONLY,
            body_text="Private family time, not yet published.",
            live=False,
        ),
    }


def test_listing_shows_each_reader_only_their_audience(client, mixed_library, volunteer, expert):
    library = resource_library()
    client.force_login(volunteer)
    assert titles(client.get(library.url)) == [
        "Everyone's guide to family plans",
        "Volunteer guide to private family time",
    ]
    client.force_login(expert)
    assert titles(client.get(library.url)) == [
        "Everyone's guide to family plans",
        "Expert guide to private family time",
    ]


def test_staff_see_practitioner_material(client, mixed_library, practitioner):
    client.force_login(practitioner)
    assert titles(client.get(resource_library().url)) == [
        "Everyone's guide to family plans",
        "Staff guide to private family time",
    ]


def test_search_never_returns_another_audience(client, mixed_library, volunteer):
    client.force_login(volunteer)
    response = client.get(resource_library().url, {"q": "private family time"})
    assert titles(response) == ["Volunteer guide to private family time"]
    body = response.content.decode()
    assert "Staff guide" not in body
    assert "Expert guide" not in body
    assert "Draft volunteer guide" not in body


def test_search_finds_words_in_the_body(client, mixed_library, practitioner):
    client.force_login(practitioner)
    response = client.get(resource_library().url, {"q": "professionals"})
    assert titles(response) == ["Staff guide to private family time"]


def test_search_selector_filters_before_searching(mixed_library, volunteer):
    results = list(selectors.resource_search(volunteer, query="family"))
    assert {page.title for page in results} == {
        "Volunteer guide to private family time",
        "Everyone's guide to family plans",
    }


def test_filters_by_kind_and_tag(client, mixed_library, volunteer):
    client.force_login(volunteer)
    library = resource_library()
    assert titles(client.get(library.url, {"kind": ResourceKind.TEMPLATE})) == [
        "Volunteer guide to private family time"
    ]
    assert titles(client.get(library.url, {"tag": "family-plan"})) == [
        "Everyone's guide to family plans"
    ]


def test_tag_filter_offers_only_tags_of_visible_resources(client, mixed_library, volunteer):
    client.force_login(volunteer)
    response = client.get(resource_library().url)
    offered = dict(response.context["form"].fields["tag"].choices)
    assert "wellbeing" not in offered
    assert {"family-plan", "private-family-time"} <= set(offered)


def test_a_hidden_tag_or_audience_in_the_address_reveals_nothing(client, mixed_library, volunteer):
    client.force_login(volunteer)
    library = resource_library()
    for params in ({"tag": "wellbeing"}, {"audience": Audience.PRACTITIONERS}):
        response = client.get(library.url, params)
        assert response.status_code == 200
        assert "Staff guide" not in response.content.decode()
        assert "Expert guide" not in response.content.decode()


def test_audience_filter_is_offered_to_readers_of_several_audiences(client, mixed_library):
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    client.force_login(editor)
    library = resource_library()
    response = client.get(library.url, {"audience": Audience.EXPERTS_BY_EXPERIENCE})
    assert 'name="audience"' in response.content.decode()
    assert titles(response) == [
        "Everyone's guide to family plans",
        "Expert guide to private family time",
    ]


def test_bad_filter_shows_an_error_summary_and_keeps_what_was_typed(
    client, mixed_library, practitioner
):
    client.force_login(practitioner)
    response = client.get(resource_library().url, {"q": "family", "kind": "nonsense"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "There is a problem" in body
    assert "Choose a kind of resource from the list" in body
    assert 'value="family"' in body


def test_nothing_found_says_so_and_suggests_removing_filters(client, mixed_library, volunteer):
    client.force_login(volunteer)
    response = client.get(
        resource_library().url, {"q": "zebra", "kind": ResourceKind.TEMPLATE, "tag": "family-plan"}
    )
    body = response.content.decode()
    assert titles(response) == []
    assert "No resources found" in body
    assert "removing filters" in body
    assert "remove the topic" in body
    assert "remove the kind" in body


def test_empty_search_lists_everything_visible(client, mixed_library, volunteer):
    client.force_login(volunteer)
    response = client.get(resource_library().url, {"q": "   "})
    assert len(titles(response)) == 2


def test_results_are_paginated(client, volunteer):
    for number in range(23):
        resource(title=f"Guide {number:02}", audiences=VOLUNTEERS_ONLY)
    client.force_login(volunteer)
    library = resource_library()
    first = client.get(library.url)
    assert len(titles(first)) == 20
    assert "Page 1 of 2" in first.content.decode()
    assert len(titles(client.get(library.url, {"page": 2}))) == 3


def test_no_pages_api_for_anyone(client, mixed_library, volunteer):
    """Wagtail's pages API is not enabled, so there is no JSON route to resources at all."""
    assert "wagtail.api.v2" not in settings.INSTALLED_APPS
    client.force_login(volunteer)
    staff_page = mixed_library["staff"]
    for url in (
        "/api/v2/pages/",
        f"/api/v2/pages/{staff_page.pk}/",
        "/api/v2/pages/?type=content.ResourcePage",
        "/api/pages/",
        "/api/v1/resources/",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert staff_page.title not in response.content.decode()


def test_no_json_route_serves_pages_or_resources():
    """The reporting API (/api/v1/) has no resource or page endpoint; one added later must
    filter by audience like content.selectors and be tested here."""
    from tests.people.test_login_required import URLS

    json_routes = [path for path, name in URLS if path.startswith("api/")]
    assert [path for path in json_routes if "resource" in path or "page" in path] == []


# Documents used on resources follow the resources' audiences.


@pytest.fixture
def staff_document(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = Document.objects.create(
        title="Referral template", file=ContentFile(b"bottom lines", name="referral.txt")
    )
    resource(
        audiences=PRACTITIONERS_ONLY,
        body=[{"type": "document", "value": {"document": document.pk}}],
    )
    return document


def test_volunteer_cannot_download_a_staff_document(client, staff_document, volunteer):
    client.force_login(volunteer)
    assert client.get(staff_document.url).status_code == 404


def test_practitioner_downloads_a_staff_document(client, staff_document, practitioner):
    client.force_login(practitioner)
    assert client.get(staff_document.url).status_code == 200


def test_document_also_used_for_volunteers_is_theirs_too(client, staff_document, volunteer):
    resource(
        audiences=VOLUNTEERS_ONLY,
        body=[{"type": "document", "value": {"document": staff_document.pk}}],
    )
    client.force_login(volunteer)
    assert client.get(staff_document.url).status_code == 200


def test_document_on_no_page_needs_sign_in_and_then_does_not_exist(
    client, settings, tmp_path, volunteer
):
    settings.MEDIA_ROOT = tmp_path
    document = Document.objects.create(
        title="Leaflet", file=ContentFile(b"hello", name="leaflet.txt")
    )
    assert client.get(document.url).status_code == 302
    client.force_login(volunteer)
    assert client.get(document.url).status_code == 404


# Query counts: the bound is measured with a few resources and must hold with five times more.


def count_queries(client, url: str, params: dict | None = None) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url, params or {}).status_code == 200
    return len(context.captured_queries)


def add_resources(count: int) -> None:
    for number in range(count):
        resource(
            title=f"Family time note {number}",
            audiences=VOLUNTEERS_ONLY,
            tags=(f"topic {number}", "shared"),
            easy_read="Short." if number % 2 else "",
            body_text="Family time for everyone.",
        )


@pytest.mark.parametrize("params", [{}, {"q": "family"}, {"tag": "shared"}])
def test_library_queries_do_not_grow_with_resources(
    client, volunteer, django_assert_max_num_queries, params
):
    library = resource_library()
    add_resources(3)
    client.force_login(volunteer)
    client.get(library.url)  # warm per-process caches (content types, site root paths)
    bound = count_queries(client, library.url, params)
    add_resources(12)
    client.get(library.url)  # publishing renewed the cached page tree: warm it again
    with django_assert_max_num_queries(bound):
        response = client.get(library.url, params)
    assert len(titles(response)) == 15
