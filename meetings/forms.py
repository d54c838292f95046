"""Forms for meeting records: fixed choices and a date, nothing typed that could identify."""

from datetime import date, timedelta

from django import forms
from django.utils import timezone

from core.forms import DateField
from meetings.enums import Answer, ChildVoice, MeetingKind, NetworkBand, ReferralSource
from meetings.models import MeetingRecord
from meetings.services import FollowUpFacts, MeetingFacts
from observations.enums import Stage
from people.models import Team

YES_NO = [("yes", "Yes"), ("no", "No")]


def _choose(what: str) -> dict[str, str]:
    return {"required": f"Choose {what}", "invalid_choice": f"Choose {what}"}


class MeetingForm(forms.Form):
    team = forms.ModelChoiceField(
        label="Team",
        queryset=Team.objects.none(),
        empty_label=None,
        error_messages=_choose("the team you convened it for"),
    )
    kind = forms.ChoiceField(
        label="Type of meeting",
        choices=MeetingKind.choices,
        widget=forms.RadioSelect,
        error_messages=_choose("the type of meeting"),
    )
    held_on = DateField(
        label="Date of the meeting",
        not_in_future=True,
        error_messages={"required": "Enter the date of the meeting"},
    )
    stage_reached = forms.ChoiceField(
        label="Stage reached",
        choices=Stage.choices,
        widget=forms.RadioSelect,
        help_text="The last stage the meeting got to.",
        error_messages=_choose("the stage the meeting reached"),
    )
    referral_source = forms.ChoiceField(
        label="Who referred the family",
        choices=ReferralSource.choices,
        widget=forms.RadioSelect,
        error_messages=_choose("who referred the family"),
    )
    plan_agreed = forms.ChoiceField(
        label="Was a family plan agreed?",
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages=_choose("yes if a family plan was agreed"),
    )
    child_voice = forms.ChoiceField(
        label="How was the child's voice represented?",
        choices=ChildVoice.choices,
        widget=forms.RadioSelect,
        error_messages=_choose("how the child's voice was represented"),
    )
    network_band = forms.ChoiceField(
        label="Family network members who attended",
        choices=NetworkBand.choices,
        widget=forms.RadioSelect,
        help_text="Count family and friends, not professionals.",
        error_messages=_choose("how many family network members attended"),
    )

    def __init__(
        self,
        *args: object,
        teams: list[Team],
        record: MeetingRecord | None = None,
        **kwargs: object,
    ) -> None:
        if record is not None and not args:
            kwargs.setdefault(
                "initial",
                {
                    "team": record.team_id,
                    "kind": record.kind,
                    "held_on": record.held_on,
                    "stage_reached": record.stage_reached,
                    "referral_source": record.referral_source,
                    "plan_agreed": "yes" if record.plan_agreed else "no",
                    "child_voice": record.child_voice,
                    "network_band": record.network_band,
                },
            )
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = Team.objects.filter(pk__in=[t.pk for t in teams])
        # One team to choose from, or a record's own team: no question to ask.
        self.fixed_team = record.team if record else (teams[0] if len(teams) == 1 else None)
        if self.fixed_team is not None:
            del self.fields["team"]

    def chosen_team(self) -> Team:
        return self.fixed_team or self.cleaned_data["team"]

    def facts(self) -> MeetingFacts:
        data = self.cleaned_data
        return MeetingFacts(
            kind=data["kind"],
            held_on=data["held_on"],
            stage_reached=data["stage_reached"],
            referral_source=data["referral_source"],
            plan_agreed=data["plan_agreed"] == "yes",
            child_voice=data["child_voice"],
            network_band=data["network_band"],
        )


class FollowUpForm(forms.Form):
    plan_holding = forms.ChoiceField(
        label="Is the family plan holding?",
        choices=Answer.choices,
        widget=forms.RadioSelect,
        error_messages=_choose("whether the plan is holding"),
    )
    escalation_avoided = forms.ChoiceField(
        label="Was escalation avoided?",
        choices=Answer.choices,
        widget=forms.RadioSelect,
        help_text="No move to a child protection plan, care proceedings or care since the meeting.",
        error_messages=_choose("whether escalation was avoided"),
    )
    child_in_network = forms.ChoiceField(
        label="Has the child remained within the family network?",
        choices=Answer.choices,
        widget=forms.RadioSelect,
        error_messages=_choose("whether the child remained in the network"),
    )

    def facts(self) -> FollowUpFacts:
        return FollowUpFacts(**{name: self.cleaned_data[name] for name in self.fields})


class PeriodForm(forms.Form):
    """The meetings held between two dates; the last 12 months unless chosen."""

    start = DateField(label="From", required=False)
    end = DateField(label="To", required=False)

    def period(self) -> tuple[date, date]:
        today = timezone.localdate()
        start, end = today - timedelta(days=365), today
        if self.is_valid():
            start = self.cleaned_data.get("start") or start
            end = self.cleaned_data.get("end") or end
        return (start, end) if start <= end else (end, start)
