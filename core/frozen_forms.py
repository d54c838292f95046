"""Admin forms for versions records point at: the editor is told before typing, not after.

A version that is frozen (core.lifecycle: evidence, decisions or observations point at it)
opens with a notice at the top of its edit form, FrozenNoticePanel, and every field read-only,
FrozenReadOnlyFormMixin. The model's clean still refuses a change, for whoever posts anyway.
Any instance with `is_frozen()` and `frozen_message` works: versions, and rows under them.
"""

from typing import Any

from django import forms
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import Panel


def is_frozen(instance: Any) -> bool:
    return instance is not None and bool(instance.pk) and instance.is_frozen()


class FrozenNoticePanel(Panel):
    """Put first in a frozen model's panels; shown only when the instance is frozen."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "core/admin/frozen_notice.html"

        def is_shown(self) -> bool:
            return is_frozen(self.instance)

        def get_context_data(self, parent_context: dict | None = None) -> dict:
            context = super().get_context_data(parent_context)
            context["message"] = self.instance.frozen_message
            return context


def _make_read_only(form: forms.BaseForm) -> None:
    for field in form.fields.values():
        field.disabled = True


class FrozenReadOnlyFormMixin:
    """Every field, and every inline row's field, is read-only while the instance is frozen."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.is_frozen = is_frozen(self.instance)
        if not self.is_frozen:
            return
        _make_read_only(self)
        for formset in getattr(self, "formsets", {}).values():
            for form in formset.forms:
                _make_read_only(form)


class FrozenReadOnlyAdminForm(FrozenReadOnlyFormMixin, WagtailAdminModelForm):
    """The base form of a frozen-aware admin edit view with no form of its own."""
