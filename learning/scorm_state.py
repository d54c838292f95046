"""A learner's state in a SCORM lesson's package, read from wagtail-lms's attempt (the
runtime that writes it is learning/scorm.py)."""

from wagtail_lms.models import SCORMAttempt

from content.models import LessonPage
from people.models import User


def scorm_attempt(learner: User, lesson: LessonPage) -> SCORMAttempt | None:
    """The learner's attempt at the lesson's package (wagtail-lms keeps one per package)."""
    if not lesson.scorm_package_id:
        return None
    return SCORMAttempt.objects.filter(
        user=learner, scorm_package_id=lesson.scorm_package_id
    ).first()


def scorm_finished(attempt: SCORMAttempt | None) -> bool:
    """Passed, or completed without failing: SCORM 1.2's lesson_status and 2004's
    completion_status and success_status both end up in these two fields."""
    if attempt is None:
        return False
    if attempt.success_status == "passed":
        return True
    return attempt.completion_status == "completed" and attempt.success_status != "failed"


def scorm_score(attempt: SCORMAttempt | None) -> int | None:
    """The package's score as a percentage: 2004's scaled score, else the raw score between its
    minimum (0 unless set) and maximum (100 unless set)."""
    if attempt is None:
        return None
    if attempt.score_scaled is not None:
        percent = attempt.score_scaled * 100
    elif attempt.score_raw is not None:
        low = attempt.score_min if attempt.score_min is not None else 0.0
        high = attempt.score_max if attempt.score_max is not None else 100.0
        if high <= low:
            return None
        percent = (attempt.score_raw - low) / (high - low) * 100
    else:
        return None
    return round(min(max(percent, 0.0), 100.0))
