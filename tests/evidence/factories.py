import hashlib
import uuid

import factory
from django.utils import timezone

from oversight.evidence.models import EvidenceFile, EvidenceFormat, EvidenceVersion
from tests.obligations.factories import ObligationFactory


class EvidenceFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EvidenceFile

    obligation = factory.SubFactory(ObligationFactory)
    title = factory.Sequence(lambda n: f"Referral audit {n}")
    latest_version = 0


class EvidenceVersionFactory(factory.django.DjangoModelFactory):
    """A version row only: no file is written (use the services for that)."""

    class Meta:
        model = EvidenceVersion

    evidence = factory.SubFactory(EvidenceFileFactory)
    number = factory.Sequence(lambda n: n + 1)
    original_name = "audit.txt"
    stored_name = factory.LazyFunction(lambda: uuid.uuid4().hex)
    file_format = EvidenceFormat.TXT
    content_type = "text/plain"
    size = 10
    sha256 = hashlib.sha256(b"").hexdigest()
    uploaded_at = factory.LazyFunction(timezone.now)
