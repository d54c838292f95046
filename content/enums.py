from django.db import models


class ResourceKind(models.TextChoices):
    """What sort of thing a resource is, so readers can pick the format that suits them."""

    GUIDE = "guide", "Guide"
    TEMPLATE = "template", "Template"
    VIDEO = "video", "Video"
    EASY_READ = "easy_read", "Easy read"
    READING = "reading", "Further reading"
    LINK = "link", "Link"


class CalloutStyle(models.TextChoices):
    """The kind of a callout box; its label is always written out, never shown by colour alone."""

    INFORMATION = "information", "Information"
    IMPORTANT = "important", "Important"
    TIP = "tip", "Tip"


class QuestionKind(models.TextChoices):
    SINGLE = "single", "Single choice"
    MULTIPLE = "multiple", "Multiple choice (choose all that apply)"
