"""Template helpers for the oversight pages: links to obligations and query strings that keep filters."""

from __future__ import annotations

import functools
from html import escape
from typing import Any

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.safestring import SafeString, mark_safe

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


@functools.cache
def _obligation_url_parts() -> tuple[str, str]:
    marker = 987654321
    url = obligation_url(marker)
    before, _, after = url.partition(str(marker))
    return before, after


_escaped = functools.lru_cache(maxsize=4096)(escape)  # the same names, labels and stances recur


def _cell_html(name: str, cell: Any) -> str:
    """A cell's HTML, every value escaped; ``name`` is the row's force name, already escaped."""
    if not cell.obligation_id:
        return '<td class="govuk-table__cell"><span class="app-not-addressed">Not addressed</span></td>'
    label, stance = _escaped(str(cell.label)), _escaped(str(cell.stance))
    tag = f'<strong class="govuk-tag app-status app-status--{_escaped(cell.status or "none")}">{label}</strong>'
    if cell.linked:
        before, after = _obligation_url_parts()
        finding = _escaped(str(cell.finding.short_label))
        tag = (
            f'<a class="govuk-link app-cell-link" href="{before}{int(cell.obligation_id)}{after}"'
            f' aria-label="{name}, {finding}: {label}, stance {_escaped(str(cell.stance).lower())}">{tag}</a>'
        )
    overdue = '<br><strong class="app-overdue">Overdue</strong>' if cell.overdue else ""
    return f'<td class="govuk-table__cell">{tag}<br><span class="app-stance">{stance}</span>{overdue}</td>'


@register.simple_tag
def matrix_cells(row: Any) -> SafeString:
    """Every cell of one row of the report's forces × findings table: each the status in words (a
    link to the obligation when the viewer may open it), the stance, and an overdue flag.

    Written in Python with the standard library's escaping rather than in the template or with
    ``format_html``: a report page at national scale has hundreds of cells, and rendering them
    through template tags took most of the page's time. Every value is escaped."""
    name = _escaped(str(row.organisation.name))
    return mark_safe("".join(_cell_html(name, cell) for cell in row.cells))  # noqa: S308 - each cell is escaped
