"""The SCORM runtime of a lesson that plays a package: what the player starts with, and what it
sends back.

The package's own script calls the SCORM API (1.2's `API` or 2004's `API_1484_11`) that the
lesson page provides (static/js/scorm-player.js). The player keeps the values in the page and
sends those the package set on each commit and at the end. They are kept in wagtail-lms's
SCORMAttempt (status, score, place, saved state) and SCORMData (every value, by key), so its
admin reports show them. Once the package reports the course completed or passed (and not
failed), the lesson is done through learning.services.lesson_complete, with the package's
score: module completion, certificate, CPD and evidence follow as for any lesson.

What the learner types in the package (their comments, and their answers to its questions)
passes the identifier guard before anything of the commit is kept; a value already kept is not
checked again. The package's own saved state (suspend_data) is the package's, often
compressed, and is not read.
"""

import re

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail_lms.models import SCORMAttempt, SCORMData

from content.models import LessonPage
from learning import selectors
from learning.models import LessonCompletion
from learning.services import lesson_complete_when_finished, lesson_visit
from people.models import User
from people.services import identifiers_check

MAX_VALUES = 200
MAX_KEY_LENGTH = 255
MAX_VALUE_LENGTH = 64_000  # SCORM 2004's largest value: cmi.suspend_data
MAX_LOCATION_LENGTH = 1_000

LESSON_STATUS_12 = {"passed", "completed", "failed", "incomplete", "browsed", "not attempted"}
COMPLETION_2004 = {"completed", "incomplete", "not attempted", "unknown"}
SUCCESS_2004 = {"passed", "failed", "unknown"}
TEXT_FIELDS = {
    "cmi.core.lesson_location": "location",
    "cmi.location": "location",
    "cmi.suspend_data": "suspend_data",
}
SCORE_FIELDS = {
    "cmi.core.score.raw": "score_raw",
    "cmi.core.score.min": "score_min",
    "cmi.core.score.max": "score_max",
    "cmi.score.raw": "score_raw",
    "cmi.score.min": "score_min",
    "cmi.score.max": "score_max",
    "cmi.score.scaled": "score_scaled",
}


# Elements that hold what the learner typed, and how the warning names them.
TYPED_ELEMENTS = (
    (re.compile(r"cmi\.comments"), "Your comment"),
    (re.compile(r"cmi\.comments_from_learner\.(\d+)\.comment"), "Your comment {}"),
    (re.compile(r"cmi\.interactions\.(\d+)\.(?:student|learner)_response"), "Your answer {}"),
)


def typed_text(values: dict[str, str]) -> dict[str, tuple[str, str]]:
    """The values the learner typed, as the identifier guard takes them: {key: (label, text)}."""
    fields = {}
    for key, value in values.items():
        for pattern, label in TYPED_ELEMENTS:
            found = pattern.fullmatch(key)
            if found and value.strip():
                number = int(found.group(1)) + 1 if found.groups() else ""
                fields[key] = (label.format(number).strip(), value)
    return fields


def _check_typed_text(attempt: SCORMAttempt, values: dict[str, str], confirmed: str) -> None:
    """The identifier guard on what the learner typed and has not been kept already."""
    fields = typed_text(values)
    if fields:
        kept = dict(attempt.scorm_data.filter(key__in=fields).values_list("key", "value"))
        fields = {key: field for key, field in fields.items() if kept.get(key) != field[1]}
    if fields:
        identifiers_check(fields, confirmed=confirmed)


def _refuse(key: str, value: str) -> ValidationError:
    return ValidationError(f"{value[:40]!r} is not a value {key} can take.")


def _apply_status(attempt: SCORMAttempt, key: str, value: str) -> None:
    if key == "cmi.core.lesson_status":
        if value not in LESSON_STATUS_12:
            raise _refuse(key, value)
        if value in ("passed", "failed"):
            attempt.completion_status, attempt.success_status = "completed", value
        else:
            attempt.completion_status = value.replace(" ", "_")
    elif key == "cmi.completion_status":
        if value not in COMPLETION_2004:
            raise _refuse(key, value)
        attempt.completion_status = value.replace(" ", "_")
    elif value in SUCCESS_2004:
        attempt.success_status = value
    else:
        raise _refuse(key, value)


