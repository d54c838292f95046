from datetime import date

from django import forms

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


class ConfirmLevelForm(forms.Form):
    level = RecordChoiceField(queryset=Level.objects.all())


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


OUTCOME_CHOICES = [("", "No decision now"), *Outcome.choices]
KIND_LABELS = dict(EvidenceKind.choices)


class ReviewForm(IdentifierConfirmationMixin):
    """One outcome and comment per statement, decided together in one submit."""

    def __init__(self, *args: object, statements: list[Statement], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.statements = statements
        for statement in statements:
            self.fields[f"outcome_{statement.pk}"] = forms.ChoiceField(
                label=f"Decision on {statement.code}",
                choices=OUTCOME_CHOICES,
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields[f"comment_{statement.pk}"] = TextAreaField(
                label=f"Comment on {statement.code}", required=False, max_length=2_000, rows=3
            )

    def rows(self) -> list[tuple[Statement, forms.BoundField, forms.BoundField]]:
        return [(s, self[f"outcome_{s.pk}"], self[f"comment_{s.pk}"]) for s in self.statements]

    def clean(self) -> dict:
        cleaned = super().clean()
        chosen = 0
        for statement in self.statements:
            outcome = cleaned.get(f"outcome_{statement.pk}")
            if outcome:
                chosen += 1
            if outcome == Outcome.NOT_YET_MET and not cleaned.get(f"comment_{statement.pk}"):
                self.add_error(
                    f"comment_{statement.pk}",
                    f"Say what is still needed for {statement.code}, so they know what to do next",
                )
        if not chosen and not self.errors:
            raise forms.ValidationError("Choose met or not yet met for at least one statement")
        return cleaned

    def decisions(self) -> list[tuple[Statement, str, str]]:
        return [
            (
                s,
                self.cleaned_data[f"outcome_{s.pk}"],
                self.cleaned_data.get(f"comment_{s.pk}", ""),
            )
            for s in self.statements
            if self.cleaned_data.get(f"outcome_{s.pk}")
        ]
