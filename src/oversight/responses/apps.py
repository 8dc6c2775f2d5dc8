from django.apps import AppConfig


class ResponsesConfig(AppConfig):
    name = "oversight.responses"
    label = "responses"
