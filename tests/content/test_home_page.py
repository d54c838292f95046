import pytest
from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

from content.models import HomePage

pytestmark = pytest.mark.django_db


def test_home_page_is_the_site_root():
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)


def test_signed_out_visitor_sees_introduction_and_sign_in(client):
    body = client.get("/").content.decode()
    assert "Sign in" in body
    assert "Family Group Decision Making" in body
    assert "Skip to main content" in body
    assert '<main class="main" id="main-content"' in body


def test_team_leader_home_links_to_team_admin(client, team_leader):
    client.force_login(team_leader)
    body = client.get("/").content.decode()
    assert f"Welcome, {team_leader.name}" in body
    assert "Teams and members" in body


def test_practitioner_home_has_no_admin_links(client, practitioner):
    client.force_login(practitioner)
    body = client.get("/").content.decode()
    assert "Teams and members" not in body
    assert "/admin/" not in body


def test_community_member_home_is_made_for_them(client, volunteer):
    client.force_login(volunteer)
    response = client.get("/", follow=True)
    assert response.redirect_chain == [("/my-circle/", 302)]
    body = response.content.decode()
    assert "Guides and mentoring for experts by experience and volunteers" in body
    assert "/admin/" not in body


class TestHomePageTree(WagtailPageTestCase):
    def test_home_page_only_under_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_only_one_home_page(self):
        root = Page.objects.get(depth=1)
        self.assertFalse(HomePage.can_create_at(root))
