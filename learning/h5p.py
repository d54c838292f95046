"""The runtime of a lesson that plays an H5P activity: what the player reports, and what
becomes of it.

The lesson page's player (static/js/h5p-player.js) listens to H5P's xAPI events and posts the
statements that end an activity (completed, answered, passed, mastered, failed) here. They are
kept in wagtail-lms's H5PAttempt (status, score) and H5PXAPIStatement (the verb, the result's
score and outcome, the activity's id: never the learner's answers, nor who H5P thinks they
are), so its admin reports show them. Once the activity reports it finished and not failed,
the lesson is done through learning.services.lesson_complete, with the activity's score:
module completion, certificate, CPD and evidence follow as for any lesson.
"""

import json
import math

from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail_lms.models import H5PAttempt, H5PXAPIStatement

from content.models import LessonPage
from learning import h5p_state
from learning.models import LessonCompletion
from learning.services import lesson_complete_when_finished, lesson_visit
from people.models import User

VERBS = "http://adlnet.gov/expapi/verbs/"
FINISHING = {f"{VERBS}{verb}" for verb in ("completed", "answered", "passed", "mastered")}
PASSING = {f"{VERBS}passed", f"{VERBS}mastered"}
FAILING = f"{VERBS}failed"
MAX_STATEMENT_BYTES = 64_000
MAX_IRI_LENGTH = 255
SCORE_KEYS = {"raw": "score_raw", "min": "score_min", "max": "score_max", "scaled": "score_scaled"}


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value or len(value) > MAX_IRI_LENGTH:
        raise ValidationError(f"{what} must be text of up to {MAX_IRI_LENGTH} characters.")
    return value


def _score(result: dict) -> dict[str, float]:
    score = result.get("score", {})
    if not isinstance(score, dict):
        raise ValidationError("result.score must be an object.")
    checked = {}
    for key in SCORE_KEYS:
        if key not in score:
            continue
        number = score[key]
        if isinstance(number, bool) or not isinstance(number, int | float):
            raise ValidationError(f"result.score.{key} must be a number.")
        if not math.isfinite(number) or abs(number) > 1e9:
            raise ValidationError(f"result.score.{key} is out of range.")
        checked[key] = float(number)
    if not -1.0 <= checked.get("scaled", 0.0) <= 1.0:
        raise ValidationError("result.score.scaled must be between -1 and 1.")
    return checked


def _is_top_level(statement: dict) -> bool:
    """A question inside a container (question set, interactive video) names the container as
    its parent; only the activity's own statements end it."""
    context = statement.get("context")
    activities = context.get("contextActivities") if isinstance(context, dict) else None
    return not (isinstance(activities, dict) and activities.get("parent"))


def checked_statement(statement: object) -> dict:
    """What is kept of an xAPI statement: verb, activity id, the result's score and outcome."""
    if not isinstance(statement, dict):
        raise ValidationError("Send the xAPI statement as an object.")
    if len(json.dumps(statement)) > MAX_STATEMENT_BYTES:
        raise ValidationError("The statement is too large.")
    verb = statement.get("verb")
    if not isinstance(verb, dict):
        raise ValidationError("The statement has no verb.")
    display = verb.get("display", {})
    label = display.get("en-US", "") if isinstance(display, dict) else ""
    result = statement.get("result", {})
    if not isinstance(result, dict):
        raise ValidationError("The statement's result must be an object.")
    kept_result: dict[str, object] = {"score": _score(result)}
    for key in ("success", "completion"):
        if key in result:
            if not isinstance(result[key], bool):
                raise ValidationError(f"result.{key} must be true or false.")
            kept_result[key] = result[key]
    target = statement.get("object", {})
    object_id = target.get("id", "") if isinstance(target, dict) else ""
    return {
        "verb": {"id": _text(verb.get("id"), "verb.id"), "display": str(label)[:MAX_IRI_LENGTH]},
        "object": {"id": str(object_id)[:MAX_IRI_LENGTH]},
        "result": kept_result,
        "top_level": _is_top_level(statement),
    }


def _apply(attempt: H5PAttempt, kept: dict) -> None:
    """A finishing (or failing) statement of the activity itself sets the attempt's status and
    score; each one replaces the last, so a failed try can be followed by a passed one."""
    verb, result = kept["verb"]["id"], kept["result"]
    if not kept["top_level"] or (verb not in FINISHING and verb != FAILING):
        return
    attempt.completion_status = "completed"
    success = result.get("success")
    if verb == FAILING or success is False:
        attempt.success_status = "failed"
    elif success is True or verb in PASSING:
        attempt.success_status = "passed"
    else:
        attempt.success_status = "unknown"
    if result["score"]:
        for key, field in SCORE_KEYS.items():
            setattr(attempt, field, result["score"].get(key))


@transaction.atomic
def xapi_save(*, learner: User, lesson: LessonPage, statement: object) -> LessonCompletion | None:
    """Keep the statement; complete the lesson once the activity is finished and not failed.

    Returns the lesson's completion once it is done (before or now), else None.
    """
    kept = checked_statement(statement)
    if not lesson.h5p_activity_id:
        raise ValidationError("This lesson has no H5P activity.")
    enrolment = lesson_visit(learner=learner, lesson=lesson)  # checks the module's audience
    attempt, _ = H5PAttempt.objects.select_for_update().get_or_create(
        user=learner,
        activity_id=lesson.h5p_activity_id,
        defaults={"completion_status": "incomplete"},
    )
    _apply(attempt, kept)
    attempt.save()
    H5PXAPIStatement.objects.create(
        attempt=attempt,
        verb=kept["verb"]["id"],
        verb_display=kept["verb"]["display"],
        statement=kept,
    )
    return lesson_complete_when_finished(
        learner=learner,
        lesson=lesson,
        enrolment=enrolment,
        finished=h5p_state.h5p_finished(attempt),
        score=h5p_state.h5p_score(attempt),
    )
