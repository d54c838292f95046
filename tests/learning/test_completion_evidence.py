"""Completing a module is evidence only for frameworks of the learner's own role; the others
it maps to are offered, and added only when the learner chooses."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from assessments.models import Evidence, Framework, Statement
from learning.models import ModuleCompletion
from learning.services import completion_evidence_add
from tests.factories import answers_for, build_module

pytestmark = pytest.mark.django_db


@pytest.fixture
def mapped_module(db):
    statements = list(Statement.objects.filter(code__in=["FGCC-A-K-06", "FGCTL-A-K-01"]))
    assert len(statements) == 2
    return build_module(title="Leading family meetings", statements=statements)


def complete(client, module):
    from content.models import LessonPage

    first, second, check = LessonPage.objects.child_of(module).live().order_by("path")
    client.post(reverse("learning:lesson-complete", args=[first.pk]))
    prompt = second.reflection_prompts()[0].id
    client.post(reverse("learning:reflection-save", args=[second.pk]), {f"r-{prompt}": "Done"})
    client.post(reverse("learning:lesson-complete", args=[second.pk]))
    client.post(reverse("learning:knowledge-check", args=[check.pk]), answers_for(check))
    return ModuleCompletion.objects.get(module=module)


def framework_codes(evidence: Evidence) -> set[str]:
    return {s.domain.level.framework.code for s in evidence.statements.all()}


def test_practitioner_gets_evidence_for_their_framework_only(client, practitioner, mapped_module):
    client.force_login(practitioner)
    completion = complete(client, mapped_module)
    evidence = Evidence.objects.get(owner=practitioner)
    assert framework_codes(evidence) == {"FGCC"}
    assert completion.evidence == evidence

    team_leader_framework = Framework.objects.get(code="FGCTL", status="published")
    certificate = client.get(reverse("learning:certificate", args=[completion.pk]))
    body = certificate.content.decode()
    assert f"This module also maps to statements of the {team_leader_framework.name}" in body
    my_learning = client.get(reverse("learning:my-learning")).content.decode()
    assert "Add it as evidence" in my_learning
    record = client.get(reverse("learning:person-learning", args=[practitioner.pk]))
    assert "Add it as evidence" in record.content.decode()

    response = client.post(
        reverse("learning:completion-evidence", args=[completion.pk]),
        {"framework": team_leader_framework.pk, "next": reverse("learning:my-learning")},
    )
    assert response.url == reverse("learning:my-learning")
    added = Evidence.objects.get(owner=practitioner, source_key__endswith=":FGCTL")
    assert framework_codes(added) == {"FGCTL"}
    assert Evidence.objects.filter(owner=practitioner).count() == 2
    # Offered once: it is gone, and a second post adds nothing.
    assert "Add it as evidence" not in client.get(reverse("learning:my-learning")).content.decode()
    client.post(
        reverse("learning:completion-evidence", args=[completion.pk]),
        {"framework": team_leader_framework.pk},
    )
    assert Evidence.objects.filter(owner=practitioner).count() == 2


def test_team_leader_gets_team_leader_evidence_and_is_offered_the_coordinator_framework(
    client, team_leader, mapped_module
):
    client.force_login(team_leader)
    completion = complete(client, mapped_module)
    assert framework_codes(Evidence.objects.get(owner=team_leader)) == {"FGCTL"}
    coordinator_framework = Framework.objects.get(code="FGCC", status="published")
    body = client.get(reverse("learning:certificate", args=[completion.pk])).content.decode()
    assert coordinator_framework.name in body


def test_only_the_learner_adds_offered_evidence(
    client, practitioner, team_leader, other_practitioner, mapped_module
):
    client.force_login(practitioner)
    completion = complete(client, mapped_module)
    framework = Framework.objects.get(code="FGCTL", status="published")
    url = reverse("learning:completion-evidence", args=[completion.pk])
    for who in (team_leader, other_practitioner):
        client.force_login(who)
        assert client.post(url, {"framework": framework.pk}).status_code == 404
        # Nor is the offer shown to their team leader reading the certificate.
        if who == team_leader:
            page = client.get(reverse("learning:certificate", args=[completion.pk]))
            assert "Add it as evidence" not in page.content.decode()
    client.force_login(practitioner)
    assert client.post(url, {"framework": "not-a-number"}).status_code == 404
    assert client.get(url).status_code == 405
    assert Evidence.objects.filter(owner=practitioner).count() == 1
    with pytest.raises(PermissionDenied):
        completion_evidence_add(completion=completion, framework=framework, by=team_leader)


def test_a_framework_the_module_does_not_map_to_is_refused(client, practitioner):
    module = build_module(statements=list(Statement.objects.filter(code="FGCC-A-K-06")))
    client.force_login(practitioner)
    completion = complete(client, module)
    framework = Framework.objects.get(code="FGCTL", status="published")
    response = client.post(
        reverse("learning:completion-evidence", args=[completion.pk]),
        {"framework": framework.pk},
        follow=True,
    )
    assert "does not map to it" in response.content.decode()
    assert Evidence.objects.filter(owner=practitioner).count() == 1
