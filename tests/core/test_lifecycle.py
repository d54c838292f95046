"""Draft → published → superseded, the same for frameworks and observation templates.

Each test runs through the apps' own services and admin views for both kinds of record.
SQLite has no row locks, so "two editors at once" is played as a stale copy: the second
editor's request holds the row as it was before the first one published.
"""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse

from assessments.frameworks import (
    FRAMEWORK_FORMAT,
    framework_import,
    framework_new_version,
    framework_publish,
)
from assessments.models import Framework
from core.lifecycle import LIFECYCLE_FIELDS, LifecycleStatus, Versioned
from observations.enums import MeetingType
from observations.models import ObservationTemplate
from observations.templates import template_create, template_new_version, template_publish
from people.enums import CONTENT_EDITOR_GROUP
from tests.factories import UserFactory
from tests.observations.conftest import CRITERIA

pytestmark = pytest.mark.django_db


@dataclass
class Kind:
    """One versioned record type, reached only through its app's services and admin."""

    published: Versioned
    publish: Callable[[Versioned], Versioned]
    new_version: Callable[[Versioned], Versioned]
    children: Callable[[Versioned], list]
    empty_draft: Callable[[], Versioned]
    not_ready: str
    url_namespace: str
    index_url_name: str


def framework_children(framework: Framework) -> list:
    return [
        (level.code, level.name, domain.code, domain.name, statement.code, statement.text)
        for level in framework.levels.order_by("order")
        for domain in level.domains.order_by("order")
        for statement in domain.statements.order_by("order")
    ]


def template_children(template: ObservationTemplate) -> list:
    return [
        (c.stage, c.text, c.guidance, sorted(s.code for s in c.statements.all()))
        for c in template.criteria.order_by("sort_order")
    ]


def frameworks() -> Kind:
    return Kind(
        published=Framework.objects.get(code="FGCC", status="published"),
        publish=lambda version: framework_publish(framework=version),
        new_version=lambda version: framework_new_version(framework=version),
        children=framework_children,
        empty_draft=lambda: framework_import(
            {
                "format": FRAMEWORK_FORMAT,
                "code": "EMPTY",
                "name": "Empty framework",
                "applies_to_role": "coordinator",
                "levels": [],
            }
        ),
        not_ready="at least one statement",
        url_namespace="frameworks",
        index_url_name="frameworks:index",
    )


def templates() -> Kind:
    return Kind(
        published=template_create(
            code="fgc-life",
            name="FGC observation",
            description="For conferences.",
            meeting_types=[MeetingType.FGC, MeetingType.REVIEW_FGC],
            criteria=CRITERIA,
            publish=True,
        ),
        publish=lambda version: template_publish(template=version),
        new_version=lambda version: template_new_version(template=version),
        children=template_children,
        empty_draft=lambda: template_create(
            code="empty", name="Empty", meeting_types=[MeetingType.FGC], criteria=[]
        ),
        not_ready="at least one criterion",
        url_namespace="observation_templates",
        index_url_name="observation_templates:list",
    )


@pytest.fixture(params=[frameworks, templates], ids=["framework", "template"])
def kind(request, db) -> Kind:
    return request.param()


@pytest.fixture
def editor(db):
    user = UserFactory(display_name="Ellis Editor")
    user.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return user


def statuses(version: Versioned) -> dict[int, str]:
    """Every version of the code, by number."""
    return dict(type(version).objects.filter(code=version.code).values_list("version", "status"))


def own_fields(version: Versioned) -> dict:
    return {
        field.name: getattr(version, field.name)
        for field in version._meta.concrete_fields
        if not field.primary_key and field.name not in LIFECYCLE_FIELDS
    }


def test_new_version_copies_the_version_as_the_next_draft(kind):
    source = kind.published
    draft = kind.new_version(source)
    assert (draft.version, draft.status, draft.previous_version) == (
        source.version + 1,
        LifecycleStatus.DRAFT,
        source,
    )
    assert draft.published_at is None
    assert own_fields(draft) == own_fields(source)
    assert kind.children(draft) == kind.children(source)
    assert kind.children(draft)
    source.refresh_from_db()
    assert source.status == LifecycleStatus.PUBLISHED


