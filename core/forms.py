"""Putting a service's refusal in front of the person who typed, beside what they typed.

Services raise ValidationError (by field where the rule concerns one field); views and forms use
these three helpers instead of unpicking the error themselves.
"""

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
