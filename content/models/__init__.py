from content.models.pages import BasePage, HomePage

__all__ = ["BasePage", "HomePage"]