def test_publishing_a_draft_supersedes_the_published_version(kind):
    source = kind.published
    draft = kind.new_version(source)
    published = kind.publish(draft)
    assert published.pk == draft.pk
    assert published.published_at is not None
    assert statuses(source) == {
        source.version: LifecycleStatus.SUPERSEDED,
        draft.version: LifecycleStatus.PUBLISHED,
    }


def test_only_a_draft_publishes(kind):
    source = kind.published
    with pytest.raises(ValidationError, match="Only a draft can be published"):
        kind.publish(source)
    draft = kind.new_version(source)
    kind.publish(draft)
    source.refresh_from_db()
    with pytest.raises(ValidationError, match="Only a draft can be published"):
        kind.publish(source)
    assert statuses(source) == {
        source.version: LifecycleStatus.SUPERSEDED,
        draft.version: LifecycleStatus.PUBLISHED,
    }


def test_a_draft_that_is_not_ready_stays_a_draft(kind):
    draft = kind.empty_draft()
    with pytest.raises(ValidationError, match=kind.not_ready):
        kind.publish(draft)
    draft.refresh_from_db()
    assert draft.status == LifecycleStatus.DRAFT


def test_a_stale_copy_of_a_published_draft_is_refused(kind):
    """Two editors confirm "Publish" on the same draft: the second finds it published."""
    draft = kind.new_version(kind.published)
    second_editors_copy = type(draft).objects.get(pk=draft.pk)
    kind.publish(draft)
    with pytest.raises(ValidationError, match="Only a draft can be published"):
        kind.publish(second_editors_copy)
    assert list(statuses(draft).values()).count(LifecycleStatus.PUBLISHED) == 1
    assert type(draft).objects.get(pk=draft.pk).published_at == draft.published_at


def test_two_drafts_published_in_turn_leave_one_published_version(kind):
    source = kind.published
    first, second = kind.new_version(source), kind.new_version(source)
    assert (first.version, second.version) == (source.version + 1, source.version + 2)
    kind.publish(first)
    kind.publish(second)
    assert statuses(source) == {
        source.version: LifecycleStatus.SUPERSEDED,
        first.version: LifecycleStatus.SUPERSEDED,
        second.version: LifecycleStatus.PUBLISHED,
    }


def test_editor_makes_a_new_version_then_publishes_it_in_the_admin(client, editor, kind):
    source = kind.published
    client.force_login(editor)
    new_version_url = reverse(f"{kind.url_namespace}:new_version", args=[source.pk])
    page = client.get(new_version_url).content.decode()
    assert "Make a new draft version of" in page
    assert f"version {source.version}" in page
    response = client.post(new_version_url, follow=True)
    draft = type(source).objects.get(code=source.code, version=source.version + 1)
    assert f"Version {draft.version} of {draft.name} made as a draft" in response.content.decode()

    listing = client.get(reverse(kind.index_url_name)).content.decode()
    publish_url = reverse(f"{kind.url_namespace}:publish", args=[draft.pk])
    assert publish_url in listing
    assert reverse(f"{kind.url_namespace}:publish", args=[source.pk]) not in listing
    response = client.post(publish_url, follow=True)
    assert f"{draft} published." in response.content.decode()
    assert statuses(source) == {
        source.version: LifecycleStatus.SUPERSEDED,
        draft.version: LifecycleStatus.PUBLISHED,
    }


def test_the_admin_says_why_a_version_was_not_published(client, editor, kind):
    client.force_login(editor)
    published = client.post(
        reverse(f"{kind.url_namespace}:publish", args=[kind.published.pk]), follow=True
    )
    assert "Only a draft can be published" in published.content.decode()
    draft = kind.empty_draft()
    empty = client.post(reverse(f"{kind.url_namespace}:publish", args=[draft.pk]), follow=True)
    assert kind.not_ready in empty.content.decode()
    draft.refresh_from_db()
    assert draft.status == LifecycleStatus.DRAFT


def test_people_who_may_not_add_versions_cannot_take_a_step(client, team_leader, kind):
    client.force_login(team_leader)
    source = kind.published
    for step in ["new_version", "publish"]:
        response = client.post(reverse(f"{kind.url_namespace}:{step}", args=[source.pk]))
        assert response.status_code in {302, 403}
    assert statuses(source) == {source.version: LifecycleStatus.PUBLISHED}
