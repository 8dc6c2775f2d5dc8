from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "oversight.evidence"
    label = "evidence"
