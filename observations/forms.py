import json

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from core.forms import DateField, IdentifierConfirmationMixin, RecordChoiceField, TextAreaField
from core.frozen_forms import FrozenReadOnlyFormMixin
from observations.enums import MeetingType, ObservationStatus, Stage
from observations.models import Observation, ObservationTemplate, validate_rating_scale
from people.models import User

NO_IDENTIFIERS_HINT = (
    "Never write names, addresses, dates of birth, phone numbers or case numbers of the "
    "family or anyone in their network."
)


NO_RATING = ("", "No rating")


class ObservationCreateForm(forms.Form):
    observed = RecordChoiceField(
        label="Whose practice did you observe?",
        queryset=User.objects.none(),
        empty_label="Choose a colleague",
        error_messages={
            "required": "Choose the colleague you observed",
            "invalid_choice": "Choose a colleague from the list",
        },
    )
    meeting_type = forms.ChoiceField(
        label="What kind of meeting was it?",
        choices=MeetingType.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose the kind of meeting you observed",
            "invalid_choice": "Choose the kind of meeting you observed",
        },
    )
    template = RecordChoiceField(
        label="Observation template",
        queryset=ObservationTemplate.objects.none(),
        widget=forms.RadioSelect,
        empty_label=None,
        help_text="Choose one made for the kind of meeting you observed.",
        error_messages={
            "required": "Choose an observation template",
            "invalid_choice": "Choose a template from the list",
        },
    )
    observed_on = DateField(
        label="Date of the meeting",
        not_in_future=True,
        error_messages={"required": "Enter the date of the meeting"},
    )
    family_consent = forms.BooleanField(
        label="The family agreed to my being at the meeting as an observer",
        help_text="Their agreement is needed before anything about the meeting is recorded.",
        error_messages={
            "required": "Confirm the family agreed to your being there. Without their "
            "agreement nothing about the meeting may be recorded"
        },
    )

    def __init__(self, *args: object, observer: User, **kwargs: object) -> None:
        from observations.selectors import colleagues_to_observe, templates_in_use

        super().__init__(*args, **kwargs)
        self.fields["observed"].queryset = colleagues_to_observe(observer)
        templates = templates_in_use()
        self.fields["template"].queryset = templates
        self.fields["template"].label_from_instance = template_label


def template_label(template: ObservationTemplate) -> str:
    fits = ", ".join(label.lower() for label in template.meeting_type_labels())
    return f"{template.name}. Fits: {fits}" if fits else template.name


