"""Everything held about one person, for a subject access request (UK GDPR Article 15).

Each section is plain data ready for JSON. Other people appear by name only, on records
shared with the person (the observer of an observation of them, the team leader who
decided); nothing else of theirs is included: not a mentor's private notes about them,
not an observer's unshared draft, not anyone else's own records.
"""

from collections.abc import Callable
from pathlib import PurePath

from django.db.models import Q, QuerySet
from wagtail_lms.models import SCORMAttempt

from assessments.models import Decision, Evidence, LearningPlan, LevelConfirmation
from interop.models import XAPIStatement
from learning.models import Assignment, CPDEntry, Enrolment, ModuleCompletion, Reflection
from meetings.models import MeetingRecord
from mentoring.models import MentoringRelationship, MentoringSession
from people.models import ApiToken, Membership, SingleSignOnIdentity, User
from privacy.h5p_records import h5p_activities
from privacy.observation_records import (
    calibration_discussions,
    observations_by,
    observations_of,
)
from privacy.record_fields import Record
from privacy.record_fields import iso as _iso
from privacy.record_fields import name_of as _name
from privacy.record_fields import plain_text as _text

EVIDENCE_FILES_FOLDER = "evidence-files"


def profile(subject: User) -> Record:
    return {
        "username": subject.username,
        "name": subject.name,
        "display_name": subject.display_name,
        "first_name": subject.first_name,
        "last_name": subject.last_name,
        "email": subject.email,
        "job_title": subject.job_title,
        "account_active": subject.is_active,
        "joined": _iso(subject.date_joined),
        "last_signed_in": _iso(subject.last_login),
        "leaving_date": _iso(subject.left_on),
    }


def memberships(subject: User) -> list[Record]:
    rows = Membership.objects.filter(user=subject).select_related("team").order_by("start_date")
    return [
        {
            "team": m.team.name,
            "service": m.team.service,
            "role": m.get_role_display(),
            "from": _iso(m.start_date),
            "until": _iso(m.end_date),
        }
        for m in rows
    ]


def evidence_file_path(evidence: Evidence) -> str:
    """Where an evidence file sits inside the download: its own folder, its own name."""
    return f"{EVIDENCE_FILES_FOLDER}/{evidence.pk}/{PurePath(evidence.file.name).name}"


def evidence_with_files(subject: User) -> QuerySet[Evidence]:
    return Evidence.objects.filter(owner=subject).exclude(file="").order_by("pk")


def evidence(subject: User) -> list[Record]:
    rows = (
        Evidence.objects.filter(owner=subject)
        .prefetch_related("statements", "returns")
        .order_by("submitted_at", "pk")
    )
    return [
        {
            "id": e.pk,
            "kind": e.get_kind_display(),
            "title": e.title,
            "description": _text(e.description),
            "practice_artefact": dict(e.artefact_answers) if e.is_artefact else None,
            "date": _iso(e.occurred_on),
            "status": e.get_status_display(),
            "statements": [s.code for s in e.statements.all()],
            "submitted": _iso(e.submitted_at),
            "withdrawn": _iso(e.withdrawn_at),
            "returned_for_changes": [
                {"when": _iso(r.returned_at), "reason": r.reason} for r in e.returns.all()
            ],
            "file": evidence_file_path(e) if e.file else None,
        }
        for e in rows
    ]


def decisions_about(subject: User) -> list[Record]:
    rows = (
        Decision.objects.filter(subject=subject)
        .select_related("statement", "decided_by")
        .prefetch_related("evidence")
        .order_by("decided_at", "pk")
    )
    return [
        {
            "statement": d.statement.code,
            "outcome": d.get_outcome_display(),
            "comment": _text(d.comment),
            "decided_by": _name(d.decided_by),
            "decided": _iso(d.decided_at),
            "evidence": [e.pk for e in d.evidence.all()],
        }
        for d in rows
    ]


def level_confirmations(subject: User) -> list[Record]:
    rows = LevelConfirmation.objects.filter(subject=subject).select_related(
        "level__framework", "confirmed_by"
    )
    return [
        {
            "framework": c.level.framework.name,
            "level": c.level.code,
            "confirmed_on": _iso(c.confirmed_on),
            "confirmed_by": _name(c.confirmed_by),
            "comment": c.comment,
            "needs_review": c.needs_review,
            "review_reason": c.review_reason,
        }
        for c in rows
    ]


