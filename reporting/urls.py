from django.urls import path

from reporting import views

app_name = "reporting"

urlpatterns = [
    path("dashboards/team/", views.team_dashboard, name="dashboard-team"),
    path("dashboards/service/", views.service_dashboard, name="dashboard-service"),
    path("dashboards/completions/", views.completions_list, name="dashboard-completions"),
    path(
        "dashboards/observations/",
        views.observations_list,
        name="dashboard-observations",
    ),
]
