"""The editor previews a module in the Wagtail admin (the preview panel, with unsaved
changes) and sees the learner's module page; nothing is saved for the editor."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import rich_text

from assessments.models import Statement
from content.models import LessonPage
from learning.models import Enrolment
from people.enums import CONTENT_EDITOR_GROUP
from tests.factories import UserFactory, build_module, programme_for_tests

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    user = UserFactory(display_name="Ellis Editor")
    user.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return user


def module_form(title: str, statements: list[int] = ()) -> dict:
    return {
        "title": title,
        "slug": "previewed-module",
        "summary": "A summary not saved yet.",
        "learning_outcomes": rich_text("<ul><li>Explain the plan</li></ul>"),
        "for_practitioners": "on",
        "cpd_hours": "1.5",
        "pass_mark": "80",
        "statements": list(statements),
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }


def preview(client, url: str, data: dict):
    posted = client.post(url, data)
    assert posted.json()["is_valid"], posted.json()
    return client.get(url)


def test_preview_of_an_edited_module_is_the_learners_page(client, editor):
    module = build_module(title="Previewed module")
    statement = Statement.objects.filter(
        code="FGCC-B-K-03", domain__level__framework__status="published"
    ).get()
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[module.pk])
    response = preview(client, url, module_form("A title not saved yet", [statement.pk]))
    assert response.status_code == 200
    assert "learning/module_page.html" in [t.name for t in response.templates]
    body = response.content.decode()
    assert "A title not saved yet" in body
    assert "A summary not saved yet." in body
    assert "Previewed module: lesson 1" in body
    assert statement.text in body  # the statement chosen, not yet saved
    assert "Start this module" not in body
    assert not Enrolment.objects.filter(learner=editor).exists()
    module.refresh_from_db()
    assert module.title == "Previewed module"


def test_preview_of_a_draft_module_shows_its_draft_lessons(client, editor):
    module = build_module(title="Draft module")
    module.unpublish()
    LessonPage.objects.child_of(module).first().unpublish()
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[module.pk])
    body = preview(client, url, module_form("Draft module")).content.decode()
    assert "Draft module: lesson 1" in body


def test_preview_of_a_new_module_before_it_is_saved(client, editor):
    client.force_login(editor)
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=["content", "modulepage", programme_for_tests().pk],
    )
    response = preview(client, url, module_form("A module not saved"))
    assert response.status_code == 200
    body = response.content.decode()
    assert "A module not saved" in body
    assert "Test programme" in body  # the programme it will sit in
