"""Where the resource library is (every page's navigation) is cached between requests, and
publishing, unpublishing, renaming or moving it is seen by the next request."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from content.models import ResourceIndexPage
from tests.content.factories import resource_library

pytestmark = pytest.mark.django_db

URL = reverse("learning:my-learning")


def nav_links(client) -> str:
    return client.get(URL).content.decode()


def test_the_library_address_is_read_once_then_cached(
    client, practitioner, django_assert_max_num_queries
):
    resource_library()
    client.force_login(practitioner)
    with django_assert_max_num_queries(80) as cold:
        assert 'href="/resources/"' in nav_links(client)
    with django_assert_max_num_queries(80) as warm:
        assert 'href="/resources/"' in nav_links(client)
    library_reads = [q for q in warm.captured_queries if '"content_resourceindexpage"' in q["sql"]]
    assert library_reads == []
    assert len(warm.captured_queries) < len(cold.captured_queries)


def test_unpublishing_and_republishing_the_library_is_seen_at_once(client, practitioner):
    library = resource_library()
    client.force_login(practitioner)
    assert 'href="/resources/"' in nav_links(client)
    library.unpublish()
    assert 'href="/resources/"' not in nav_links(client)
    library.slug = "library"
    library.save_revision().publish()
    body = nav_links(client)
    assert 'href="/library/"' in body
    assert 'href="/resources/"' not in body


def test_moving_the_library_is_seen_at_once(client, practitioner):
    library = resource_library()
    client.force_login(practitioner)
    assert 'href="/resources/"' in nav_links(client)
    home = Site.objects.get(is_default_site=True).root_page
    shelf = home.add_child(instance=ResourceIndexPage(title="Shelf", slug="shelf", live=False))
    library.move(shelf, pos="last-child")
    assert 'href="/shelf/resources/"' in nav_links(client)


def test_a_library_added_in_code_appears_at_once(client, practitioner):
    client.force_login(practitioner)
    assert 'href="/resources/"' not in nav_links(client)
    resource_library()
    assert 'href="/resources/"' in nav_links(client)