class ObservationForm(IdentifierConfirmationMixin):
    """The observer's draft: details, a rating and comment per criterion, and feedback."""

    observed_on = DateField(
        label="Date of the meeting",
        not_in_future=True,
        error_messages={"required": "Enter the date of the meeting"},
    )
    meeting_type = forms.ChoiceField(
        label="What kind of meeting was it?",
        choices=MeetingType.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose the kind of meeting you observed",
            "invalid_choice": "Choose the kind of meeting you observed",
        },
    )
    stages_observed = forms.MultipleChoiceField(
        label="Stages you observed",
        choices=Stage.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": "Choose stages from the list"},
    )
    strengths = TextAreaField(
        label="Strengths",
        required=False,
        max_length=10_000,
        rows=6,
        help_text="What went well, with examples of what you saw and heard.",
    )
    development_points = TextAreaField(
        label="Points for development",
        required=False,
        max_length=10_000,
        rows=6,
    )
    agreed_actions = TextAreaField(
        label="Agreed actions",
        required=False,
        max_length=10_000,
        help_text="What you agreed when you talked it through: who does what, by when.",
    )
    family_voice = TextAreaField(
        label="What the family and the child said about the meeting",
        required=False,
        max_length=10_000,
        help_text="Where you gathered it. Say who in general terms (“a grandparent”, "
        "“the young person”), never by name.",
    )

    def __init__(self, *args: object, observation: Observation, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.observation = observation
        self.rating_rows = sorted(
            observation.ratings.all(), key=lambda r: (r.criterion.sort_order or 0, r.pk)
        )
        # "No rating" is no point on the scale: it is how a criterion of a stage the observer
        # did not see is left (and a draft's criterion not rated yet).
        choices = [*observation.template.rating_choices, NO_RATING]
        for row in self.rating_rows:
            criterion = row.criterion
            self.fields[f"rating_{criterion.pk}"] = forms.ChoiceField(
                label=criterion.text,
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
                help_text=criterion.guidance,
                error_messages={"invalid_choice": "Choose a rating from the scale"},
            )
            self.fields[f"comment_{criterion.pk}"] = TextAreaField(
                label="Comment",
                required=False,
                max_length=5_000,
                rows=3,
            )

    def _stages_ticked(self) -> set[str]:
        if self.is_bound:
            getlist = getattr(self.data, "getlist", None)
            return set(
                getlist("stages_observed") if getlist else self.data.get("stages_observed", ())
            )
        return set(self.initial.get("stages_observed") or ())

    def stage_groups(self) -> list[dict]:
        """The criteria fields grouped by stage, in meeting order, for the template; each
        group says whether its stage is ticked as observed."""
        groups = []
        ticked = self._stages_ticked()
        for stage in Stage:
            rows = [r for r in self.rating_rows if r.criterion.stage == stage.value]
            if rows:
                groups.append(
                    {
                        "stage": stage,
                        "observed": stage.value in ticked,
                        "criteria": [
                            {
                                "criterion": row.criterion,
                                "rating": self[f"rating_{row.criterion.pk}"],
                                "comment": self[f"comment_{row.criterion.pk}"],
                            }
                            for row in rows
                        ],
                    }
                )
        return groups

    def ratings(self) -> list:
        from observations.services import RatingInput

        return [
            RatingInput(
                row.criterion.pk,
                self.cleaned_data.get(f"rating_{row.criterion.pk}", ""),
                self.cleaned_data.get(f"comment_{row.criterion.pk}", ""),
            )
            for row in self.rating_rows
        ]


class ResponseForm(IdentifierConfirmationMixin):
    response = TextAreaField(
        label="Your response and reflection",
        max_length=10_000,
        rows=8,
        help_text="What you take from the feedback, what you would do differently and what "
        "you will do next. " + NO_IDENTIFIERS_HINT,
        error_messages={"required": "Write your response before you send it"},
    )


class AddendumForm(IdentifierConfirmationMixin):
    text = TextAreaField(
        label="Addendum",
        max_length=5_000,
        help_text="The observation itself is locked. Add what has changed or what should be "
        "read alongside it. " + NO_IDENTIFIERS_HINT,
        error_messages={"required": "Write the addendum before you add it"},
    )


class ObservationFilterForm(forms.Form):
    status = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[("", "Any status"), *ObservationStatus.choices],
        error_messages={"invalid_choice": "Choose a status from the list"},
    )
    date_from = DateField(label="Meetings from", required=False)
    date_to = DateField(label="to", required=False)

    def __init__(self, *args: object, include_drafts: bool = True, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        if not include_drafts:
            self.fields["status"].choices = [
                choice for choice in self.fields["status"].choices if choice[0] != "draft"
            ]

    def clean(self) -> dict:
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", "The end date must be the same as or after the start date")
        return cleaned


# Wagtail admin --------------------------------------------------------------------------------


class RatingScaleField(forms.CharField):
    """The rating scale as lines an editor can write: "Label | evidence" or "Label | no".

    Stored as a JSON list of {value, label, counts_as_evidence}.
    """

    widget = forms.Textarea(attrs={"rows": 5})

    def prepare_value(self, value: object) -> str:
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                return value
        if isinstance(value, list):
            return "\n".join(
                f"{point.get('label', '')} | "
                f"{'evidence' if point.get('counts_as_evidence') else 'not evidence'}"
                for point in value
                if isinstance(point, dict)
            )
        return ""

    def to_python(self, value: str | list) -> list[dict]:
        from django.utils.text import slugify

        if isinstance(value, list):  # read-only (a frozen template): the stored scale
            return value

        points = []
        for number, line in enumerate(str(value or "").splitlines(), start=1):
            if not line.strip():
                continue
            label, _, flag = line.partition("|")
            label, flag = label.strip(), flag.strip().lower()
            if flag not in {"evidence", "not evidence", "no", "yes", ""}:
                raise forms.ValidationError(
                    f"Line {number}: after the “|” write “evidence” or “not evidence”."
                )
            points.append(
                {
                    "value": slugify(label).replace("-", "_"),
                    "label": label,
                    "counts_as_evidence": flag in {"evidence", "yes"},
                }
            )
        try:
            validate_rating_scale(points)
        except forms.ValidationError as error:
            raise forms.ValidationError(error.message_dict["rating_scale"]) from None
        return points


class ObservationTemplateAdminForm(FrozenReadOnlyFormMixin, WagtailAdminModelForm):
    rating_scale = RatingScaleField(
        help_text="One point per line, lowest first: the label, a “|”, then “evidence” if "
        "a criterion rated at this point becomes evidence for its statements on sign-off, "
        "otherwise “not evidence”. For example “Developing | evidence”.",
    )
