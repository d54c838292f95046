"""The subject access download's observation sections (privacy.selectors.SECTIONS names
them): observations of the person, observations they made, and their calibration pairs."""

from django.db.models import Prefetch, Q, QuerySet

from observations.enums import ObservationStatus
from observations.models import (
    Addendum,
    CoObservation,
    CriterionRating,
    Observation,
    ObservationTransition,
)
from people.models import User
from privacy.record_fields import Record
from privacy.record_fields import iso as _iso
from privacy.record_fields import name_of as _name
from privacy.record_fields import plain_text as _text


def _observations() -> QuerySet[Observation]:
    return (
        Observation.objects.select_related("template", "observer", "observed", "signed_off_by")
        .prefetch_related(
            Prefetch("ratings", queryset=CriterionRating.objects.select_related("criterion")),
            Prefetch("transitions", queryset=ObservationTransition.objects.select_related("by")),
            Prefetch("addenda", queryset=Addendum.objects.select_related("author")),
        )
        .order_by("observed_on", "pk")
    )


def _observation(o: Observation) -> Record:
    labels = o.template.rating_labels
    return {
        "id": o.pk,
        "observer": _name(o.observer),
        "observed": _name(o.observed),
        "date": _iso(o.observed_on),
        "meeting_type": o.get_meeting_type_display(),
        "stages_observed": o.stage_labels(),
        "template": str(o.template),
        "status": o.get_status_display(),
        "ratings": [
            {
                "criterion": r.criterion.text,
                "rating": labels.get(r.rating, r.rating),
                "comment": _text(r.comment),
            }
            for r in o.ratings.all()
        ],
        "strengths": _text(o.strengths),
        "development_points": _text(o.development_points),
        "agreed_actions": _text(o.agreed_actions),
        "family_voice": _text(o.family_voice),
        "response": _text(o.response),
        "signed_off_by": _name(o.signed_off_by),
        "signed_off": _iso(o.signed_off_at),
        "history": [
            {"from": t.from_status, "to": t.to_status, "by": _name(t.by), "at": _iso(t.at)}
            for t in o.transitions.all()
        ],
        "addenda": [
            {"author": _name(a.author), "text": _text(a.text), "added": _iso(a.created_at)}
            for a in o.addenda.all()
        ],
    }


def observations_of(subject: User) -> list[Record]:
    """Observations of their practice once shared with them; an observer's draft is the
    observer's alone until shared (and deleted if never shared)."""
    rows = _observations().filter(observed=subject).exclude(status=ObservationStatus.DRAFT)
    return [_observation(o) for o in rows]


def observations_by(subject: User) -> list[Record]:
    return [_observation(o) for o in _observations().filter(observer=subject)]


def calibration_discussions(subject: User) -> list[Record]:
    """Meetings they observed with a second observer: both observations' ids, and the
    calibration discussion note that closed the pair. The observed person reads each
    observation, not the comparison (people.access.can_view_co_observation)."""
    pairs = (
        CoObservation.objects.filter(Q(first__observer=subject) | Q(second__observer=subject))
        .select_related("first__observer", "second__observer", "first__observed", "closed_by")
        .order_by("first__observed_on", "pk")
    )
    return [
        {
            "id": pair.pk,
            "meeting_date": _iso(pair.first.observed_on),
            "observed": _name(pair.first.observed),
            "observers": [_name(pair.first.observer), _name(pair.second.observer)],
            "observation_ids": [pair.first_id, pair.second_id],
            "discussion_note": _text(pair.discussion_note),
            "closed_by": _name(pair.closed_by),
            "closed": _iso(pair.closed_at),
        }
        for pair in pairs
    ]
