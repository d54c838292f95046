from django.core.files.storage import FileSystemStorage


class PrivateFileSystemStorage(FileSystemStorage):
    """Files with no public URL at all: views stream them after checking access."""

    def url(self, name: str | None) -> str:
        raise ValueError("Private files have no URL; serve them through an access-checked view.")