def learning_plans(subject: User) -> list[Record]:
    rows = LearningPlan.objects.filter(subject=subject).select_related(
        "framework", "target_level", "agreed_by"
    )
    return [
        {
            "framework": p.framework.name,
            "target_level": p.target_level.code,
            "target_date": _iso(p.target_date),
            "agreed_by": _name(p.agreed_by),
            "agreed": _iso(p.agreed_at),
            "notes": _text(p.notes),
        }
        for p in rows
    ]


def reflections(subject: User) -> list[Record]:
    rows = Reflection.objects.filter(learner=subject).select_related("lesson").order_by("pk")
    return [
        {
            "lesson": r.lesson.title,
            "prompt": r.prompt,
            "text": _text(r.text),
            "saved": _iso(r.updated_at),
        }
        for r in rows
    ]


def cpd_entries(subject: User) -> list[Record]:
    return [
        {
            "title": c.title,
            "activity_type": c.get_activity_type_display(),
            "date": _iso(c.activity_date),
            "hours": c.hours,
            "description": c.description,
            "learning": c.learning,
            "impact": c.impact,
            "discussed_with_a_peer": c.peer_reflection,
            "peer_learning": c.peer_learning,
            "recorded": _iso(c.created_at),
        }
        for c in CPDEntry.objects.filter(owner=subject)
    ]


def certificates(subject: User) -> list[Record]:
    """With the public id of each one's Open Badge, where it was made (anyone holding that
    id can check the certificate), and the xAPI statements sent about the person."""
    return [
        {
            "module": c.module_title,
            "cpd_hours": c.cpd_hours,
            "completed": _iso(c.completed_at),
            "open_badge_public_id": str(c.credential.public_id)
            if hasattr(c, "credential")
            else None,
        }
        for c in ModuleCompletion.objects.filter(learner=subject).select_related("credential")
    ]


def xapi_statements(subject: User) -> list[Record]:
    """What was sent (or waits to be sent) to the Learning Record Store about this person."""
    return [
        {"statement": s.payload, "sent": _iso(s.sent_at), "kept": _iso(s.created_at)}
        for s in XAPIStatement.objects.filter(payload__actor__account__name=str(subject.pk))
    ]


def meetings_convened(subject: User) -> list[Record]:
    """The facts recorded about family meetings they convened (never anything identifying)."""
    records = MeetingRecord.objects.filter(coordinator=subject).select_related("team")
    return [
        {
            "team": r.team.name,
            "type": r.get_kind_display(),
            "held": _iso(r.held_on),
            "stage_reached": r.get_stage_reached_display(),
            "referred_by": r.get_referral_source_display(),
            "plan_agreed": r.plan_agreed,
            "child_voice": r.get_child_voice_display(),
            "family_network_attending": r.get_network_band_display(),
            "follow_ups": [
                {
                    "at": f.get_months_display(),
                    "plan_holding": f.get_plan_holding_display(),
                    "escalation_avoided": f.get_escalation_avoided_display(),
                    "child_in_network": f.get_child_in_network_display(),
                }
                for f in r.follow_ups.all()
            ],
        }
        for r in records.prefetch_related("follow_ups")
    ]


def enrolments(subject: User) -> list[Record]:
    rows = (
        Enrolment.objects.filter(learner=subject)
        .select_related("module")
        .prefetch_related("lessons_done__lesson", "attempts__lesson")
    )
    return [
        {
            "module": e.module.title,
            "how": e.get_source_display(),
            "enrolled": _iso(e.enrolled_at),
            "completed": _iso(e.completed_at),
            "lessons_done": [
                {"lesson": done.lesson.title, "done": _iso(done.completed_at), "score": done.score}
                for done in e.lessons_done.all()
            ],
            "knowledge_checks": [
                {
                    "lesson": a.lesson.title,
                    "score": a.score,
                    "passed": a.passed,
                    "submitted": _iso(a.submitted_at),
                }
                for a in e.attempts.all()
            ],
        }
        for e in rows
    ]


def assignments(subject: User) -> list[Record]:
    rows = Assignment.objects.filter(learner=subject).select_related(
        "module", "assigned_by", "cancelled_by"
    )
    return [
        {
            "module": a.module.title,
            "due": _iso(a.due_date),
            "assigned_by": _name(a.assigned_by),
            "assigned": _iso(a.assigned_at),
            "note": a.note,
            "cancelled": _iso(a.cancelled_at),
            "cancelled_by": _name(a.cancelled_by),
        }
        for a in rows
    ]


