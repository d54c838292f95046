"""The editors' document upload form: Wagtail's, with the content check every upload gets."""

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.forms import ValidationError
from wagtail.documents.forms import BaseDocumentForm

from core.uploads import upload_problem


class DocumentForm(BaseDocumentForm):
    """Refuses a document whose content is not what its name says (an executable named .pdf,
    a web page named .txt), before it can be put on a page."""

    def clean_file(self) -> UploadedFile:
        upload = self.cleaned_data.get("file")
        if isinstance(upload, UploadedFile):
            allowed = [f".{ext}" for ext in settings.WAGTAILDOCS_EXTENSIONS]
            problem = upload_problem(upload, allowed)
            if problem:
                raise ValidationError(problem)
        return upload
