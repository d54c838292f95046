"""Mentoring services: the rules hold whoever calls them."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from mentoring import services
from mentoring.models import MentoringSession, ResourceRecommendation
from people.enums import Audience, Role
from tests.content.factories import resource
from tests.factories import member
from tests.mentoring.factories import mentoring, session

pytestmark = pytest.mark.django_db


def test_coordinator_starts_mentoring(coordinator, expert):
    relationship = mentoring(coordinator, expert)
    assert relationship.is_active()
    assert relationship.mentor == coordinator


def test_only_a_coordinator_of_the_mentee_may_start(practitioner, team_leader, expert):
    for mentor in (practitioner, team_leader):
        with pytest.raises(PermissionDenied):
            mentoring(mentor, expert)


def test_a_mentee_has_one_current_mentor(team, coordinator, expert):
    mentoring(coordinator, expert)
    with pytest.raises(ValidationError):
        mentoring(member(team, Role.COORDINATOR), expert)


def test_notes_are_sanitised_on_save(relationship):
    recorded = session(
        relationship,
        shared_notes="Fine <script>alert(1)</script>\n\nSecond <b>para</b>",
        mentor_notes='<img src=x onerror="alert(1)">',
        next_steps="Read https://example.org/guide",
    )
    recorded.refresh_from_db()
    assert "<script>" not in recorded.shared_notes
    assert "&lt;script&gt;" in recorded.shared_notes
    assert recorded.shared_notes.startswith("<p>Fine")
    assert "<p>Second &lt;b&gt;para&lt;/b&gt;</p>" in recorded.shared_notes
    assert "<img" not in recorded.mentor_notes
    # A typed URL stays text: core/sanitize.py does not turn bare URLs into links.
    assert recorded.next_steps == "<p>Read https://example.org/guide</p>"


def test_only_the_mentor_records_and_edits(relationship, held_session, team_leader, expert):
    for other in (team_leader, expert):
        with pytest.raises(PermissionDenied):
            services.mentoring_session_record(
                relationship=relationship,
                by=other,
                date=timezone.localdate(),
                duration_minutes=30,
                topics="Anything",
            )
        with pytest.raises(PermissionDenied):
            services.mentoring_session_update(
                session=held_session,
                by=other,
                date=held_session.date,
                duration_minutes=30,
                topics="Changed",
            )


def test_session_must_fall_within_the_mentoring(relationship):
    with pytest.raises(ValidationError) as error:
        session(relationship, days_from_today=-365)
    assert "date" in error.value.message_dict
    assert not MentoringSession.objects.exists()


def test_session_length_is_checked(relationship):
    with pytest.raises(ValidationError):
        services.mentoring_session_record(
            relationship=relationship,
            by=relationship.mentor,
            date=timezone.localdate(),
            duration_minutes=2,
            topics="Too short",
        )


def test_mentoring_cannot_end_before_a_recorded_session(relationship):
    session(relationship, days_from_today=7)
    with pytest.raises(ValidationError) as error:
        services.mentoring_relationship_end(
            relationship=relationship, by=relationship.mentor, end_date=timezone.localdate()
        )
    assert "end_date" in error.value.message_dict


def test_ending_frees_the_mentee_for_a_new_mentor(team, relationship):
    yesterday = timezone.localdate() - timedelta(days=1)
    services.mentoring_relationship_end(
        relationship=relationship, by=relationship.mentor, end_date=yesterday
    )
    assert not relationship.is_active()
    new = mentoring(member(team, Role.COORDINATOR), relationship.mentee, days_ago=0)
    assert new.is_active()


def test_recommend_only_what_the_mentee_may_read(relationship):
    readable = resource(audiences=(Audience.EXPERTS_BY_EXPERIENCE,))
    staff_only = resource(audiences=(Audience.PRACTITIONERS,))
    draft = resource(audiences=(Audience.EXPERTS_BY_EXPERIENCE,), live=False)
    services.resource_recommend(
        relationship=relationship, by=relationship.mentor, resource=readable
    )
    for hidden in (staff_only, draft):
        with pytest.raises(ValidationError) as error:
            services.resource_recommend(
                relationship=relationship, by=relationship.mentor, resource=hidden
            )
        assert "resource" in error.value.message_dict
    with pytest.raises(ValidationError):
        services.resource_recommend(
            relationship=relationship, by=relationship.mentor, resource=readable
        )
    assert ResourceRecommendation.objects.count() == 1


def test_only_the_mentor_withdraws_a_recommendation(relationship, expert):
    recommendation = services.resource_recommend(
        relationship=relationship,
        by=relationship.mentor,
        resource=resource(audiences=(Audience.EXPERTS_BY_EXPERIENCE,)),
    )
    with pytest.raises(PermissionDenied):
        services.resource_recommendation_withdraw(recommendation=recommendation, by=expert)
    services.resource_recommendation_withdraw(recommendation=recommendation, by=relationship.mentor)
    assert not ResourceRecommendation.objects.exists()
