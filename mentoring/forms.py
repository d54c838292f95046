"""Forms validate what was typed; the rules live in mentoring.services."""

from django import forms
from django.db.models import QuerySet

from core.forms import DateField, IdentifierConfirmationMixin, RecordChoiceField, TextAreaField
from core.sanitize import html_to_plain_text
from mentoring.models import MentoringSession
from people.models import User


class PersonChoiceField(RecordChoiceField):
    def label_from_instance(self, obj: User) -> str:
        return f"{obj.name} ({obj.job_title})" if obj.job_title else obj.name


class MentoringRelationshipForm(forms.Form):
    mentee = PersonChoiceField(
        label="Who will you mentor?",
        queryset=User.objects.none(),
        empty_label="Choose a person",
        error_messages={"required": "Choose who you will mentor"},
    )
    start_date = DateField(label="Start date", error_messages={"required": "Enter the start date"})

    def __init__(self, *args: object, mentees: QuerySet[User], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["mentee"].queryset = mentees


class MentoringEndForm(forms.Form):
    end_date = DateField(
        label="Last day of mentoring", error_messages={"required": "Enter the end date"}
    )


class MentoringSessionForm(IdentifierConfirmationMixin):
    date = DateField(
        label="Date",
        lead="A date in the future plans the next session.",
        error_messages={"required": "Enter the date of the session"},
    )
    duration_minutes = forms.IntegerField(
        label="How long, in minutes",
        min_value=5,
        max_value=480,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "required": "Enter how long the session was, in minutes",
            "invalid": "Enter the length in whole minutes, for example 45",
            "min_value": "A session is at least 5 minutes",
            "max_value": "A session is at most 480 minutes (8 hours)",
        },
    )
    topics = forms.CharField(
        label="Topics",
        max_length=300,
        help_text="What you talked about, in a few words. Never a family's name or details.",
        error_messages={
            "required": "Enter what the session was about",
            "max_length": "Topics must be 300 characters or fewer",
        },
    )
    next_steps = TextAreaField(
        label="Agreed next steps",
        required=False,
        max_length=5_000,
        help_text="Seen by you and the person you mentor.",
    )
    shared_notes = TextAreaField(
        label="Notes for you both",
        required=False,
        max_length=10_000,
        rows=6,
        help_text="Seen by you and the person you mentor.",
    )
    mentor_notes = TextAreaField(
        label="Private notes",
        required=False,
        max_length=10_000,
        help_text="Only you see these. Not the person you mentor, not your team leader.",
    )

    @staticmethod
    def initial_for(session: MentoringSession) -> dict:
        """What the mentor typed, back as plain text (notes are stored as sanitised HTML)."""
        return {
            "date": session.date,
            "duration_minutes": session.duration_minutes,
            "topics": session.topics,
            "next_steps": html_to_plain_text(session.next_steps),
            "shared_notes": html_to_plain_text(session.shared_notes),
            "mentor_notes": html_to_plain_text(session.mentor_notes),
        }


class RecommendationForm(IdentifierConfirmationMixin):
    resource = RecordChoiceField(
        label="Resource",
        queryset=None,
        empty_label="Choose a resource",
        error_messages={"required": "Choose a resource to recommend"},
    )
    note = forms.CharField(
        label="Why it might help",
        required=False,
        max_length=300,
        help_text="A sentence or two, seen by the person you mentor.",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "Keep the note to 300 characters or fewer"},
    )

    def __init__(self, *args: object, resources: QuerySet, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["resource"].queryset = resources
