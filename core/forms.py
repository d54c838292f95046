"""Putting a service's refusal in front of the person who typed, beside what they typed.

Services raise ValidationError (by field where the rule concerns one field); views and forms use
these three helpers instead of unpicking the error themselves.
"""

import re

from django import forms
from django.core.exceptions import ValidationError


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
    """Show a service's ValidationError on a form: by field where it names one, else on top."""
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
