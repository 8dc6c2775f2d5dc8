"""Template filters for registering and publishing reports."""

from __future__ import annotations

from typing import Any

from django import template

from oversight.reports.access import can_register_reports as _can_register

register = template.Library()


@register.filter
def can_register_reports(user: Any) -> bool:
    """Whether this user may register and publish reports (the inspectorate's analysts)."""
    return _can_register(user)
