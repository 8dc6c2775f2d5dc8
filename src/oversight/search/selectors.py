"""Word search over what a user may see (docs/adr/0009-search-on-postgresql-and-sqlite.md).

Every search starts from an access queryset. On PostgreSQL the words are a web-search query
(``websearch_to_tsquery``: quoted phrases, ``or``, ``-word``) against an English text-search vector
of the searched fields, ranked; elsewhere (SQLite) every word must occur in one of the fields, newest
first. Initiatives are matched by the good-practice library's own selector.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.db import connection
from django.db.models import Q, QuerySet

from oversight.reports.access import reports_visible_to
from oversight.reports.models import Finding, Report
from oversight.responses.access import responses_visible_to
from oversight.responses.models import Response
from oversight.responses.selectors import GoodPracticeFilters, InitiativeEntry, good_practice, words_of

MAX_QUERY_CHARS = 200
KINDS = ("reports", "findings", "responses", "initiatives")


def full_text_available() -> bool:
    return connection.vendor == "postgresql"


def matching(qs: QuerySet[Any], fields: tuple[str, ...], text: str, *, newest: tuple[str, ...]) -> QuerySet[Any]:
    """The rows of ``qs`` whose ``fields`` hold the words of ``text``, best first."""
    if full_text_available():
        query = SearchQuery(text, search_type="websearch", config="english")
        vector = SearchVector(*fields, config="english")
        ranked: QuerySet[Any] = qs.annotate(search=vector, rank=SearchRank(vector, query))
        return ranked.filter(search=query).order_by("-rank", "pk")
    words = words_of(text)
    if not words:
        return qs.none()
    for word in words:
        any_field = Q()
        for name in fields:
            any_field |= Q(**{f"{name}__icontains": word})
        qs = qs.filter(any_field)
    return qs.order_by(*newest, "-pk")


def search_reports(*, user: Any, text: str) -> QuerySet[Report]:
    return matching(reports_visible_to(user), ("title", "summary"), text, newest=("-published",))


def search_findings(*, user: Any, text: str) -> QuerySet[Finding]:
    qs = Finding.objects.select_related("report").filter(report__in=reports_visible_to(user).values("pk"))
    return matching(qs, ("text",), text, newest=("-report__published", "position"))


def search_responses(*, user: Any, text: str) -> QuerySet[Response]:
    qs = responses_visible_to(user).defer("extraction")
    fields = ("text", "author_name", "organisation__name")
    return matching(qs, fields, text, newest=("-letter_date", "-created_at"))


def search_initiatives(*, user: Any, text: str) -> list[InitiativeEntry]:
    return good_practice(user=user, filters=GoodPracticeFilters(words=text))


@dataclass(frozen=True, slots=True)
class SearchResults:
    text: str
    reports: QuerySet[Report]
    findings: QuerySet[Finding]
    responses: QuerySet[Response]
    initiatives: list[InitiativeEntry]


def search_everything(*, user: Any, text: str) -> SearchResults:
    """Lazy result sets of each kind (nothing runs until a page is taken or counted)."""
    text = text.strip()[:MAX_QUERY_CHARS]
    return SearchResults(
        text=text,
        reports=search_reports(user=user, text=text),
        findings=search_findings(user=user, text=text),
        responses=search_responses(user=user, text=text),
        initiatives=search_initiatives(user=user, text=text) if words_of(text) else [],
    )
