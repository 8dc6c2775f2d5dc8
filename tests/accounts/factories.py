import factory

from oversight.accounts.models import Membership, Role, User
from oversight.organisations.models import Organisation
from tests.organisations.factories import ForceFactory


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("correct horse battery staple")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(ForceFactory)
    role = Role.VIEWER


def member_of(organisation_name: str, role: str) -> User:
    """A new user holding ``role`` in the (reference data) organisation of that name."""
    user = UserFactory()
    MembershipFactory(user=user, organisation=Organisation.objects.get(name=organisation_name), role=role)
    return user