def apply_value(attempt: SCORMAttempt, key: str, value: str) -> None:
    """Copy a value the package set onto the attempt's own fields, checking it first."""
    if key in ("cmi.core.lesson_status", "cmi.completion_status", "cmi.success_status"):
        _apply_status(attempt, key, value)
    elif key in SCORE_FIELDS:
        try:
            number = float(value) if value != "" else None
        except ValueError:
            raise _refuse(key, value) from None
        if number is not None and not -1e9 < number < 1e9:
            raise _refuse(key, value)
        setattr(attempt, SCORE_FIELDS[key], number)
    elif key in TEXT_FIELDS:
        if TEXT_FIELDS[key] == "location" and len(value) > MAX_LOCATION_LENGTH:
            raise _refuse(key, value)
        setattr(attempt, TEXT_FIELDS[key], value)


def _checked(values: object) -> dict[str, str]:
    if not isinstance(values, dict) or len(values) > MAX_VALUES:
        raise ValidationError(f"Send up to {MAX_VALUES} values as an object of strings.")
    for key, value in values.items():
        if not key.startswith(("cmi.", "adl.")) or len(key) > MAX_KEY_LENGTH:
            raise ValidationError(f"{key[:40]!r} is not a SCORM data model element.")
        if not isinstance(value, str) or len(value) > MAX_VALUE_LENGTH:
            raise ValidationError(f"The value of {key} must be text of up to 64,000 characters.")
    return values


@transaction.atomic
def runtime_save(
    *, learner: User, lesson: LessonPage, values: object, identifiers_confirmed: str = ""
) -> LessonCompletion | None:
    """Keep what the package set; complete the lesson once the package is finished.

    Returns the lesson's completion once it is done (before or now), else None. Raises
    IdentifiersFound, keeping nothing of this commit, when what the learner typed may
    identify a family and they have not confirmed these matches (`identifiers_confirmed`).
    """
    values = _checked(values)
    if not lesson.scorm_package_id:
        raise ValidationError("This lesson has no SCORM package.")
    enrolment = lesson_visit(learner=learner, lesson=lesson)  # checks the module's audience
    attempt, _ = SCORMAttempt.objects.select_for_update().get_or_create(
        user=learner,
        scorm_package_id=lesson.scorm_package_id,
        defaults={"completion_status": "incomplete"},
    )
    _check_typed_text(attempt, values, identifiers_confirmed)  # refused: all rolled back
    for key, value in values.items():
        apply_value(attempt, key, value)
        SCORMData.objects.update_or_create(attempt=attempt, key=key, defaults={"value": value})
    attempt.save()
    return lesson_complete_when_finished(
        learner=learner,
        lesson=lesson,
        enrolment=enrolment,
        finished=selectors.scorm_finished(attempt),
        score=selectors.scorm_score(attempt),
    )


def runtime_state(learner: User, attempt: SCORMAttempt | None) -> dict[str, str]:
    """The values the player starts with: the learner's, and those the LMS provides."""
    saved = dict(attempt.scorm_data.values_list("key", "value")) if attempt else {}
    name = learner.name
    entry = "resume" if saved.get("cmi.suspend_data") else "ab-initio"
    provided = {
        "cmi.core.student_id": str(learner.pk),
        "cmi.core.student_name": name,
        "cmi.core.lesson_status": "not attempted",
        "cmi.core.credit": "credit",
        "cmi.core.entry": entry,
        "cmi.core.lesson_mode": "normal",
        "cmi.learner_id": str(learner.pk),
        "cmi.learner_name": name,
        "cmi.completion_status": "unknown",
        "cmi.success_status": "unknown",
        "cmi.credit": "credit",
        "cmi.entry": entry,
        "cmi.mode": "normal",
        "cmi.launch_data": "",
    }
    return {**provided, **saved}
