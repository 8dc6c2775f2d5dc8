"""Template helpers for the oversight pages: links to obligations and query strings that keep filters."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import NoReverseMatch, reverse

register = template.Library()


@register.filter
def obligation_url(obligation_id: int) -> str:
    """The obligation page's address (named ``obligation-detail``)."""
    try:
        return reverse("obligation-detail", args=[obligation_id])
    except NoReverseMatch:
        return f"/obligations/{obligation_id}/"


@register.simple_tag(takes_context=True)
def query_with(context: dict[str, Any], **changes: Any) -> str:
    """The current query string with some parameters replaced (or removed when given as "")."""
    params = context["request"].GET.copy()
    for name, value in changes.items():
        if value in ("", None):
            params.pop(name, None)
        else:
            params[name] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def get(mapping: dict[str, Any], key: str) -> Any:
    """A dictionary's value by key, in a template."""
    return mapping.get(key)


@register.simple_tag(takes_context=True)
def page_url(context: dict[str, Any], number: int) -> str:
    """The current query string with the page parameter (``page_param`` in the context, else
    ``page``) set to ``number``."""
    return query_with(context, **{context.get("page_param") or "page": number})
