"""Single sign-on with OpenID Connect (mozilla-django-oidc), configured by environment.

- `provider.py`: the provider's endpoints and issuer, from settings or its discovery URL.
- `rule.py`: settings.SSO_CLAIMS_RULE, the rule that turns claims into teams and roles.
- `services.py`: finding, making and updating the person a sign-in is for.
- `backend.py`: the authentication backend, with the ID token checks we add.
- `views.py`: start and callback, and the page that says why a sign-in was refused.
"""
