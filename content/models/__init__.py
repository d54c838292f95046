from content.models.learning_pages import LessonPage, ModulePage, ProgrammePage
from content.models.pages import BasePage, HomePage
from content.models.resources import (
    AUDIENCE_FIELDS,
    EasyReadVersion,
    ResourceIndexPage,
    ResourcePage,
    ResourcePageTag,
    audience_q,
)

__all__ = [
    "AUDIENCE_FIELDS",
    "BasePage",
    "EasyReadVersion",
    "HomePage",
    "LessonPage",
    "ModulePage",
    "ProgrammePage",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourcePageTag",
    "audience_q",
]
