from datetime import date

from django import forms
from django.utils import timezone

from content.models import ModulePage
from core.forms import (
    DateField,
    IdentifierConfirmationMixin,
    RecordChoiceField,
    RecordMultipleChoiceField,
    TextAreaField,
)
from learning.enums import CPDActivityType
from learning.models import Assignment, CPDEntry
from learning.selectors import registration_year
from people.selectors import people_decided_on_by


def _note_field() -> TextAreaField:
    return TextAreaField(
        label="Note to the learner",
        required=False,
        max_length=1000,
        help_text="Why this module, or what to bring to supervision. "
        "Do not include anything that could identify a family.",
    )


class AssignmentForm(IdentifierConfirmationMixin):
    module = RecordChoiceField(
        label="Module",
        queryset=ModulePage.objects.none(),
        empty_label=None,
        error_messages={
            "required": "Choose a module",
            "invalid_choice": "Choose a module from the list",
        },
    )
    learners = RecordMultipleChoiceField(
        label="Who should do it",
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": "Choose at least one person",
            "invalid_choice": "Choose people from the list",
            "invalid_pk_value": "Choose people from the list",
        },
    )
    due_date = DateField(
        label="Due date",
        example=date(2027, 3, 31),
        error_messages={"required": "Enter the due date"},
    )
    note = _note_field()

    def __init__(self, *args: object, leader, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["module"].queryset = ModulePage.objects.live().order_by("path")
        self.fields["learners"].queryset = people_decided_on_by(leader).order_by(
            "display_name", "username"
        )
        self.fields["learners"].label_from_instance = lambda user: (
            f"{user.name}, {user.job_title}".rstrip(", ")
        )

    def clean_due_date(self) -> date:
        value = self.cleaned_data["due_date"]
        if value < timezone.localdate():
            raise forms.ValidationError("The due date must be today or later")
        return value


class AssignmentChangeForm(IdentifierConfirmationMixin):
    """An assignment's due date and note. A due date already past may stay as it is."""

    due_date = DateField(
        label="Due date",
        example=date(2027, 3, 31),
        error_messages={"required": "Enter the due date"},
    )
    note = _note_field()

    def __init__(self, *args: object, assignment: Assignment, **kwargs: object) -> None:
        kwargs.setdefault("initial", {"due_date": assignment.due_date, "note": assignment.note})
        super().__init__(*args, **kwargs)
        self.assignment = assignment

    def clean_due_date(self) -> date:
        value = self.cleaned_data["due_date"]
        if value != self.assignment.due_date and value < timezone.localdate():
            raise forms.ValidationError("The due date must be today or later")
        return value


class CPDEntryForm(IdentifierConfirmationMixin):
    title = forms.CharField(
        label="Title",
        max_length=200,
        error_messages={
            "required": "Enter a title",
            "max_length": "Keep the title to 200 characters or fewer",
        },
    )
    activity_type = forms.ChoiceField(
        label="Type of activity",
        choices=CPDActivityType.choices,
        error_messages={"required": "Choose the type of activity"},
    )
    activity_date = DateField(
        label="Date",
        not_in_future=True,
        error_messages={"required": "Enter the date"},
    )
    hours = forms.DecimalField(
        label="Hours",
        min_value=0.1,
        max_value=200,
        decimal_places=1,
        help_text="Social Work England sets no minimum; record what it took.",
        error_messages={
            "required": "Enter the hours",
            "invalid": "Enter the hours as a number, for example 1.5",
            "min_value": "Enter at least 0.1 hours",
            "max_value": "Enter 200 hours or fewer",
            "max_decimal_places": "Use at most one decimal place, for example 1.5",
        },
    )
    description = TextAreaField(
        label="What it was and why it is relevant to your work", required=False, max_length=5_000
    )
    learning = TextAreaField(label="What you learnt", required=False, max_length=5_000)
    impact = TextAreaField(
        label="The impact on your practice and on the people you work with",
        required=False,
        max_length=5_000,
    )
    peer_reflection = forms.BooleanField(
        label="I discussed this with a peer (a peer reflection record)", required=False
    )
    peer_learning = TextAreaField(
        label="What you learnt from discussing it with a peer",
        required=False,
        max_length=5_000,
        help_text="Needed for a peer reflection record. The peer does not need to approve it.",
    )

    def __init__(
        self, *args: object, instance_entry: CPDEntry | None = None, **kwargs: object
    ) -> None:
        if instance_entry is not None and "initial" not in kwargs:
            kwargs["initial"] = {
                name: getattr(instance_entry, name)
                for name in self.base_fields
                if hasattr(instance_entry, name)
            }
        super().__init__(*args, **kwargs)

    def clean(self) -> dict:
        cleaned = super().clean()
        if cleaned.get("peer_reflection") and not (cleaned.get("peer_learning") or "").strip():
            self.add_error("peer_learning", "Say what you learnt from discussing it with a peer")
        return cleaned


class CPDFilterForm(forms.Form):
    start = DateField(label="From", required=False)
    end = DateField(label="To", required=False)

    def period(self) -> tuple[date | None, date | None]:
        """The chosen period, or this registration year when none (or an invalid one) is given."""
        if self.is_bound and self.is_valid():
            start, end = self.cleaned_data.get("start"), self.cleaned_data.get("end")
            if start or end:
                return start, end
        return registration_year()

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", "The end date must be after the start date")
        return cleaned


class ReflectionConfirmationForm(IdentifierConfirmationMixin):
    """The identifier confirmation alone: the reflection boxes are the lesson's own prompts."""
