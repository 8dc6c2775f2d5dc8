import datetime as dt

import factory

from oversight.reports.models import Finding, FindingKind, Report, ReportKind, ReportState
from tests.organisations.factories import InspectorateFactory


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    key = factory.Sequence(lambda n: f"report-{n}")
    title = factory.Sequence(lambda n: f"An inspection of something important, number {n}")
    inspectorate = factory.SubFactory(InspectorateFactory)
    kind = ReportKind.NATIONAL_THEMATIC
    state = ReportState.PUBLISHED
    published = dt.date(2025, 5, 16)


class FindingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Finding

    report = factory.SubFactory(ReportFactory)
    kind = FindingKind.RECOMMENDATION
    reference = factory.Sequence(lambda n: str(n + 1))
    position = factory.Sequence(lambda n: n)
    text = "By 30 April 2026, chief constables should make sure that something measurable happens."
    deadline = dt.date(2026, 4, 30)
    addressees = factory.LazyFunction(lambda: ["chief constables"])
