"""Writes for observations. Views and demo data call these.

Beside it: templates.py (template versions), evidence.py (what sign-off makes),
notifications.py (who is told of each step).

The workflow: draft (the observer's alone) → shared (the observed person reads and
responds) → responded → signed off by a team leader of the observed person, which locks
it. Every step is recorded as an ObservationTransition; an illegal step is refused with a
ValidationError that says why, and a person who may not take it gets PermissionDenied.

Text arrives as typed (plain text). It is checked for family identifiers, then stored as
sanitised HTML (core.sanitize).
"""

from datetime import date
from typing import NamedTuple

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from core.identifiers import IdentifiersFound as IdentifiersFound
from core.sanitize import plain_text_to_html
from observations.enums import MeetingType, ObservationStatus, Stage
from observations.evidence import evidence_for_sign_off, observer_evidence_for_sign_off
from observations.models import (
    Addendum,
    CoObservation,
    CriterionRating,
    Observation,
    ObservationTemplate,
    ObservationTransition,
    TemplateCriterion,
)
from observations.notifications import (
    notify_responded,
    notify_shared,
    notify_signed_off,
)

# Template writes live in observations.templates; demo data imports these two from here.
from people import access
from people.models import User
from people.services import identifiers_check

# What the observer's draft form saves besides the ratings (observation_save_draft's fields).
DRAFT_FIELDS = (
    "observed_on",
    "meeting_type",
    "stages_observed",
    "strengths",
    "development_points",
    "agreed_actions",
    "family_voice",
)


class RatingInput(NamedTuple):
    criterion_id: int
    rating: str
    comment: str = ""


# Shared checks ------------------------------------------------------------------------------


def _for_update(observation: Observation) -> Observation:
    """The row, locked until the transaction ends, so two requests cannot both move it."""
    return (
        Observation.objects.select_for_update(of=("self",))
        .select_related("template", "observer", "observed", "signed_off_by")
        .get(pk=observation.pk)
    )


def locked_message(observation: Observation) -> str:
    when = timezone.localtime(observation.signed_off_at) if observation.signed_off_at else None
    by = observation.signed_off_by.name if observation.signed_off_by else "a team leader"
    on = f" on {when:%d %B %Y}" if when else ""
    return (
        f"This observation was signed off by {by}{on}, so it is locked: nothing in it can "
        "be changed or deleted. You can add an addendum instead."
    )


def _require_observer(observation: Observation, by: User) -> None:
    if by.pk != observation.observer_id:
        raise PermissionDenied(
            f"Only {observation.observer.name}, who made this observation, can change it."
        )


def _require_draft(observation: Observation, doing: str) -> None:
    if observation.is_locked:
        raise ValidationError(locked_message(observation))
    if not observation.is_draft:
        raise ValidationError(
            f"This observation has been shared with {observation.observed.name}, "
            f"so it can no longer be {doing}."
        )


def ensure_editable(observation: Observation, *, by: User, doing: str = "changed") -> None:
    """May `by` change (or delete) this observation now? Raises with the reason if not."""
    _require_draft(observation, doing)
    _require_observer(observation, by)


def _check_observed_on(observed_on: date) -> None:
    if observed_on > timezone.localdate():
        raise ValidationError({"observed_on": "The date of the meeting must be today or earlier"})


def _check_meeting_type(template: ObservationTemplate, meeting_type: str) -> None:
    if meeting_type not in MeetingType.values:
        raise ValidationError({"meeting_type": "Choose the kind of meeting you observed"})
    if meeting_type not in template.meeting_types:
        label = MeetingType(meeting_type).label.lower()
        raise ValidationError(
            {
                "template": f"“{template.name}” is not for a {label}. "
                "Choose a template made for the meeting you observed."
            }
        )


