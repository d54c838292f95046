import re
from importlib import import_module

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.urls import reverse

from assessments.models import Statement
from observations import templates
from observations.enums import MeetingType, ObservationStatus, Stage, TemplateStatus
from observations.forms import RatingScaleField
from observations.models import CriterionRating, ObservationTemplate
from observations.permissions import ObservationTemplatePermissionPolicy
from observations.templates import CriterionInput
from people.enums import CONTENT_EDITOR_GROUP
from tests.factories import UserFactory
from tests.observations.conftest import observation_at, start

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    user = UserFactory(display_name="Ellis Editor")
    user.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return user


def statement(code):
    return Statement.objects.get(code=code, domain__level__framework__status="published")


def test_templates_filter_by_meeting_type(template):
    fnm = templates.template_create(
        code="fnm-test",
        name="FNM",
        meeting_types=[MeetingType.FNM],
        criteria=[CriterionInput(Stage.AGREEING_THE_PLAN, "Safety plan")],
        publish=True,
    )
    fgc = list(ObservationTemplate.objects.for_meeting_type(MeetingType.FGC))
    assert fgc == [template]
    assert list(ObservationTemplate.objects.for_meeting_type(MeetingType.FNM)) == [fnm]
    # "fgc" must not match inside "review_fgc"
    assert list(ObservationTemplate.objects.for_meeting_type(MeetingType.REVIEW_FGC)) == [template]
    assert template.meeting_types == ["fgc", "review_fgc"]


def test_new_version_copies_criteria_and_statements(template):
    copy = templates.template_new_version(template=template)
    assert (copy.code, copy.version, copy.status) == ("fgc-test", 2, TemplateStatus.DRAFT)
    assert copy.previous_version == template
    original = [
        (c.stage, c.text, sorted(s.code for s in c.statements.all()))
        for c in template.criteria.order_by("sort_order")
    ]
    copied = [
        (c.stage, c.text, sorted(s.code for s in c.statements.all()))
        for c in copy.criteria.order_by("sort_order")
    ]
    assert copied == original
    templates.template_publish(template=copy)
    template.refresh_from_db()
    assert template.status == TemplateStatus.SUPERSEDED
    with pytest.raises(ValidationError, match="Only a draft"):
        templates.template_publish(template=copy)


def test_a_used_template_is_frozen(template, coordinator, practitioner):
    policy = ObservationTemplatePermissionPolicy(ObservationTemplate)
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    assert policy.user_has_permission_for_instance(editor, "change", template)
    start(coordinator, practitioner, template)
    assert template.is_frozen()
    assert not policy.user_has_permission_for_instance(editor, "change", template)
    assert not policy.user_has_permission_for_instance(editor, "delete", template)
    template.name = "Renamed"
    with pytest.raises(ValidationError, match="Make a new version instead"):
        template.full_clean()


def test_editor_creates_a_template_with_criteria_in_the_admin(client, editor):
    client.force_login(editor)
    add_url = reverse("observation_templates:add")
    assert client.get(add_url).status_code == 200
    data = {
        "code": "prep-visit",
        "name": "Preparation visit observation",
        "description": "For preparation visits.",
        "meeting_types": ["preparation_visit"],
        "rating_scale": "Not yet | not evidence\nEmerging | evidence\nConfident | evidence",
        "criteria-TOTAL_FORMS": "1",
        "criteria-INITIAL_FORMS": "0",
        "criteria-MIN_NUM_FORMS": "1",
        "criteria-MAX_NUM_FORMS": "1000",
        "criteria-0-stage": "preparation",
        "criteria-0-text": "Explains the conference to the child",
        "criteria-0-guidance": "In words the child understands.",
        "criteria-0-statements": [statement("FGCC-B-S-01").pk, statement("FGCC-C-S-04").pk],
        "criteria-0-ORDER": "1",
        "criteria-0-id": "",
    }
    response = client.post(add_url, data)
    assert response.status_code == 302
    created = ObservationTemplate.objects.get(code="prep-visit")
    assert created.status == TemplateStatus.DRAFT
    assert created.meeting_types == ["preparation_visit"]
    assert created.rating_scale == [
        {"value": "not_yet", "label": "Not yet", "counts_as_evidence": False},
        {"value": "emerging", "label": "Emerging", "counts_as_evidence": True},
        {"value": "confident", "label": "Confident", "counts_as_evidence": True},
    ]
    criterion = created.criteria.get()
    assert sorted(s.code for s in criterion.statements.all()) == ["FGCC-B-S-01", "FGCC-C-S-04"]
    edit_page = client.get(reverse("observation_templates:edit", args=[created.pk]))
    assert "Emerging | evidence" in edit_page.content.decode()

    publish_url = reverse("observation_templates:publish", args=[created.pk])
    assert "Publish" in client.get(publish_url).content.decode()
    client.post(publish_url)
    created.refresh_from_db()
    assert created.is_published


