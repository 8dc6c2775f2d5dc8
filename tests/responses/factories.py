import factory

from oversight.responses.models import Response, ResponseItem, ResponseState
from tests.organisations.factories import PolicingBodyFactory
from tests.reports.factories import FindingFactory, ReportFactory


class ResponseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Response

    report = factory.SubFactory(ReportFactory)
    organisation = factory.SubFactory(PolicingBodyFactory)
    state = ResponseState.DRAFT
    text = "I agree with this recommendation."


class ResponseItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ResponseItem

    response = factory.SubFactory(ResponseFactory)
    finding = factory.SubFactory(FindingFactory)
