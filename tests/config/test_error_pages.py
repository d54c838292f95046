import pytest
from django.template.loader import render_to_string


@pytest.mark.django_db
def test_missing_page_uses_our_404(client, practitioner):
    client.force_login(practitioner)
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "<h1>Page not found</h1>" in body
    assert 'href="#main-content"' in body


def test_500_page_renders_without_a_request():
    body = render_to_string("500.html", {})
    assert "Sorry, there is a problem with the service" in body
    assert "Anything you saved before this message is safe" in body


def test_403_page():
    body = render_to_string("403.html", {})
    assert "<h1>You cannot do that</h1>" in body


@pytest.mark.django_db
def test_server_error_handler_uses_our_500(client, practitioner, settings):
    from django.urls import path

    from config.urls import urlpatterns

    def boom(request):
        raise RuntimeError("kaboom")

    settings.ROOT_URLCONF = type("urls", (), {"urlpatterns": [path("boom/", boom), *urlpatterns]})
    client.raise_request_exception = False
    client.force_login(practitioner)
    response = client.get("/boom/")
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in response.content.decode()
