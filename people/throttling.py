"""Slowing down password guessing: sign-in lockouts (django-axes) and a limit on password reset
requests, each with a message that says when to try again."""

import hashlib
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import time_format

from people.forms import SignInForm
from people.sso.provider import is_enabled as sso_is_enabled


def _when(moment: datetime) -> str:
    local = timezone.localtime(moment)
    day = "today" if local.date() == timezone.localdate() else f"on {local:%d %B}"
    return f"{time_format(local, 'H:i')} {day}"


def lockout_ends(username: str, ip_address: str | None) -> datetime:
    """When the lock on this username from this address lifts."""
    from axes.models import AccessAttempt

    last = (
        AccessAttempt.objects.filter(username=username, ip_address=ip_address)
        .order_by("-attempt_time")
        .values_list("attempt_time", flat=True)
        .first()
    )
    return (last or timezone.now()) + settings.AXES_COOLOFF_TIME


def is_locked_out(request: HttpRequest, username: str) -> bool:
    """Whether this username is locked from this request's address (for single sign-on, which
    finds the person rather than being told a username)."""
    from axes.handlers.proxy import AxesProxyHandler

    AxesProxyHandler.update_request(request)
    return AxesProxyHandler.is_locked(request, {"username": username})


def locked_out(request: HttpRequest, credentials: dict | None, *args: object, **kw: object):
    """django-axes calls this instead of signing in: the sign-in page, with why and until when."""
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    ends = lockout_ends(username, getattr(request, "axes_ip_address", None))
    form = SignInForm(request, data={"username": username})
    form.errors.clear()
    form.add_error(
        None,
        f"There have been too many wrong passwords for this username, so signing in is paused "
        f"until {_when(ends)}. Try again then, or ask your administrator to unlock it now. "
        "If you have forgotten your password, reset it.",
    )
    context = {"form": form, "locked": True, "sso_enabled": sso_is_enabled()}
    return render(request, "people/sign_in.html", context, status=429)


def _reset_key(request: HttpRequest, email: str) -> str:
    address = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(f"{address}|{email.strip().lower()}".encode()).hexdigest()
    return f"password-reset-requests:{digest}"


def password_reset_paused_until(request: HttpRequest, email: str) -> datetime | None:
    """Count this reset request; past the limit, when the person may ask again."""
    key = _reset_key(request, email)
    window = settings.PASSWORD_RESET_WINDOW
    now = timezone.now()
    started, count = cache.get(key, (now, 0))
    if now - started >= window:
        started, count = now, 0
    count += 1
    cache.set(key, (started, count), timeout=int(window.total_seconds()))
    if count > settings.PASSWORD_RESET_LIMIT:
        return started + window
    return None


def password_reset_paused_message(until: datetime) -> str:
    return (
        "You have asked for several password reset emails in a short time, so no more will be "
        f"sent until {_when(until)}. Check your inbox and spam folder for the ones already sent."
    )
