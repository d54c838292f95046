"""Practice artefacts: Signs of Safety work recorded as structured evidence.

Each artefact kind of evidence keeps its own questions in `Evidence.artefact` (a JSON object,
one key per question). The questions are described here, in our own words; the service
checks what is stored against them, the form builds its fields from them and the evidence
page, the review page, the printable view and the subject access download show them.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError

from assessments.enums import EvidenceKind

SCALE_LOWEST = 0
SCALE_HIGHEST = 10


@dataclass(frozen=True)
class ArtefactQuestion:
    name: str
    label: str
    hint: str = ""
    max_length: int = 4_000
    required: bool = True
    # A whole number from SCALE_LOWEST to SCALE_HIGHEST instead of text.
    scale: bool = False
    missing: str = ""

    @property
    def missing_message(self) -> str:
        return self.missing or f"Write {self.label[0].lower()}{self.label[1:]}"


ARTEFACT_QUESTIONS: dict[str, tuple[ArtefactQuestion, ...]] = {
    EvidenceKind.THREE_COLUMN_ASSESSMENT: (
        ArtefactQuestion(
            "worries",
            "What we are worried about",
            "The harm that has happened, the danger you fear and what makes things harder.",
        ),
        ArtefactQuestion(
            "working_well",
            "What is working well",
            "Strengths, and the times the child has been kept safe already.",
        ),
        ArtefactQuestion(
            "needs_to_happen",
            "What needs to happen",
            "The goals for the child's safety and the next steps, and who takes them.",
        ),
    ),
    EvidenceKind.SCALING_QUESTION: (
        ArtefactQuestion(
            "scale",
            "The number chosen",
            f"A whole number from {SCALE_LOWEST} to {SCALE_HIGHEST}.",
            scale=True,
        ),
        ArtefactQuestion(
            "lowest_means",
            f"What {SCALE_LOWEST} means in this case",
            "For example, the child cannot safely stay where they are.",
            max_length=1_000,
            missing=f"Say what {SCALE_LOWEST} means in this case",
        ),
        ArtefactQuestion(
            "highest_means",
            f"What {SCALE_HIGHEST} means in this case",
            "For example, everyone agrees the child is safe enough for us to step back.",
            max_length=1_000,
            missing=f"Say what {SCALE_HIGHEST} means in this case",
        ),
        ArtefactQuestion(
            "why_this_number",
            "Why this number",
            "What puts it this high, and what would move it one number up.",
            missing="Say why you chose this number",
        ),
    ),
    EvidenceKind.DANGER_STATEMENT: (
        ArtefactQuestion(
            "danger_statement",
            "Danger statement",
            "Who is worried, what they fear will happen to the child if nothing changes, and "
            "how it would affect the child, in plain words about what people do.",
            max_length=2_000,
            missing="Write the danger statement",
        ),
        ArtefactQuestion(
            "safety_goal",
            "Safety goal",
            "What the people looking after the child will be doing, and for how long, that "
            "shows everyone the child is safe.",
            max_length=2_000,
            missing="Write the safety goal",
        ),
    ),
    EvidenceKind.CHILD_EXPLANATION: (
        ArtefactQuestion(
            "written_for",
            "Who it is written for",
            "No name: for example, a child of about eight and their younger brother.",
            max_length=200,
            required=False,
        ),
        ArtefactQuestion(
            "explanation",
            "The explanation, in the child's words",
            "What happened, who is worried and what the grown-ups are doing about it, as you "
            "would tell it to the child.",
            max_length=6_000,
            missing="Write the explanation for the child",
        ),
        ArtefactQuestion(
            "pictures",
            "What the pictures show",
            "Describe the drawings that go with the words, if there are any.",
            max_length=2_000,
            required=False,
        ),
    ),
}

ARTEFACT_KINDS = list(ARTEFACT_QUESTIONS)
SCALE_ERROR = f"Enter a whole number from {SCALE_LOWEST} to {SCALE_HIGHEST}"


def is_artefact_kind(kind: str) -> bool:
    return kind in ARTEFACT_QUESTIONS


def questions_for(kind: str) -> tuple[ArtefactQuestion, ...]:
    return ARTEFACT_QUESTIONS.get(kind, ())


def _clean_scale(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and SCALE_LOWEST <= value <= SCALE_HIGHEST:
        return value
    return None


def _clean_answer(question: ArtefactQuestion, value: object, errors: dict) -> object:
    if question.scale:
        number = _clean_scale(value)
        if number is None:
            errors[question.name] = SCALE_ERROR
        return number
    text = value.strip() if isinstance(value, str) else ""
    if question.required and not text:
        errors[question.name] = question.missing_message
    elif len(text) > question.max_length:
        errors[question.name] = f"Keep this to {question.max_length:,} characters or fewer"
    return text


def clean_artefact(kind: str, artefact: dict | None) -> dict:
    """What an artefact kind of evidence keeps, checked: each question answered as it asks
    (text within its limit, the scale a whole number 0–10), nothing else kept. Evidence of
    other kinds keeps no artefact. Raises ValidationError naming each question."""
    artefact = artefact or {}
    if not is_artefact_kind(kind):
        if any(artefact.values()):
            raise ValidationError("Only practice artefacts hold structured answers.")
        return {}
    errors: dict[str, str] = {}
    cleaned = {q.name: _clean_answer(q, artefact.get(q.name), errors) for q in questions_for(kind)}
    if errors:
        raise ValidationError(errors)
    return cleaned


def artefact_texts(kind: str, artefact: dict) -> dict[str, tuple[str, str]]:
    """The written answers, as the identifier guard takes them (name: (label, text))."""
    return {
        q.name: (q.label, artefact.get(q.name) or "") for q in questions_for(kind) if not q.scale
    }


def artefact_answers(kind: str, artefact: dict) -> list[tuple[str, str]]:
    """Each question and its answer in words, for pages and downloads."""
    answers = []
    for q in questions_for(kind):
        value = artefact.get(q.name)
        if q.scale:
            text = "" if value is None else f"{value} out of {SCALE_HIGHEST}"
        else:
            text = value or ""
        answers.append((q.label, text))
    return answers
