from django.urls import path

from meetings import views

app_name = "meetings"

urlpatterns = [
    path("meetings/", views.meeting_list, name="list"),
    path("meetings/add/", views.meeting_form, name="add"),
    path("meetings/<int:pk>/edit/", views.meeting_form, name="edit"),
    path("meetings/<int:pk>/follow-up/<int:months>/", views.follow_up_form, name="follow-up"),
    path("meetings/figures/", views.meeting_figures, name="figures"),
]
