"""A service's refusal reaches the form the person typed into, field by field."""

import inspect
import re
from pathlib import Path

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


# Ids typed or tampered into a form ----------------------------------------------------------

import pytest  # noqa: E402

from core.forms import RecordChoiceField, RecordMultipleChoiceField, is_database_id  # noqa: E402
from people.models import Team  # noqa: E402

TOO_LARGE = "99999999999999999999"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1", True),
        (" 42 ", True),
        (str(2**63 - 1), True),
        (str(2**63), False),
        (TOO_LARGE, False),
        ("0", False),
        ("-3", False),
        ("1.5", False),
        ("²", False),
        ("abc", False),
        (7, True),
        (True, False),
    ],
)
def test_is_database_id(value, expected):
    assert is_database_id(value) is expected


@pytest.mark.django_db
@pytest.mark.parametrize("value", [TOO_LARGE, "-1", "1e5", "x"])
def test_record_choice_fields_refuse_ids_no_row_could_have(value):
    Team.objects.create(name="North")
    one = RecordChoiceField(queryset=Team.objects.all())
    many = RecordMultipleChoiceField(queryset=Team.objects.all())
    with pytest.raises(ValidationError) as refused:
        one.clean(value)
    assert refused.value.code == "invalid_choice"
    with pytest.raises(ValidationError) as refused_many:
        many.clean([value])
    assert refused_many.value.code in {"invalid_pk_value", "invalid_choice"}


@pytest.mark.django_db
def test_record_choice_fields_still_choose_real_rows():
    team = Team.objects.create(name="North")
    assert RecordChoiceField(queryset=Team.objects.all()).clean(str(team.pk)) == team
    chosen = RecordMultipleChoiceField(queryset=Team.objects.all()).clean([str(team.pk)])
    assert list(chosen) == [team]


# Limits a person can see: text lengths and plausible dates (issue 13, finding 9) -----------

import datetime  # noqa: E402

from django.utils import timezone  # noqa: E402

from core.forms import DateField, TextAreaField  # noqa: E402


class DiaryForm(forms.Form):
    when = DateField()
    happened = DateField(not_in_future=True, required=False)
    notes = TextAreaField(max_length=20, required=False, help_text="What you saw.")


@pytest.mark.parametrize("typed", ["0001-01-01", "1949-12-31", "3000-01-01"])
def test_dates_no_record_could_have_are_refused_with_the_range(typed):
    form = DiaryForm({"when": typed})
    assert not form.is_valid()
    assert form.errors["when"][0].startswith("Enter a date between 1 January 1950 and ")


def test_day_month_year_as_typed_in_old_browsers_is_read_as_a_uk_date():
    form = DiaryForm({"when": "03/04/2026"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["when"] == datetime.date(2026, 4, 3)


def test_a_date_that_happened_cannot_be_tomorrow():
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    form = DiaryForm({"when": "2026-01-01", "happened": tomorrow.isoformat()})
    assert not form.is_valid()
    assert form.errors["happened"] == ["The date must be today or in the past"]


def test_text_limit_is_shown_before_typing_and_explained_after():
    form = DiaryForm({"when": "2026-01-01", "notes": "x" * 25})
    assert form.fields["notes"].help_text == "What you saw. Up to 20 characters."
    assert "maxlength" not in str(form["notes"])  # a browser would cut pasted text silently
    assert not form.is_valid()
    assert form.errors["notes"] == ["Keep this to 20 characters or fewer: it has 25"]
    assert form["notes"].value() == "x" * 25


# One date format and hint everywhere ---------------------------------------------------------

DATE_HINT = re.compile(r"([A-Z].*\. )?For example \d\d/\d\d/\d{4}")


def every_date_field():
    import assessments.forms
    import learning.forms
    import meetings.forms
    import mentoring.forms
    import observations.forms
    import privacy.forms
    import reporting.forms

    for module in (
        assessments.forms,
        learning.forms,
        meetings.forms,
        mentoring.forms,
        observations.forms,
        privacy.forms,
        reporting.forms,
    ):
        for name, form in inspect.getmembers(module, inspect.isclass):
            if issubclass(form, forms.BaseForm) and form.__module__ == module.__name__:
                for field_name, field in form.base_fields.items():
                    if isinstance(field, forms.DateField):
                        yield f"{name}.{field_name}", field


def test_every_date_field_is_a_date_input_with_the_one_hint():
    fields = dict(every_date_field())
    assert len(fields) > 10
    for name, field in fields.items():
        assert isinstance(field, DateField), name
        assert field.widget.input_type == "date", name
        assert DATE_HINT.fullmatch(str(field.help_text)), (name, field.help_text)
        assert re.search(r"for example \d\d/\d\d/\d{4}$", field.error_messages["invalid"]), name


def test_no_template_writes_its_own_date_hint():
    templates = Path(__file__).resolve().parents[2] / "templates"
    for path in templates.rglob("*.html"):
        text = path.read_text()
        assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", text), path
