"""Reads for lessons that play a package: the learner's attempt at a SCORM package or H5P
activity (wagtail-lms keeps them), whether it is finished, and its score."""

from wagtail_lms.models import H5PAttempt, SCORMAttempt

from content.models import LessonPage
from people.models import User

# SCORM lessons (the runtime is learning/scorm.py) -----------------------------------------------


def scorm_attempt(learner: User, lesson: LessonPage) -> SCORMAttempt | None:
    """The learner's attempt at the lesson's package (wagtail-lms keeps one per package)."""
    if not lesson.scorm_package_id:
        return None
    return SCORMAttempt.objects.filter(
        user=learner, scorm_package_id=lesson.scorm_package_id
    ).first()


def scorm_finished(attempt: SCORMAttempt | H5PAttempt | None) -> bool:
    """Passed, or completed without failing: SCORM 1.2's lesson_status and 2004's
    completion_status and success_status both end up in these two fields."""
    if attempt is None:
        return False
    if attempt.success_status == "passed":
        return True
    return attempt.completion_status == "completed" and attempt.success_status != "failed"


def scorm_score(attempt: SCORMAttempt | H5PAttempt | None) -> int | None:
    """The package's score as a percentage: 2004's (or xAPI's) scaled score, else the raw score
    between its minimum (0 unless set) and maximum (100 unless set)."""
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


# H5P lessons (the runtime is learning/h5p.py): wagtail-lms's H5PAttempt has the same status and
# score fields as its SCORMAttempt, so "finished" and the score are read the same way.


def h5p_attempt(learner: User, lesson: LessonPage) -> H5PAttempt | None:
    """The learner's attempt at the lesson's H5P activity (wagtail-lms keeps one per activity)."""
    if not lesson.h5p_activity_id:
        return None
    return H5PAttempt.objects.filter(user=learner, activity_id=lesson.h5p_activity_id).first()


h5p_finished = scorm_finished
h5p_score = scorm_score
