"""The editors' SCORM package admin (wagtail-lms's, under the LMS menu) with our upload check.

config.settings names ScormPackageViewSet in WAGTAIL_LMS_SCORM_PACKAGE_VIEWSET_CLASS. A package
is uploaded once: wagtail-lms unpacks a file only when the package is first saved, so a changed
course is uploaded as a new package and chosen on the lesson.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail_lms.viewsets import SCORMPackageViewSet

from content.packages import apply_manifest, check_scorm_zip


class ScormPackageForm(WagtailAdminModelForm):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.manifest = None
        self.fields[
            "package_file"
        ].help_text = "A SCORM 1.2 or 2004 package: a .zip with imsmanifest.xml at the top."
        self.fields["title"].help_text = "Editors see this name when they choose it for a lesson."
        if self.instance.pk:
            self.fields["package_file"].disabled = True
            self.fields[
                "package_file"
            ].help_text = (
                "To change the course, upload it as a new package and choose that on the lesson."
            )

    def clean_package_file(self) -> object:
        upload = self.cleaned_data.get("package_file")
        if isinstance(upload, UploadedFile):
            try:
                self.manifest = check_scorm_zip(upload, upload.name, upload.size)
            except ValidationError as error:
                raise forms.ValidationError(error.messages) from None
        return upload

    def save(self, commit: bool = True) -> object:
        package = super().save(commit=commit)
        if commit and self.manifest is not None:
            apply_manifest(package, self.manifest)
        return package


class ScormPackageViewSet(SCORMPackageViewSet):
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("description"),
            FieldPanel("package_file"),
            FieldPanel("version", read_only=True),
            FieldPanel("launch_url", read_only=True),
        ],
        base_form_class=ScormPackageForm,
    )