def _check_co_observed(observation: Observation, observed_on: date, meeting_type: str) -> None:
    """A co-observed meeting keeps the date and kind both observers were paired on."""
    paired = CoObservation.objects.filter(Q(first=observation) | Q(second=observation)).exists()
    if not paired:
        return
    if observed_on != observation.observed_on:
        raise ValidationError(
            {"observed_on": "A second observer rated this meeting too, so its date stays as it is"}
        )
    if meeting_type != observation.meeting_type:
        raise ValidationError(
            {"meeting_type": "A second observer rated this meeting too, so its kind stays as it is"}
        )


def _record(observation: Observation, from_status: str, by: User) -> ObservationTransition:
    return ObservationTransition.objects.create(
        observation=observation,
        from_status=from_status,
        to_status=observation.status,
        by=by,
        at=observation.status_changed_at,
    )


def _move(observation: Observation, to_status: str, by: User, *fields: str) -> None:
    from_status = observation.status
    observation.status = to_status
    observation.status_changed_at = timezone.now()
    observation.save(update_fields=["status", "status_changed_at", "updated_at", *fields])
    _record(observation, from_status, by)


# Observations -------------------------------------------------------------------------------


@transaction.atomic
def observation_create(
    *,
    observer: User,
    observed: User,
    template: ObservationTemplate,
    observed_on: date,
    meeting_type: str,
    family_consent: bool,
) -> Observation:
    """Start a draft. No record exists without the family's agreement to the observer."""
    if not access.can_observe(observer, observed):
        raise PermissionDenied(
            "You can observe colleagues in a team where you are a coordinator or team leader."
        )
    if not family_consent:
        raise ValidationError(
            {
                "family_consent": "Confirm the family agreed to your being there. Without "
                "their agreement nothing about the meeting may be recorded"
            }
        )
    if not template.is_published:
        raise ValidationError({"template": "Choose a template that is in use"})
    _check_meeting_type(template, meeting_type)
    _check_observed_on(observed_on)
    observation = Observation(
        template=template,
        observer=observer,
        observed=observed,
        observed_on=observed_on,
        meeting_type=meeting_type,
        family_consent=True,
    )
    observation.full_clean()
    observation.save()
    CriterionRating.objects.bulk_create(
        CriterionRating(observation=observation, criterion=criterion)
        for criterion in template.criteria.all()
    )
    _record(observation, "", observer)
    return observation


@transaction.atomic
def observation_save_draft(
    *,
    observation: Observation,
    by: User,
    observed_on: date,
    meeting_type: str,
    stages_observed: list[str],
    ratings: list[RatingInput],
    strengths: str = "",
    development_points: str = "",
    agreed_actions: str = "",
    family_voice: str = "",
    identifiers_confirmed: str = "",
) -> Observation:
    """Save the observer's draft. Refuses text with unconfirmed identifiers (IdentifiersFound)."""
    observation = _for_update(observation)
    _require_observer(observation, by)
    _require_draft(observation, "changed")
    _check_observed_on(observed_on)
    _check_meeting_type(observation.template, meeting_type)
    _check_co_observed(observation, observed_on, meeting_type)
    if set(stages_observed) - set(Stage.values):
        raise ValidationError({"stages_observed": "Choose stages from the list"})
    rows = _rating_rows(observation, ratings, set(stages_observed))
    texts = {
        "strengths": strengths,
        "development_points": development_points,
        "agreed_actions": agreed_actions,
        "family_voice": family_voice,
    }
    _confirm_identifiers(
        observation, by, _texts_of_draft(ratings, rows, texts), identifiers_confirmed
    )

    observation.observed_on = observed_on
    observation.meeting_type = meeting_type
    observation.stages_observed = [s for s in Stage.values if s in set(stages_observed)]
    for name, text in texts.items():
        setattr(observation, name, plain_text_to_html(text))
    observation.full_clean()
    observation.save()

    changed = []
    for item in ratings:
        row = rows[item.criterion_id]
        row.rating = item.rating
        row.comment = plain_text_to_html(item.comment)
        changed.append(row)
    CriterionRating.objects.bulk_update(changed, ["rating", "comment"])
    return observation


