"""Forms for co-observation and the calibration report. They only validate."""

from datetime import date

from django import forms
from django.utils import timezone

from core.forms import DateField, IdentifierConfirmationMixin, RecordChoiceField, TextAreaField
from observations.forms import NO_IDENTIFIERS_HINT
from observations.selectors import twelve_months_before
from people.models import User


class CoObserverInviteForm(forms.Form):
    second_observer = RecordChoiceField(
        label="Who else observed the meeting?",
        queryset=User.objects.none(),
        empty_label="Choose a colleague",
        help_text="They rate the meeting on their own. Neither of you sees the other's "
        "ratings until you have both shared.",
        error_messages={
            "required": "Choose the colleague who observed the meeting with you",
            "invalid_choice": "Choose a colleague from the list",
        },
    )
    family_consent = forms.BooleanField(
        label="The family agreed to a second observer at the meeting",
        error_messages={
            "required": "Confirm the family agreed to a second observer. Without their "
            "agreement nothing about the meeting may be recorded"
        },
    )

    def __init__(self, *args: object, colleagues, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["second_observer"].queryset = colleagues


class DiscussionNoteForm(IdentifierConfirmationMixin):
    discussion_note = TextAreaField(
        label="Calibration discussion note",
        max_length=5_000,
        help_text="Where your ratings differed, what each of you saw and what you agreed a "
        "rating on the scale means. Recording it closes the co-observation. " + NO_IDENTIFIERS_HINT,
        error_messages={"required": "Write what you agreed in your calibration discussion"},
    )


class CalibrationPeriodForm(forms.Form):
    """Pairs of meetings between two dates; the last 12 months unless chosen."""

    date_from = DateField(label="Meetings from", required=False, help_text="For example 1/4/2026")
    date_to = DateField(label="to", required=False, help_text="For example 31/3/2027")

    def period(self) -> tuple[date, date]:
        today = timezone.localdate()
        start, end = twelve_months_before(today), today
        if self.is_bound and self.is_valid():
            start = self.cleaned_data.get("date_from") or start
            end = self.cleaned_data.get("date_to") or end
        return (start, end) if start <= end else (end, start)
