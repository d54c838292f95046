"""A learner's state in a lesson's H5P activity, read from wagtail-lms's attempt (the runtime
that writes it is learning/h5p.py). H5PAttempt has the same status and score fields as its
SCORMAttempt, so "finished" and the score are read as a SCORM lesson's are."""

from wagtail_lms.models import H5PAttempt

from content.models import LessonPage
from learning.scorm_state import scorm_finished, scorm_score
from people.models import User


def h5p_attempt(learner: User, lesson: LessonPage) -> H5PAttempt | None:
    """The learner's attempt at the lesson's H5P activity (wagtail-lms keeps one per activity)."""
    if not lesson.h5p_activity_id:
        return None
    return H5PAttempt.objects.filter(user=learner, activity_id=lesson.h5p_activity_id).first()


h5p_finished = scorm_finished
h5p_score = scorm_score