def _rating_rows(
    observation: Observation, ratings: list[RatingInput], stages_observed: set[str]
) -> dict[int, CriterionRating]:
    """The draft's rating rows by criterion, once every rating given is on the template's
    scale and for a criterion of a stage the observer saw."""
    rows = {r.criterion_id: r for r in observation.ratings.select_related("criterion")}
    scale = observation.template.rating_labels
    errors = {}
    for item in ratings:
        if item.criterion_id not in rows:
            raise ValidationError("A rating was for a criterion that is not on this template.")
        criterion = rows[item.criterion_id].criterion
        if item.rating and item.rating not in scale:
            errors[f"rating_{item.criterion_id}"] = "Choose a rating from the scale"
        elif item.rating and criterion.stage not in stages_observed:
            errors[f"rating_{item.criterion_id}"] = unobserved_rating_message(criterion)
    if errors:
        raise ValidationError(errors)
    return rows


def unobserved_rating_message(criterion: TemplateCriterion) -> str:
    return (
        f"You did not tick “{criterion.get_stage_display()}” as observed, so "
        f"“{criterion.text}” takes no rating. Choose “No rating”, or tick the stage under "
        "“Stages you observed”"
    )


def _share_errors(observation: Observation) -> dict[str, str]:
    """What stops a draft being shared, each naming the criterion or field it is about."""
    errors: dict[str, str] = {}
    if not observation.stages_observed:
        errors["stages_observed"] = "Choose the stages of the meeting you observed"
    seen = set(observation.stages_observed)
    for row in observation.ratings.select_related("criterion"):
        criterion = row.criterion
        if criterion.stage in seen and not row.rating:
            errors[f"rating_{criterion.pk}"] = (
                f"Rate “{criterion.text}” ({criterion.get_stage_display()}) before you share "
                "the observation, or untick its stage if you did not observe it"
            )
        elif criterion.stage not in seen and row.rating:
            errors[f"rating_{criterion.pk}"] = unobserved_rating_message(criterion)
    if not observation.strengths:
        errors["strengths"] = "Write at least one strength before you share the observation"
    return errors


def _texts_of_draft(
    ratings: list[RatingInput], rows: dict[int, CriterionRating], texts: dict[str, str]
) -> dict[str, tuple[str, str]]:
    """Every free text of the draft with the label its author sees, for the identifier check."""
    labels = {f.name: f.verbose_name.capitalize() for f in Observation._meta.fields}
    fields = {name: (labels[name], text) for name, text in texts.items()}
    for item in ratings:
        fields[f"comment_{item.criterion_id}"] = (
            f"Comment on “{rows[item.criterion_id].criterion.text}”",
            item.comment,
        )
    return fields


def _confirm_identifiers(
    observation: Observation, by: User, texts: dict[str, tuple[str, str]], confirmed: str
) -> None:
    """Refuse unconfirmed identifiers; record who confirmed the ones found now, and when."""
    fingerprint = identifiers_check(
        texts, confirmed=confirmed, known=observation.identifiers_fingerprint
    )
    if fingerprint != observation.identifiers_fingerprint:
        observation.identifiers_fingerprint = fingerprint
        observation.identifiers_confirmed_by = by if fingerprint else None
        observation.identifiers_confirmed_at = timezone.now() if fingerprint else None


@transaction.atomic
def observation_share(*, observation: Observation, by: User) -> Observation:
    """Share a finished draft with the observed person, who is told by email."""
    observation = _for_update(observation)
    _require_observer(observation, by)
    if observation.is_draft:
        errors = _share_errors(observation)
        if errors:
            raise ValidationError(errors)
    else:
        if observation.is_locked:
            raise ValidationError(locked_message(observation))
        raise ValidationError(
            f"This observation has already been shared with {observation.observed.name}."
        )
    _move(observation, ObservationStatus.SHARED, by)
    notify_shared(observation)
    return observation


