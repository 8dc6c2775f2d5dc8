import factory
from django.utils import timezone

from oversight.obligations.models import Action, Obligation, ProgressUpdate
from tests.organisations.factories import ForceFactory
from tests.reports.factories import FindingFactory


class ObligationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Obligation

    finding = factory.SubFactory(FindingFactory)
    organisation = factory.SubFactory(ForceFactory)


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action

    obligation = factory.SubFactory(ObligationFactory)
    title = "Publish guidance"


class ProgressUpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ProgressUpdate

    obligation = factory.SubFactory(ObligationFactory)
    text = "Guidance drafted."
    created_at = factory.LazyFunction(timezone.now)
