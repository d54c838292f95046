from datetime import date

from django import forms

from assessments.artefacts import SCALE_ERROR, ArtefactQuestion, questions_for
from assessments.enums import EVIDENCE_KIND_HINTS, EvidenceKind, Outcome
from assessments.models import Evidence, Level, Statement
from assessments.services import EVIDENCE_KINDS_PEOPLE_ADD
from core.forms import (
    DateField,
    IdentifierConfirmationMixin,
    RecordChoiceField,
    RecordMultipleChoiceField,
    TextAreaField,
)
from core.sanitize import html_to_plain_text, plain_text_to_html


class EvidenceForm(IdentifierConfirmationMixin):
    kind = forms.ChoiceField(
        label="What kind of evidence is it?",
        choices=[(k.value, k.label) for k in EVIDENCE_KINDS_PEOPLE_ADD],
        widget=forms.RadioSelect,
        help_text="Training you give, coaching colleagues and observing their practice count too.",
        error_messages={"required": "Choose what kind of evidence it is"},
    )
    title = forms.CharField(
        label="Title",
        max_length=200,
        error_messages={
            "required": "Enter a title",
            "max_length": "Keep the title to 200 characters or fewer",
        },
    )
    description = TextAreaField(
        label="Describe the evidence and what it shows",
        required=False,
        max_length=10_000,
        rows=8,
        help_text=(
            "Say what you did and what it shows about your practice. "
            "Do not include names or details that could identify a family."
        ),
    )
    occurred_on = DateField(
        label="Date",
        not_in_future=True,
        lead="When it happened.",
        error_messages={"required": "Enter the date"},
    )
    statements = RecordMultipleChoiceField(
        label="Statements this evidence supports",
        queryset=Statement.objects.filter(domain__level__framework__status="published"),
        error_messages={
            "required": "Choose at least one statement this evidence supports",
            "invalid_choice": "Choose statements from the list",
            "invalid_pk_value": "Choose statements from the list",
        },
    )
    file = forms.FileField(
        label="Attach a file",
        required=False,
        help_text="Optional. PDF, Word, OpenDocument, text or image, up to 10 MB.",
    )
    clear_file = forms.BooleanField(label="Remove the attached file", required=False)

    def kind_choices(self) -> list[tuple[forms.BoundField, str]]:
        """Each kind's radio with what it means in plain words, for the template."""
        return [
            (choice, EVIDENCE_KIND_HINTS.get(choice.data["value"], "")) for choice in self["kind"]
        ]

    @staticmethod
    def initial_for(evidence: Evidence) -> dict:
        """What the owner sees in the form when they come back to change their evidence."""
        return {
            "kind": evidence.kind,
            "title": evidence.title,
            "description": html_to_plain_text(evidence.description),
            "occurred_on": evidence.occurred_on,
            "statements": [s.pk for s in evidence.statements.all()],
        }

    def service_values(self) -> dict:
        """The typed values as evidence_submit and evidence_update take them."""
        values = {name: self.cleaned_data[name] for name in ("kind", "title", "occurred_on")}
        values["description"] = plain_text_to_html(self.cleaned_data["description"])
        values["statements"] = list(self.cleaned_data["statements"])
        values["file"] = self.cleaned_data.get("file")
        if "clear_file" in self.fields:
            values["clear_file"] = self.cleaned_data.get("clear_file", False)
        values["identifiers_confirmed"] = self.confirmed_fingerprint()
        return values


def _artefact_field(question: ArtefactQuestion) -> forms.Field:
    if question.scale:
        return forms.IntegerField(
            label=question.label,
            help_text=question.hint,
            min_value=0,
            max_value=10,
            widget=forms.TextInput(attrs={"inputmode": "numeric"}),
            error_messages=dict.fromkeys(
                ("required", "invalid", "min_value", "max_value"), SCALE_ERROR
            ),
        )
    return TextAreaField(
        label=question.label,
        help_text=question.hint,
        required=question.required,
        max_length=question.max_length,
        rows=3 if question.max_length <= 1_000 else 6,
        error_messages={"required": question.missing_message},
    )