@transaction.atomic
def observation_respond(
    *, observation: Observation, by: User, response: str, identifiers_confirmed: str = ""
) -> Observation:
    """The observed person's response and reflection; their team leaders are told."""
    observation = _for_update(observation)
    if by.pk != observation.observed_id:
        raise PermissionDenied(f"Only {observation.observed.name} can respond to this observation.")
    if observation.status == ObservationStatus.DRAFT:
        raise ValidationError("This observation has not been shared yet.")
    if observation.status == ObservationStatus.RESPONDED:
        raise ValidationError(
            "You have already responded to this observation. It is waiting for sign-off."
        )
    if observation.is_locked:
        raise ValidationError(locked_message(observation))
    if not response.strip():
        raise ValidationError({"response": "Write your response before you send it"})
    fingerprint = identifiers_check(
        {"response": ("Your response", response)}, confirmed=identifiers_confirmed
    )
    observation.response = plain_text_to_html(response)
    observation.response_identifiers_confirmed_at = timezone.now() if fingerprint else None
    _move(
        observation,
        ObservationStatus.RESPONDED,
        by,
        "response",
        "response_identifiers_confirmed_at",
    )
    notify_responded(observation)
    return observation


@transaction.atomic
def observation_sign_off(*, observation: Observation, by: User) -> Observation:
    """A team leader of the observed person signs off: it locks, and becomes evidence for
    the person observed and for the observer (observations.evidence)."""
    observation = _for_update(observation)
    if not access.can_sign_off(by, observation.observed):
        raise PermissionDenied(
            f"Only a team leader of {observation.observed.name}'s team can sign this "
            "observation off."
        )
    if observation.is_locked:
        raise ValidationError(locked_message(observation))
    if observation.status != ObservationStatus.RESPONDED:
        raise ValidationError(
            f"{observation.observed.name} has not responded yet. The observation can be "
            "signed off once they have."
        )
    observation.signed_off_by = by
    observation.signed_off_at = timezone.now()
    _move(observation, ObservationStatus.SIGNED_OFF, by, "signed_off_by", "signed_off_at")
    evidence = evidence_for_sign_off(observation, by)
    if evidence is not None:
        observation.evidence = evidence
        observation.save(update_fields=["evidence", "updated_at"])
    observer_evidence_for_sign_off(observation, by)
    notify_signed_off(observation, by)
    return observation


@transaction.atomic
def observation_delete(*, observation: Observation, by: User) -> None:
    """The observer may delete a draft; nothing that has been shared is deleted."""
    observation = _for_update(observation)
    _require_observer(observation, by)
    _require_draft(observation, "deleted")
    observation.delete()


@transaction.atomic
def addendum_add(
    *, observation: Observation, by: User, text: str, identifiers_confirmed: str = ""
) -> Addendum:
    """Add to a signed-off observation, the only change it takes. Append-only."""
    observation = _for_update(observation)
    allowed = access.can_add_observation_addendum(
        by,
        observer_id=observation.observer_id,
        observed_id=observation.observed_id,
        signed_off_by_id=observation.signed_off_by_id,
    )
    if not allowed:
        raise PermissionDenied(
            "Only the observer, the person observed and the team leader who signed it off "
            "can add an addendum."
        )
    if not observation.is_locked:
        raise ValidationError(
            "Addenda are added once an observation is signed off. Until then, the "
            "observation itself is where this belongs."
        )
    if not text.strip():
        raise ValidationError({"text": "Write the addendum before you add it"})
    fingerprint = identifiers_check({"text": ("Addendum", text)}, confirmed=identifiers_confirmed)
    addendum = Addendum(
        observation=observation,
        author=by,
        text=plain_text_to_html(text),
        identifiers_confirmed=bool(fingerprint),
    )
    addendum.full_clean()
    addendum.save()
    return addendum
