import factory
from django.utils.text import slugify

from oversight.organisations.models import BodyKind, Governance, Organisation, OrganisationKind, Region


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    kind = OrganisationKind.PARTNER


class ForceFactory(OrganisationFactory):
    name = factory.Sequence(lambda n: f"Shire {n} Police")
    kind = OrganisationKind.FORCE
    region = factory.SubFactory(RegionFactory)


class PolicingBodyFactory(OrganisationFactory):
    name = factory.Sequence(lambda n: f"Shire {n} Police and Crime Commissioner")
    kind = OrganisationKind.POLICING_BODY
    body_kind = BodyKind.PCC


class InspectorateFactory(OrganisationFactory):
    name = "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services"
    short_name = "HMICFRS"
    kind = OrganisationKind.INSPECTORATE

    class Meta:
        django_get_or_create = ["name"]


class GovernanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Governance

    force = factory.SubFactory(ForceFactory)
    body = factory.SubFactory(PolicingBodyFactory)
