"""A service's refusal reaches the form the person typed into, field by field."""

from django import forms
from django.core.exceptions import ValidationError

from core.forms import add_service_errors, error_messages, field_errors


class NoteForm(forms.Form):
    title = forms.CharField()
    note = forms.CharField()


def test_field_errors_land_on_their_fields_and_the_rest_on_top():
    form = NoteForm({"title": "A", "note": "B"})
    assert form.is_valid()
    add_service_errors(
        form,
        ValidationError(
            {"note": ["Too long.", "Names a family."], "elsewhere": "Not a field of this form."}
        ),
    )
    assert form.errors["note"] == ["Too long.", "Names a family."]
    assert form.non_field_errors() == ["Not a field of this form."]
    assert form.data == {"title": "A", "note": "B"}


def test_an_error_without_fields_goes_on_top():
    form = NoteForm({"title": "A", "note": "B"})
    form.is_valid()
    add_service_errors(form, ValidationError(["First.", "Second."]))
    assert form.non_field_errors() == ["First.", "Second."]


def test_messages_flatten_every_field_and_field_errors_keep_the_first():
    error = ValidationError({"q1": ["Answer this.", "And this."], "q2": "Choose one."})
    assert error_messages(error) == ["Answer this.", "And this.", "Choose one."]
    assert field_errors(error) == {"q1": "Answer this.", "q2": "Choose one."}
    assert field_errors(ValidationError("Closed.")) == {}
    assert error_messages(ValidationError("Closed.")) == ["Closed."]
