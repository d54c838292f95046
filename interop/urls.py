from django.urls import path

from interop import views

app_name = "interop"

urlpatterns = [
    path("credentials/issuer/", views.issuer, name="issuer"),
    path("credentials/achievements/<int:module_id>/", views.achievement, name="achievement"),
    path("credentials/<uuid:public_id>/", views.verify_page, name="verify"),
    path("credentials/<uuid:public_id>/credential.json", views.credential_json, name="json"),
    path("credentials/<uuid:public_id>/credential.jwt", views.credential_jwt_view, name="jwt"),
    path(
        "learning/certificates/<int:completion_id>/credential/",
        views.certificate_credential,
        name="certificate-credential",
    ),
]
