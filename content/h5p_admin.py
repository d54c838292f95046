"""The editors' H5P activity admin (wagtail-lms's, under the LMS menu and as a snippet, which
the lesson's chooser uses) with our upload check (content.h5p_packages).

config.settings names these in WAGTAIL_LMS_H5P_ACTIVITY_VIEWSET_CLASS and
WAGTAIL_LMS_H5P_SNIPPET_VIEWSET_CLASS. As with SCORM packages, a package is uploaded once: a
changed activity is uploaded as a new one and chosen on the lesson.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail_lms.viewsets import H5PActivitySnippetViewSet, H5PActivityViewSet

from content.h5p_packages import check_h5p_file


class H5PActivityForm(WagtailAdminModelForm):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        package = self.fields["package_file"]
        package.help_text = (
            "An .h5p file downloaded from an H5P editor with its libraries "
            "(h5p.json at the top, content/content.json and the main library's folder)."
        )
        self.fields["title"].help_text = "Editors see this name when they choose it for a lesson."
        if self.instance.pk:
            package.disabled = True
            package.help_text = (
                "To change the activity, upload it as a new one and choose that on the lesson."
            )

    def clean_package_file(self) -> object:
        upload = self.cleaned_data.get("package_file")
        if isinstance(upload, UploadedFile):
            try:
                check_h5p_file(upload, upload.name, upload.size)
            except ValidationError as error:
                raise forms.ValidationError(error.messages) from None
        return upload


EDIT_HANDLER = ObjectList(
    [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("package_file"),
        FieldPanel("main_library", read_only=True),
    ],
    base_form_class=H5PActivityForm,
)


class CheckedH5PActivityViewSet(H5PActivityViewSet):
    edit_handler = EDIT_HANDLER


class CheckedH5PActivitySnippetViewSet(H5PActivitySnippetViewSet):
    edit_handler = EDIT_HANDLER
