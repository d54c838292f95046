"""`manage.py check` (and every server start) reports a claims rule that cannot work."""

from django.core import checks
from django.core.exceptions import ImproperlyConfigured

from people.sso import provider


@checks.register(checks.Tags.security)
def claims_rule_check(app_configs: object = None, **kwargs: object) -> list[checks.CheckMessage]:
    try:
        provider.claims_rule_in_force()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="people.E001")]
    return []