def _session(session: MentoringSession, *, with_private_notes: bool) -> Record:
    record = {
        "date": _iso(session.date),
        "minutes": session.duration_minutes,
        "topics": session.topics,
        "next_steps": _text(session.next_steps),
        "shared_notes": _text(session.shared_notes),
    }
    if with_private_notes:
        record["private_mentor_notes"] = _text(session.mentor_notes)
    return record


def mentoring(subject: User) -> list[Record]:
    """Mentoring they were in. A mentor's private notes go to the mentor, never the mentee."""
    rows = (
        MentoringRelationship.objects.filter(Q(mentor=subject) | Q(mentee=subject))
        .select_related("mentor", "mentee")
        .prefetch_related("sessions", "recommendations__resource")
        .order_by("start_date", "pk")
    )
    result = []
    for relationship in rows:
        as_mentor = relationship.mentor_id == subject.pk
        result.append(
            {
                "role": "mentor" if as_mentor else "mentee",
                "mentor": _name(relationship.mentor),
                "mentee": _name(relationship.mentee),
                "from": _iso(relationship.start_date),
                "until": _iso(relationship.end_date),
                "sessions": [
                    _session(s, with_private_notes=as_mentor) for s in relationship.sessions.all()
                ],
                "recommended_resources": [
                    {
                        "resource": r.resource.title,
                        "note": r.note,
                        "recommended": _iso(r.created_at),
                    }
                    for r in relationship.recommendations.all()
                ],
            }
        )
    return result


def api_tokens(subject: User) -> list[Record]:
    """Tokens by name and prefix: the stored hash is a secret, and never leaves."""
    return [
        {
            "name": t.name,
            "starts_with": t.prefix,
            "made": _iso(t.created_at),
            "last_used": _iso(t.last_used_at),
            "revoked": _iso(t.revoked_at),
        }
        for t in ApiToken.objects.filter(user=subject)
    ]


def single_sign_on(subject: User) -> list[Record]:
    """The organisation's accounts that sign them in: the provider and their id there."""
    return [
        {
            "provider": i.issuer,
            "your_id_there": i.subject,
            "first_used": _iso(i.created_at),
            "last_used": _iso(i.last_sign_in_at),
        }
        for i in SingleSignOnIdentity.objects.filter(user=subject).order_by("created_at")
    ]


def scorm_courses(subject: User) -> list[Record]:
    """SCORM packages they played (wagtail-lms's attempts), with every value the package kept."""
    rows = (
        SCORMAttempt.objects.filter(user=subject)
        .select_related("scorm_package")
        .prefetch_related("scorm_data")
        .order_by("started_at", "pk")
    )
    return [
        {
            "course": a.scorm_package.title,
            "completion": a.completion_status,
            "success": a.success_status,
            "score": a.score_raw,
            "started": _iso(a.started_at),
            "last_opened": _iso(a.last_accessed),
            "saved_values": {d.key: d.value for d in a.scorm_data.all()},
        }
        for a in rows
    ]


def access_log(subject: User) -> list[Record]:
    """Who looked at their records (people.AccessRecord), as their account page shows it."""
    return [
        {"who": _name(r.viewer), "what": r.get_kind_display(), "page": r.path, "at": _iso(r.at)}
        for r in subject.access_records.select_related("viewer")
    ]


# File name in the download (without .json) → the section's reader, in reading order.
SECTIONS: dict[str, Callable[[User], object]] = {
    "profile": profile,
    "memberships": memberships,
    "evidence": evidence,
    "decisions-about-you": decisions_about,
    "level-confirmations": level_confirmations,
    "learning-plans": learning_plans,
    "observations-of-you": observations_of,
    "observations-by-you": observations_by,
    "calibration-discussions": calibration_discussions,
    "reflections": reflections,
    "cpd-record": cpd_entries,
    "certificates": certificates,
    "xapi-statements": xapi_statements,
    "meetings-convened": meetings_convened,
    "enrolments": enrolments,
    "scorm-courses": scorm_courses,
    "h5p-activities": h5p_activities,
    "assignments": assignments,
    "mentoring": mentoring,
    "api-tokens": api_tokens,
    "single-sign-on": single_sign_on,
    "who-looked-at-your-records": access_log,
}
