from django.apps import AppConfig


class MeasuresConfig(AppConfig):
    name = "oversight.measures"
    label = "measures"