def test_editor_cannot_change_a_used_template_in_the_admin(
    client, editor, template, coordinator, practitioner
):
    start(coordinator, practitioner, template)
    client.force_login(editor)
    edit_url = reverse("observation_templates:edit", args=[template.pk])
    response = client.post(edit_url, {"code": "fgc-test", "name": "Changed"})
    assert "Make a new version instead" in response.content.decode()
    template.refresh_from_db()
    assert template.name == "FGC observation"
    listing = client.get(reverse("observation_templates:list")).content.decode()
    assert "Make a new version" in listing
    client.post(reverse("observation_templates:new_version", args=[template.pk]))
    assert ObservationTemplate.objects.filter(code="fgc-test", version=2).exists()


def test_observations_are_rated_on_the_templates_own_scale(coordinator, practitioner, team_leader):
    scale = [
        {"value": "no", "label": "Not yet", "counts_as_evidence": False},
        {"value": "yes", "label": "Seen", "counts_as_evidence": True},
    ]
    custom = templates.template_create(
        code="custom",
        name="Custom",
        meeting_types=[MeetingType.FGC],
        criteria=[
            CriterionInput(Stage.REFERRAL, "One", "", ("FGCC-B-E-10",)),
            CriterionInput(Stage.REVIEW, "Two", "", ("FGCC-B-E-06",)),
        ],
        rating_scale=scale,
        publish=True,
    )
    observation = observation_at(
        ObservationStatus.SIGNED_OFF,
        coordinator,
        practitioner,
        custom,
        team_leader,
        "no",
        "yes",
        stages_observed=[Stage.REFERRAL, Stage.REVIEW],
    )
    assert [s.code for s in observation.evidence.statements.all()] == ["FGCC-B-E-06"]
    assert custom.evidence_rating_labels() == "Seen"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Only one | evidence", "at least two points"),
        ("A | maybe\nB | evidence", "write “evidence” or “not evidence”"),
        ("A | not evidence\nB | not evidence", "must count as evidence"),
        ("Same | evidence\nSame | evidence", "its own value"),
        ("Not seen | not evidence\nSecure | evidence", "“Not seen” is not a point on the rating"),
    ],
)
def test_rating_scale_field_explains_mistakes(text, message):
    with pytest.raises(ValidationError, match=message):
        RatingScaleField().clean(text)


def test_content_editors_may_manage_templates(editor):
    for codename in ["add", "change", "delete", "view"]:
        assert editor.has_perm(f"observations.{codename}_observationtemplate")


def test_migration_takes_not_seen_off_existing_scales_and_ratings(
    coordinator, practitioner, template
):
    """Templates made before issue 15 had "Not seen" as their lowest point."""
    legacy = [{"value": "not_seen", "label": "Not seen", "counts_as_evidence": False}]
    ObservationTemplate.objects.filter(pk=template.pk).update(
        rating_scale=legacy + template.rating_scale
    )
    observation = start(coordinator, practitioner, template)
    CriterionRating.objects.filter(observation=observation).update(rating="not_seen")
    kept = CriterionRating.objects.filter(observation=observation).first()
    CriterionRating.objects.filter(pk=kept.pk).update(rating="secure")

    import_module("observations.migrations.0004_not_seen_is_no_rating").drop_not_seen(apps, None)

    template.refresh_from_db()
    assert [p["label"] for p in template.rating_scale] == ["Developing", "Secure", "Strong"]
    ratings = sorted(
        CriterionRating.objects.filter(observation=observation).values_list("rating", flat=True)
    )
    assert ratings == ["", "", "", "secure"]


def test_a_used_template_opens_read_only_with_a_notice(
    client, editor, template, coordinator, practitioner
):
    start(coordinator, practitioner, template)
    client.force_login(editor)
    body = client.get(reverse("observation_templates:edit", args=[template.pk])).content.decode()
    assert "Published and in use: this cannot be edited." in body
    assert ObservationTemplate.frozen_message in body
    name_input = re.search(r'<input[^>]*name="name"[^>]*>', body).group(0)
    assert "disabled" in name_input
    criterion_text = re.search(r'<input[^>]*name="criteria-0-text"[^>]*>', body).group(0)
    assert "disabled" in criterion_text
    response = client.post(
        reverse("observation_templates:edit", args=[template.pk]),
        {"code": template.code, "name": "Renamed", "rating_scale": "A | evidence"},
    )
    assert response.status_code == 200
    template.refresh_from_db()
    assert template.name == "FGC observation"


def test_an_unused_template_opens_editable(client, editor, template):
    client.force_login(editor)
    body = client.get(reverse("observation_templates:edit", args=[template.pk])).content.decode()
    assert "Published and in use" not in body
    assert "disabled" not in re.search(r'<input[^>]*name="name"[^>]*>', body).group(0)
