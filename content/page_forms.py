"""Admin forms for learning pages: what an editor may publish.

A module is the learner's way into its lessons, so publishing a module with no published
lesson under it would show learners an empty course. Saving a draft is always allowed: an
editor saves the module, adds its lessons under it, publishes them, then the module.
"""

from typing import Any

from wagtail.admin.forms import WagtailAdminPageForm

NO_LESSONS_MESSAGE = (
    "This module has no published lessons, so it cannot be published yet. Save it as a "
    "draft, add its lessons under it and publish them, then publish the module."
)


class ModulePageForm(WagtailAdminPageForm):
    def clean(self) -> dict[str, Any]:
        cleaned_data = super().clean()
        publishing = bool(self.data.get("action-publish"))
        if publishing and not self.instance.has_live_lessons():
            self.add_error(None, NO_LESSONS_MESSAGE)
        return cleaned_data
