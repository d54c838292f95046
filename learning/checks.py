"""Reads for knowledge checks: how many attempts are used and left, whether the answers may
be shown, and each question as the learner sees it after an attempt.

Feedback is on what the learner chose: each chosen option is marked right or wrong, with its
feedback. The correct answers they did not choose are shown only once the check is passed or
the last allowed attempt is used, so a failed attempt never gives the answers away.
"""

from dataclasses import dataclass

from content.models import LessonPage
from learning.models import QuizAttempt
from people.models import User


def score_of(correct: int, total: int) -> int:
    return round(100 * correct / total) if total else 0


def correct_needed(total: int, pass_mark: int) -> int:
    """The fewest right answers out of `total` that reach `pass_mark` per cent."""
    return next((c for c in range(total + 1) if score_of(c, total) >= pass_mark), total)


@dataclass
class CheckState:
    attempts_used: int
    attempts_allowed: int | None
    passed: bool
    latest: QuizAttempt | None = None

    @property
    def attempts_left(self) -> int | None:
        """None when there is no limit."""
        if self.attempts_allowed is None:
            return None
        return max(0, self.attempts_allowed - self.attempts_used)

    @property
    def closed(self) -> bool:
        """Every allowed attempt used without a pass: no more attempts are taken."""
        return not self.passed and self.attempts_left == 0

    @property
    def reveal_answers(self) -> bool:
        return self.passed or self.closed


def check_state(learner: User, lesson: LessonPage) -> CheckState:
    """One query: the learner's attempts at this lesson's check, newest first."""
    attempts = list(
        QuizAttempt.objects.filter(enrolment__learner=learner, lesson=lesson).order_by(
            "-submitted_at", "-pk"
        )
    )
    return CheckState(
        attempts_used=len(attempts),
        attempts_allowed=lesson.module.check_attempts,
        passed=any(a.passed for a in attempts),
        latest=attempts[0] if attempts else None,
    )


def _option_row(child, picked: set[str], attempt: QuizAttempt | None, reveal: bool) -> dict:
    option = {"id": child.id, "text": child.value["text"], "checked": child.id in picked}
    if attempt is None:
        return option  # nothing about right or wrong reaches the page before an attempt
    if child.id in picked:
        option["verdict"] = "right" if child.value["correct"] else "wrong"
        option["feedback"] = child.value["feedback"]
    elif reveal and child.value["correct"]:
        option["verdict"] = "missed"
        option["feedback"] = child.value["feedback"]
    return option


def question_rows(
    lesson: LessonPage,
    *,
    attempt: QuizAttempt | None = None,
    chosen: dict[str, list[str]] | None = None,
    errors: dict[str, str] | None = None,
    reveal: bool = False,
) -> list[dict]:
    """The knowledge check as shown: what was chosen, and feedback only after an attempt."""
    if attempt is not None:
        chosen = attempt.answers
    errors = errors or {}
    rows = []
    for number, block in enumerate(lesson.questions(), start=1):
        picked = set((chosen or {}).get(block.id, []))
        children = block.value["options"].bound_blocks
        right = {child.id for child in children if child.value["correct"]}
        rows.append(
            {
                "id": block.id,
                "number": number,
                "first_option_id": children[0].id if children else "",
                "text": block.value["question"],
                "multiple": block.value["kind"] == "multiple",
                "options": [_option_row(child, picked, attempt, reveal) for child in children],
                "answered_right": attempt is not None and picked == right,
                "error": errors.get(block.id),
            }
        )
    return rows
