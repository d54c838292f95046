from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    """A person's data lifecycle (UK GDPR): subject access downloads, leavers, retention.

    It reads and anonymises every app's records, so it sits at the right end of the layers,
    after reporting; the access log and the leaver service it builds on live in people.
    """

    name = "privacy"
    verbose_name = "Privacy"
