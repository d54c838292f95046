from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = "Content"

    def ready(self) -> None:
        # wagtail-lms brings its own course and lesson page types, which check enrolment in its
        # courses rather than our audiences. Lessons here are content.LessonPage (which can play
        # a SCORM package), so editors cannot add wagtail-lms's pages anywhere.
        from wagtail_lms.models import CoursePage, H5PLessonPage, SCORMLessonPage

        from content import signal_handlers  # noqa: F401

        for page_type in (CoursePage, H5PLessonPage, SCORMLessonPage):
            page_type.is_creatable = False
