from django import forms

from core.forms import DateField


class LeavingForm(forms.Form):
    left_on = DateField(
        label="Leaving date",
        not_in_future=True,
        lead="Their last day. The retention schedule counts from it.",
        error_messages={"required": "Enter their leaving date"},
    )
