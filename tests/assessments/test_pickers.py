"""Statement and domain pickers in the Wagtail admin name the framework and level."""

import pytest
from django import forms
from django.contrib.auth.models import Group
from django.urls import reverse

from assessments import frameworks
from assessments.models import Statement
from assessments.pickers import StatementSelectMultiple
from observations import templates
from observations.enums import MeetingType, Stage
from observations.templates import CriterionInput
from people.enums import CONTENT_EDITOR_GROUP
from tests.factories import UserFactory, build_module

pytestmark = pytest.mark.django_db

B_K_03 = "FGCC · Level B · FGCC-B-K-03 — "


@pytest.fixture
def editor(db):
    user = UserFactory(display_name="Ellis Editor")
    user.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return user


def test_the_module_statement_picker_names_framework_and_level(client, editor):
    module = build_module(title="Picker module", lessons=[[("text", "<p>Hello</p>")]])
    client.force_login(editor)
    body = client.get(reverse("wagtailadmin_pages:edit", args=[module.pk])).content.decode()
    assert B_K_03 in body
    assert "FGCTL · Level A · FGCTL-A-" in body


def test_the_criterion_statement_picker_names_framework_and_level(client, editor):
    template = templates.template_create(
        code="picker",
        name="Picker",
        meeting_types=[MeetingType.FGC],
        criteria=[CriterionInput(Stage.REFERRAL, "Reads the referral")],
    )
    client.force_login(editor)
    body = client.get(reverse("observation_templates:edit", args=[template.pk])).content.decode()
    assert B_K_03 in body


def test_the_domain_picker_names_framework_and_level(client, editor, framework):
    statement = Statement.objects.get(code="FGCC-B-K-03", domain__level__framework=framework)
    client.force_login(editor)
    url = reverse("framework_statements:edit", args=[statement.pk])
    body = client.get(url).content.decode()
    assert f"FGCC · Level B · {statement.domain.name}" in body


class Picker(forms.Form):
    statements = forms.ModelMultipleChoiceField(
        queryset=Statement.objects.all(), widget=StatementSelectMultiple
    )


def test_a_draft_version_is_named_as_such(framework):
    frameworks.framework_new_version(framework=framework)
    html = str(Picker()["statements"])
    assert "FGCC v2 (draft) · Level B · FGCC-B-K-03 — " in html
    assert B_K_03 in html


def test_the_labels_take_two_queries_however_many_statements(framework, django_assert_num_queries):
    frameworks.framework_new_version(framework=framework)  # twice the statements
    assert Statement.objects.count() > 100

    form = Picker()
    with django_assert_num_queries(2):  # the choices, then the labels
        html = str(form["statements"])
    assert B_K_03 in html
