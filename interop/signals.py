"""Learning and observations know nothing of xAPI or badges: we listen for what they save."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from interop import xapi
from learning.models import LessonCompletion, ModuleCompletion, QuizAttempt
from observations.enums import ObservationStatus
from observations.models import ObservationTransition


@receiver(post_save, sender=LessonCompletion, dispatch_uid="xapi-lesson")
def lesson_completed(sender, instance: LessonCompletion, created: bool, **kwargs) -> None:
    if not (created and xapi.enabled()):
        return
    lesson = instance.lesson
    xapi.queue(
        f"lesson-completion-{instance.pk}",
        xapi.statement(
            actor_id=instance.enrolment.learner_id,
            verb="completed",
            kind="lesson",
            activity_id=str(lesson.pk),
            name=lesson.title,
            at=instance.completed_at,
            result={"completion": True},
        ),
    )


@receiver(post_save, sender=ModuleCompletion, dispatch_uid="xapi-module")
def module_completed(sender, instance: ModuleCompletion, created: bool, **kwargs) -> None:
    if not (created and xapi.enabled()):
        return
    xapi.queue(
        f"module-completion-{instance.pk}",
        xapi.statement(
            actor_id=instance.learner_id,
            verb="completed",
            kind="module",
            activity_id=str(instance.module_id),
            name=instance.module_title,
            at=instance.completed_at,
            result={"completion": True, "success": True},
        ),
    )


@receiver(post_save, sender=QuizAttempt, dispatch_uid="xapi-check")
def check_passed(sender, instance: QuizAttempt, created: bool, **kwargs) -> None:
    if not (created and instance.passed and xapi.enabled()):
        return
    xapi.queue(
        f"check-passed-{instance.pk}",
        xapi.statement(
            actor_id=instance.enrolment.learner_id,
            verb="passed",
            kind="assessment",
            activity_id=f"lesson-{instance.lesson_id}-check",
            name=f"Knowledge check: {instance.lesson.title}",
            at=instance.submitted_at,
            result={
                "success": True,
                "completion": True,
                "score": {
                    "scaled": round(instance.score / 100, 2),
                    "raw": instance.correct_count,
                    "min": 0,
                    "max": instance.question_count,
                },
            },
        ),
    )


@receiver(post_save, sender=ObservationTransition, dispatch_uid="xapi-observation")
def observation_signed_off(
    sender, instance: ObservationTransition, created: bool, **kwargs
) -> None:
    """The observed person completed an observed piece of practice: the template's name
    and the date, never the observation's text or the family."""
    if not (created and instance.to_status == ObservationStatus.SIGNED_OFF and xapi.enabled()):
        return
    observation = instance.observation
    xapi.queue(
        f"observation-signed-off-{observation.pk}",
        xapi.statement(
            actor_id=observation.observed_id,
            verb="completed",
            kind="assessment",
            activity_id=f"observation-template-{observation.template_id}",
            name=f"Peer observation: {observation.template.name}",
            at=instance.at,
            result={"completion": True},
        ),
    )
