"""The filter every dashboard and its lists share: one of your teams, and a period."""

from datetime import date

from django import forms
from django.utils import timezone

from core.forms import DateField, RecordChoiceField
from people.models import Team, User
from people.selectors import teams_visible_to
from reporting.selectors import Period


class DashboardFilterForm(forms.Form):
    team = RecordChoiceField(
        label="Team", queryset=Team.objects.none(), required=False, empty_label="All my teams"
    )
    start = DateField(label="From", required=False, example=date(2026, 4, 1))
    end = DateField(label="To", required=False, example=date(2026, 6, 30))

    def __init__(self, *args: object, viewer: User, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = teams_visible_to(viewer).order_by("name")
        self.fields["team"].error_messages["invalid_choice"] = "Choose one of your teams"

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and start > end:
            self.add_error("end", "The end date must be on or after the start date")
        return cleaned

    def period(self) -> Period:
        """This quarter unless a valid start or end says otherwise."""
        default = Period.this_quarter()
        if not (self.is_bound and self.is_valid()):
            return default
        return Period(
            self.cleaned_data.get("start") or default.start,
            self.cleaned_data.get("end") or timezone.localdate(),
        )

    def observations_period(self) -> Period:
        """Without a start date, the 12 months to the end: the span the dashboard's
        observations per coordinator cover, so its links land on the same records."""
        period = self.period()
        return period if self.data.get("start") else period.twelve_months

    def selected_team(self) -> Team | None:
        return self.cleaned_data.get("team") if self.is_bound and self.is_valid() else None
