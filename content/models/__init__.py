from content.models.learning_pages import (
    LEARNER_PREVIEW_HOOK,
    LessonPage,
    ModulePage,
    ProgrammePage,
)
from content.models.pages import BasePage, HomePage, StandardPage
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
    "LEARNER_PREVIEW_HOOK",
    "BasePage",
    "EasyReadVersion",
    "HomePage",
    "LessonPage",
    "ModulePage",
    "ProgrammePage",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourcePageTag",
    "StandardPage",
    "audience_q",
]