class ArtefactEvidenceForm(EvidenceForm):
    """A practice artefact (assessments.artefacts): the evidence form with the kind fixed
    and the artefact's own questions."""

    def __init__(self, *args: object, kind: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.artefact_kind = EvidenceKind(kind)
        del self.fields["kind"]
        description = self.fields["description"]
        description.label = "What it shows about your practice (optional)"
        description.help_text = (
            "For example, how you worked with the family or network to write it. "
            f"Do not include names or details that could identify a family. "
            f"Up to {description.max_length:,} characters."
        )
        for question in questions_for(kind):
            self.fields[question.name] = _artefact_field(question)
        # In page order, so the error summary lists problems as the page shows them.
        self.order_fields(
            ["title", "occurred_on", *(q.name for q in questions_for(kind)), "description"]
        )

    @property
    def artefact_hint(self) -> str:
        return EVIDENCE_KIND_HINTS.get(self.artefact_kind, "")

    def artefact_fields(self) -> list[forms.BoundField]:
        return [self[question.name] for question in questions_for(self.artefact_kind)]

    @staticmethod
    def initial_for(evidence: Evidence) -> dict:
        return {**EvidenceForm.initial_for(evidence), **(evidence.artefact or {})}

    def clean(self) -> dict:
        cleaned = super().clean()
        cleaned["kind"] = self.artefact_kind
        return cleaned

    def service_values(self) -> dict:
        values = super().service_values()
        values["artefact"] = {
            q.name: self.cleaned_data.get(q.name) for q in questions_for(self.artefact_kind)
        }
        return values


class LearningPlanForm(IdentifierConfirmationMixin):
    target_level = RecordChoiceField(
        label="Target level",
        queryset=Level.objects.none(),
        empty_label=None,
        error_messages={"required": "Choose the target level"},
    )
    target_date = DateField(
        label="Target date",
        example=date(2027, 3, 31),
        error_messages={"required": "Enter the target date"},
    )
    notes = TextAreaField(label="What you agreed", required=False, max_length=5_000)

    def __init__(self, *args: object, framework=None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        if framework is not None:
            self.fields["target_level"].queryset = framework.levels.order_by("order")


RETURN_FOR_CHANGES = "return"
DECISION_CHOICES = [
    (Outcome.MET.value, "Met"),
    (Outcome.NOT_YET_MET.value, "Not yet met"),
    (RETURN_FOR_CHANGES, "Return for changes"),
]
EXCEPTION_CHOICES = [("", "As above"), *Outcome.choices]


class EvidenceDecisionForm(IdentifierConfirmationMixin):
    """One decision on a piece of evidence: an outcome for every statement still to decide,
    with exceptions statement by statement; or return it to its owner for changes."""

    outcome = forms.ChoiceField(
        label="Your decision on the statements still to decide",
        choices=DECISION_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose met, not yet met or return for changes",
            "invalid_choice": "Choose met, not yet met or return for changes",
        },
    )
    comment = TextAreaField(
        label="Comment",
        required=False,
        max_length=2_000,
        rows=4,
        help_text="They will read it. Needed for not yet met (what is still to show) and for "
        "return for changes (what to change).",
    )

    def __init__(self, *args: object, statements: list[Statement], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.statements = statements
        if len(statements) < 2:
            return
        for statement in statements:
            self.fields[f"outcome_{statement.pk}"] = forms.ChoiceField(
                label=f"Decision on {statement.code}",
                choices=EXCEPTION_CHOICES,
                required=False,
                error_messages={"invalid_choice": "Choose as above, met or not yet met"},
            )
            self.fields[f"comment_{statement.pk}"] = TextAreaField(
                label=f"Comment on {statement.code}", required=False, max_length=2_000, rows=2
            )

    def exception_rows(self) -> list[tuple[Statement, forms.BoundField, forms.BoundField]]:
        if len(self.statements) < 2:
            return []
        return [(s, self[f"outcome_{s.pk}"], self[f"comment_{s.pk}"]) for s in self.statements]

    @property
    def returns(self) -> bool:
        return self.cleaned_data.get("outcome") == RETURN_FOR_CHANGES

    def clean(self) -> dict:
        cleaned = super().clean()
        outcome = cleaned.get("outcome")
        comment = cleaned.get("comment", "")
        if outcome == RETURN_FOR_CHANGES:
            if not comment:
                self.add_error("comment", "Say what needs to change, so they know what to do")
            return cleaned
        missing = set()
        for statement in self.statements:
            own = cleaned.get(f"outcome_{statement.pk}", "")
            if (own or outcome) != Outcome.NOT_YET_MET:
                continue
            if not (cleaned.get(f"comment_{statement.pk}", "") or comment):
                missing.add(f"comment_{statement.pk}" if own else "comment")
        for name in sorted(missing):
            self.add_error(name, "Say what is still needed, so they know what to do next")
        return cleaned

    def exceptions(self) -> dict[int, tuple[str, str]]:
        return {
            s.pk: (
                self.cleaned_data.get(f"outcome_{s.pk}", ""),
                self.cleaned_data.get(f"comment_{s.pk}", ""),
            )
            for s in self.statements
            if self.cleaned_data.get(f"outcome_{s.pk}") or self.cleaned_data.get(f"comment_{s.pk}")
        }


class ConfirmLevelStepForm(IdentifierConfirmationMixin):
    """The confirm step of a level: when it took effect and an optional comment."""

    confirmed_on = DateField(
        label="Date it takes effect",
        not_in_future=True,
        lead="Today unless you agreed it earlier.",
        error_messages={"required": "Enter the date it takes effect"},
    )
    comment = TextAreaField(
        label="Comment",
        required=False,
        max_length=2_000,
        rows=3,
        help_text="They will read it, for example what made the difference.",
    )


class ReconsiderForm(IdentifierConfirmationMixin):
    """Take back a "met": the statement becomes not yet met, and any confirmed level that
    relied on it is flagged for review."""

    statement = forms.TypedChoiceField(
        label="Statement no longer met",
        coerce=int,
        error_messages={
            "required": "Choose the statement that is no longer met",
            "invalid_choice": "Choose a met statement from the list",
        },
    )
    reason = TextAreaField(
        label="Why it is no longer met",
        max_length=2_000,
        rows=3,
        help_text="They will read it: say what they need to show again.",
        error_messages={"required": "Say why it is no longer met"},
    )

    def __init__(self, *args: object, met: list[Statement], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.met = {statement.pk: statement for statement in met}
        self.fields["statement"].choices = [("", "Choose a statement")] + [
            (statement.pk, f"{statement.code}: {statement.text[:80]}") for statement in met
        ]

    def chosen(self) -> Statement:
        return self.met[self.cleaned_data["statement"]]
