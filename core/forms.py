"""Putting a service's refusal in front of the person who typed, beside what they typed.

Services raise ValidationError (by field where the rule concerns one field); views and forms use
these three helpers instead of unpicking the error themselves.
"""

import re
from datetime import date, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format

from core.identifiers import FieldMatch, IdentifiersFound


def error_messages(error: ValidationError) -> list[str]:
    """Every message of a service's ValidationError, field errors included, in order."""
    if hasattr(error, "error_dict"):
        return [message for messages in error.message_dict.values() for message in messages]
    return list(error.messages)


def field_errors(error: ValidationError) -> dict[str, str]:
    """The first message for each field a ValidationError names ({} when it names none)."""
    if not hasattr(error, "error_dict"):
        return {}
    return {name: messages[0] for name, messages in error.message_dict.items()}


def add_service_errors(form: forms.Form, error: ValidationError) -> None:
    """Show a service's ValidationError on a form: by field where it names one, else on top.

    Text refused by the identifier guard is shown as the matches, with the confirmation box,
    on a form that can show them (IdentifierConfirmationMixin).
    """
    if isinstance(error, IdentifiersFound) and hasattr(form, "show_matches"):
        form.show_matches(error.matches, error.fingerprint)
        return
    if hasattr(error, "error_dict"):
        for name, messages in error.message_dict.items():
            form.add_error(name if name in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


_DATABASE_ID = re.compile(r"\A\s*[0-9]{1,19}\s*\Z")
DATABASE_ID_MAX = 2**63 - 1


def is_database_id(value: object) -> bool:
    """Could any database row have this id? A positive whole number that fits 64 bits."""
    if isinstance(value, int) and not isinstance(value, bool):
        return 0 < value <= DATABASE_ID_MAX
    return (
        isinstance(value, str)
        and bool(_DATABASE_ID.match(value))
        and 0 < int(value) <= DATABASE_ID_MAX
    )


class RecordChoiceField(forms.ModelChoiceField):
    """A choice of one record by id. An id no row could have (text, a number too large for
    the database) is an unknown choice, a form error, never a database error."""

    def to_python(self, value: object) -> object:
        if (
            value not in self.empty_values
            and self.to_field_name is None
            and not isinstance(value, self.queryset.model)
            and not is_database_id(value)
        ):
            raise ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return super().to_python(value)


class RecordMultipleChoiceField(forms.ModelMultipleChoiceField):
    """A choice of several records by id, with RecordChoiceField's guard on every id."""

    def _check_values(self, value: object) -> object:
        if self.to_field_name is None and isinstance(value, list | tuple | set | frozenset):
            for pk in value:
                if not is_database_id(pk):
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"],
                        code="invalid_pk_value",
                        params={"pk": pk},
                    )
        return super()._check_values(value)


# Shared fields: dates people can type in an old browser, and text with a limit they can see.

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d %m %Y"]
EARLIEST_DATE = date(1950, 1, 1)
YEARS_AHEAD = 10
# Every date field shows its format the same way: the day, month and year as the date
# input (type="date") shows them in en-GB browsers, and as an older browser's text box takes
# them (DATE_INPUT_FORMATS).
DATE_EXAMPLE = date(2026, 3, 27)


def date_hint(example: date = DATE_EXAMPLE) -> str:
    """The one hint under a date field: "For example 27/03/2026"."""
    return f"For example {example:%d/%m/%Y}"


class DateField(forms.DateField):
    """A date input that also takes day/month/year typed into old browsers' text boxes, and
    refuses dates no record could have (0001-01-01, the year 3000).

    `earliest` and `latest` narrow the range for a field: a date it happened is not in the
    future, a due date is not in the past. `latest` may be a callable so "today" is today.
    """

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")

    def __init__(
        self,
        *,
        earliest: date | None = None,
        latest: date | None = None,
        not_in_future: bool = False,
        **kwargs: object,
    ) -> None:
        # The hint is always the format, after the field's own sentence (`lead`) if it has one.
        example = kwargs.pop("example", DATE_EXAMPLE)
        lead = kwargs.pop("lead", "") or kwargs.pop("help_text", "")
        kwargs["help_text"] = f"{lead} {date_hint(example)}" if lead else date_hint(example)
        kwargs.setdefault("input_formats", DATE_INPUT_FORMATS)
        kwargs["error_messages"] = {
            "invalid": f"Enter a real date, for example {example:%d/%m/%Y}",
            **kwargs.get("error_messages", {}),
        }
        super().__init__(**kwargs)
        self.earliest = earliest or EARLIEST_DATE
        self.latest = latest
        self.not_in_future = not_in_future

    def _latest(self) -> date:
        if self.latest is not None:
            return self.latest
        today = timezone.localdate()
        if self.not_in_future:
            return today
        return today.replace(year=today.year + YEARS_AHEAD) - timedelta(days=1)

    def validate(self, value: date | None) -> None:
        super().validate(value)
        if value is None:
            return
        latest = self._latest()
        if self.not_in_future and value > latest:
            raise ValidationError("The date must be today or in the past", code="future")
        if not self.earliest <= value <= latest:
            raise ValidationError(
                "Enter a date between %(earliest)s and %(latest)s",
                code="out_of_range",
                params={
                    "earliest": date_format(self.earliest, "j F Y"),
                    "latest": date_format(latest, "j F Y"),
                },
            )


class TextAreaField(forms.CharField):
    """Free text with a limit the person is told before they type, and told again, with how
    much they wrote, if they go over. No maxlength attribute: a browser would cut pasted text
    silently, and nothing typed is ever lost."""

    def __init__(self, *, max_length: int, rows: int = 4, **kwargs: object) -> None:
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": rows}))
        limit = f"Up to {max_length:,} characters."
        help_text = kwargs.get("help_text", "")
        kwargs["help_text"] = f"{help_text} {limit}".strip()
        super().__init__(max_length=max_length, **kwargs)
        self.error_messages["max_length"] = (
            "Keep this to %(limit_value)s characters or fewer: it has %(show_value)s"
        )
        for validator in self.validators:
            if getattr(validator, "code", "") == "max_length":
                validator.message = self.error_messages["max_length"]

    def widget_attrs(self, widget: forms.Widget) -> dict:
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs


class IdentifierConfirmationMixin(forms.Form):
    """The "none of these identify the family" confirmation, tied to the matches shown.

    `identifiers_fingerprint` carries the fingerprint of the matches the person was shown;
    the service accepts the confirmation only for exactly those matches.
    """

    identifiers_confirmed = forms.BooleanField(
        label="I have checked: none of these identify the family",
        required=False,
    )
    identifiers_fingerprint = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.matches: list[FieldMatch] = []

    def confirmed_fingerprint(self) -> str:
        if self.cleaned_data.get("identifiers_confirmed"):
            return self.cleaned_data.get("identifiers_fingerprint", "")
        return ""

    def service_values(self) -> dict:
        """The cleaned values for a service, with the confirmation as the service takes it."""
        values = dict(self.cleaned_data)
        values.pop("identifiers_fingerprint", None)
        values["identifiers_confirmed"] = self.confirmed_fingerprint()
        return values

    def show_matches(self, matches: list[FieldMatch], fingerprint: str) -> None:
        """Re-show the form with the matches listed and a fresh, unticked confirmation."""
        self.matches = matches
        data = self.data.copy()
        data[self.add_prefix("identifiers_fingerprint")] = fingerprint
        data.pop(self.add_prefix("identifiers_confirmed"), None)
        self.data = data
        self.add_error(
            None,
            "Some of what you wrote may identify the family. Remove it, or tick the box to "
            "confirm none of it does, then save again.",
        )
