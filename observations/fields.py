from django import forms
from django.core.exceptions import ValidationError
from django.db import models


class ChoiceListField(models.CharField):
    """A short list of choices, stored as ",a,b," so any database can filter on one item.

    `Model.objects.filter(field__contains=",a,")` works on SQLite and PostgreSQL alike,
    which a JSON list does not. In Python the value is always a list of strings.
    """

    def __init__(self, *args: object, item_choices: list | tuple = (), **kwargs: object) -> None:
        self.item_choices = [tuple(choice) for choice in item_choices]
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> tuple:
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        if kwargs.get("default") is list:
            del kwargs["default"]
        if kwargs.get("max_length") == 255:
            del kwargs["max_length"]
        return name, path, args, kwargs

    @staticmethod
    def lookup_value(item: str) -> str:
        """The string to give `__contains` to find rows whose list holds `item`."""
        return f",{item},"

    def from_db_value(self, value: str | None, expression: object, connection: object) -> list:
        return self.to_python(value)

    def to_python(self, value: object) -> list[str]:
        if isinstance(value, list | tuple):
            return [str(item) for item in value]
        if not value:
            return []
        return [item for item in str(value).split(",") if item]

    def get_prep_value(self, value: object) -> object:
        if isinstance(value, list | tuple):
            return f",{','.join(str(item) for item in value)}," if value else ""
        # Lookups such as __contains pass their string through untouched.
        return value

    def value_to_string(self, obj: models.Model) -> str:
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value: list[str], model_instance: models.Model) -> None:
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")
        allowed = {choice[0] for choice in self.item_choices}
        unknown = [item for item in value if item not in allowed]
        if unknown:
            raise ValidationError(f"Unknown choice: {', '.join(unknown)}.", code="invalid_choice")

    def run_validators(self, value: object) -> None:
        """The stored string's length, not the list's, is what max_length limits."""
        super().run_validators(self.get_prep_value(value))

    def formfield(self, **kwargs: object) -> forms.Field:
        defaults = {
            "choices": self.item_choices,
            "required": not self.blank,
            "label": self.verbose_name.capitalize(),
            "help_text": self.help_text,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update({k: v for k, v in kwargs.items() if k in {"label", "help_text", "widget"}})
        return forms.MultipleChoiceField(**defaults)
