"""Framework trees are cached between requests; any change to a framework is seen by the
next request (the cache's version is renewed on save and delete)."""

import pytest
from django.urls import reverse

from assessments.frameworks import framework_new_version, framework_publish
from assessments.models import Statement

pytestmark = pytest.mark.django_db

URL = reverse("assessments:my-progression")


def statement_of(framework, code="A"):
    return (
        Statement.objects.filter(domain__level__framework=framework, domain__level__code=code)
        .order_by("domain__order", "order")
        .first()
    )


def test_a_warm_progression_page_reads_no_framework_structure(
    client, practitioner, django_assert_max_num_queries
):
    client.force_login(practitioner)
    with django_assert_max_num_queries(60) as cold:
        client.get(URL)
    with django_assert_max_num_queries(60) as warm:
        client.get(URL)
    tables = ('FROM "assessments_level"', 'FROM "assessments_domain"')
    structure = [q["sql"] for q in warm.captured_queries if any(t in q["sql"] for t in tables)]
    assert structure == []
    assert len(warm.captured_queries) < len(cold.captured_queries)


def test_a_statement_edited_is_seen_by_the_next_request(client, practitioner, framework):
    client.force_login(practitioner)
    statement = statement_of(framework)
    assert statement.text in client.get(URL).content.decode()
    statement.text = "Plans a family meeting with the family at its centre"
    statement.save()
    assert "Plans a family meeting with the family at its centre" in (
        client.get(URL).content.decode()
    )


def test_a_new_version_published_replaces_the_old_on_the_next_request(
    client, practitioner, framework
):
    client.force_login(practitioner)
    client.get(URL)
    draft = framework_new_version(framework=framework)
    statement = statement_of(draft)
    statement.text = "Wording of the second version"
    statement.save()
    assert "Wording of the second version" not in client.get(URL).content.decode()
    framework_publish(framework=draft)
    body = client.get(URL).content.decode()
    assert "Wording of the second version" in body
    assert f'id="framework-{draft.pk}"' in body
    assert f'id="framework-{framework.pk}"' not in body


def test_a_statement_deleted_is_gone_on_the_next_request(client, practitioner, framework):
    client.force_login(practitioner)
    statement = statement_of(framework, "C")
    assert statement.code in client.get(URL).content.decode()
    statement.delete()
    assert statement.code not in client.get(URL).content.decode()
