from learning.models.mentoring import (
    MentoringRelationship,
    MentoringSession,
    ResourceRecommendation,
)
from learning.models.records import (
    Assignment,
    CPDEntry,
    Enrolment,
    LessonCompletion,
    ModuleCompletion,
    QuizAttempt,
    Reflection,
)

__all__ = [
    "Assignment",
    "CPDEntry",
    "Enrolment",
    "LessonCompletion",
    "MentoringRelationship",
    "MentoringSession",
    "ModuleCompletion",
    "QuizAttempt",
    "Reflection",
    "ResourceRecommendation",
]
