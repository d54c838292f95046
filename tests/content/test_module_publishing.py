"""A module with no published lesson under it cannot be published from the Wagtail admin;
saving it as a draft is fine."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from content.models import LessonPage, ModulePage
from content.page_forms import NO_LESSONS_MESSAGE
from people.enums import CONTENT_EDITOR_GROUP
from tests.factories import UserFactory, build_module, programme_for_tests

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    user = UserFactory(display_name="Ellis Editor")
    user.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return user


def module_form(title: str = "Working with grandparents", **extra: str) -> dict:
    return {
        "title": title,
        "slug": title.lower().replace(" ", "-"),
        "summary": "About grandparents.",
        "learning_outcomes": rich_text("<ul><li>Explain it</li></ul>"),
        "for_practitioners": "on",
        "cpd_hours": "1.5",
        "pass_mark": "80",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
        **extra,
    }


def add_url() -> str:
    return reverse(
        "wagtailadmin_pages:add", args=["content", "modulepage", programme_for_tests().pk]
    )


def test_a_new_module_cannot_be_published_before_it_has_lessons(client, editor):
    client.force_login(editor)
    response = client.post(add_url(), module_form(**{"action-publish": "action-publish"}))
    assert response.status_code == 200
    assert NO_LESSONS_MESSAGE in response.content.decode()
    assert not ModulePage.objects.filter(slug="working-with-grandparents").exists()


def test_a_new_module_can_be_saved_as_a_draft(client, editor):
    client.force_login(editor)
    response = client.post(add_url(), module_form())
    assert response.status_code == 302
    module = ModulePage.objects.get(slug="working-with-grandparents")
    assert not module.live


def test_an_empty_module_cannot_be_published_on_edit(client, editor):
    module = build_module(title="Empty module", lessons=[])
    module.unpublish()
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    response = client.post(
        edit_url, module_form("Empty module", **{"action-publish": "action-publish"})
    )
    assert response.status_code == 200
    assert NO_LESSONS_MESSAGE in response.content.decode()
    module.refresh_from_db()
    assert not module.live


def test_a_module_whose_lessons_are_drafts_cannot_be_published(client, editor):
    module = build_module(title="Draft lessons", lessons=[[("text", "<p>Hello</p>")]])
    module.unpublish()
    LessonPage.objects.child_of(module).get().unpublish()
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    response = client.post(
        edit_url, module_form("Draft lessons", **{"action-publish": "action-publish"})
    )
    assert NO_LESSONS_MESSAGE in response.content.decode()
    module.refresh_from_db()
    assert not module.live


def test_a_module_with_a_published_lesson_can_be_published(client, editor):
    module = build_module(title="Ready module", lessons=[[("text", "<p>Hello</p>")]])
    module.unpublish()
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[module.pk])
    response = client.post(
        edit_url, module_form("Ready module", **{"action-publish": "action-publish"})
    )
    assert response.status_code == 302
    module.refresh_from_db()
    assert module.live
