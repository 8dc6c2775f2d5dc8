"""Small template filters for the pages."""

from __future__ import annotations

from django import template

register = template.Library()

FLAG_LABELS = {
    "late_response": "Late",
    "dated_before_publication": "Dated before publication",
    "report_not_registered": "Report not registered",
}


@register.filter
def flag_label(flag: str) -> str:
    """A short label for a pipeline flag, for tags in tables."""
    return FLAG_LABELS.get(flag, flag.replace("_", " ").capitalize())
