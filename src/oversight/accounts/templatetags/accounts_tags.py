"""Template filters about the signed-in user's account."""

from __future__ import annotations

from typing import Any

from django import template

from oversight.accounts.access import can_administer_users

register = template.Library()


@register.filter(name="administers_users")
def administers_users(user: Any) -> bool:
    """Whether to offer the user administration pages to this user."""
    return can_administer_users(user)
