"""Statement and domain pickers that say which framework and level each option belongs to.

A statement's code and text alone do not tell an editor whether it is the Coordinator's or
the Team Leader's framework, nor which version: each option reads
"FGCC · Level B · FGCC-B-K-03 — Explains the …". The labels come from one query per
rendered picker (whatever the number of options), never one per option.
"""

from collections.abc import Callable
from typing import Any

from django import forms
from django.utils.text import Truncator

from assessments.enums import FrameworkStatus
from assessments.models import Domain, Statement

TEXT_LENGTH = 90


def framework_label(code: str, version: int, status: str) -> str:
    """The framework's code; a version not in use also names its number and status."""
    if status == FrameworkStatus.PUBLISHED:
        return code
    return f"{code} v{version} ({FrameworkStatus(status).label.lower()})"


def statement_labels() -> dict[int, str]:
    rows = Statement.objects.values_list(
        "pk",
        "code",
        "text",
        "domain__level__code",
        "domain__level__framework__code",
        "domain__level__framework__version",
        "domain__level__framework__status",
    )
    return {
        pk: f"{framework_label(fw_code, version, status)} · Level {level} · {code} — "
        f"{Truncator(text).chars(TEXT_LENGTH)}"
        for pk, code, text, level, fw_code, version, status in rows
    }


def domain_labels() -> dict[int, str]:
    rows = Domain.objects.values_list(
        "pk",
        "name",
        "level__code",
        "level__framework__code",
        "level__framework__version",
        "level__framework__status",
    )
    return {
        pk: f"{framework_label(fw_code, version, status)} · Level {level} · {name}"
        for pk, name, level, fw_code, version, status in rows
    }


class _LabelledOptions:
    """Relabels a choice widget's options from a {pk: label} map read once per render."""

    labels: Callable[[], dict[int, str]]

    def optgroups(self, name: str, value: Any, attrs: dict | None = None) -> list:
        self._labels = type(self).labels()
        try:
            return super().optgroups(name, value, attrs)
        finally:
            del self._labels

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        key = getattr(value, "value", value)
        label = self._labels.get(key, label) if key not in ("", None) else label
        return super().create_option(name, value, label, selected, index, subindex, attrs)


class StatementCheckboxes(_LabelledOptions, forms.CheckboxSelectMultiple):
    labels = staticmethod(statement_labels)


class StatementSelectMultiple(_LabelledOptions, forms.SelectMultiple):
    labels = staticmethod(statement_labels)


class DomainSelect(_LabelledOptions, forms.Select):
    labels = staticmethod(domain_labels)
