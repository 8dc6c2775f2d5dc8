"""Writes of evidence: a new piece of evidence with its first file, and new versions of it.

A file is received into a temporary file while its size is counted and its digest taken; it is
refused (and removed) when it is too large or not an accepted kind, judged from its content. Only
then is it stored, under its final, generated name ``evidence/<uuid>`` in the upload storage
(``core.storage``: a folder under ``MEDIA_ROOT`` or an S3-compatible bucket), and recorded. If the
record cannot be written the stored file is removed: a refused or failed upload leaves nothing.
The uploader's file name is kept for display only, never used as a name in the storage.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.utils import timezone

from oversight.core import storage
from oversight.core.audit import as_actor
from oversight.core.errors import InvalidChange, NotAllowed, NotFound
from oversight.core.models import Classification
from oversight.evidence.access import can_add_evidence
from oversight.evidence.models import (
    EVIDENCE_DESCRIPTION_MAX,
    EVIDENCE_TITLE_MAX,
    ORIGINAL_NAME_MAX,
    EvidenceFile,
    EvidenceVersion,
)
from oversight.evidence.sniff import HEAD_BYTES, Sniffed, UnacceptableFile, sniff
from oversight.obligations.models import Obligation
from oversight.obligations.services import clean_text


class FileRefused(InvalidChange):
    """The uploaded file itself is refused: too large, or not a kind accepted as evidence."""


STALE_EVIDENCE = "Someone else added a version of this evidence meanwhile; check it and try again."


EVIDENCE_FOLDER = "evidence"


def evidence_name(stored_name: str) -> str:
    """The name of a version's file in the upload storage."""
    return f"{EVIDENCE_FOLDER}/{stored_name}"


def evidence_folder() -> Path:
    """The evidence folder on the default folder storage (under ``MEDIA_ROOT``)."""
    return Path(settings.MEDIA_ROOT) / EVIDENCE_FOLDER


def evidence_path(version: EvidenceVersion) -> Path:
    """Where a version's file lies on the default folder storage; use :func:`evidence_open` to read it."""
    return evidence_folder() / version.stored_name


def evidence_open(version: EvidenceVersion) -> File:  # type: ignore[type-arg]
    """A version's file opened for reading from the upload storage, to stream to the reader."""
    try:
        return storage.open_stored(evidence_name(version.stored_name))
    except FileNotFoundError:
        raise NotFound("The file of this evidence is missing") from None


@dataclass(frozen=True, slots=True)
class StoredFile:
    name: str  # in the upload storage
    stored_name: str
    size: int
    sha256: str
    sniffed: Sniffed


def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{max(n // 1024, 1)} KB"


def _store(chunks: Iterable[bytes], *, max_bytes: int) -> StoredFile:
    stored_name = uuid.uuid4().hex
    name = evidence_name(stored_name)

    def too_large() -> FileRefused:
        return FileRefused(f"The selected file must be smaller than {_size(max_bytes)}")

    with storage.spooled(chunks, name=name, max_bytes=max_bytes, too_large=too_large, head_bytes=HEAD_BYTES) as spool:
        try:
            sniffed = sniff(spool.head)
        except UnacceptableFile as exc:
            raise FileRefused(str(exc)) from None
        storage.store(spool, name)
    return StoredFile(name, stored_name, spool.size, spool.sha256, sniffed)


def _display_name(filename: str) -> str:
    name = Path(filename.replace("\\", "/")).name.replace("\x00", "")
    return name[-ORIGINAL_NAME_MAX:]


def _classification(value: str) -> Classification:
    try:
        return Classification(value)
    except ValueError:
        raise InvalidChange(f"{value!r} is not a Government Security Classification marking.") from None


def _version(
    evidence: EvidenceFile, stored: StoredFile, *, actor: Any, filename: str, token: uuid.UUID | None
) -> EvidenceVersion:
    evidence.latest_version += 1
    as_actor(evidence, actor).save(update_fields=["latest_version", "classification"])
    version = EvidenceVersion(
        evidence=evidence,
        number=evidence.latest_version,
        original_name=_display_name(filename),
        stored_name=stored.stored_name,
        file_format=stored.sniffed.file_format,
        content_type=stored.sniffed.content_type,
        size=stored.size,
        sha256=stored.sha256,
        uploaded_by=actor,
        uploaded_at=timezone.now(),
        token=token,
    )
    as_actor(version, actor).save()
    return version


def _same_form(version: EvidenceVersion, *, obligation_id: int) -> EvidenceVersion:
    """The version an earlier submission of the same form made, if it was for this obligation."""
    if version.evidence.obligation_id != obligation_id:
        raise InvalidChange("This form was already used for another obligation; reload the page.")
    return version


def _keep_only_if_recorded(stored: StoredFile, record: Any) -> EvidenceVersion:
    """Run ``record``; remove the stored file if it fails or records another file instead."""
    try:
        version: EvidenceVersion = record()
    except BaseException:
        storage.discard(stored.name)
        raise
    if version.stored_name != stored.stored_name:
        storage.discard(stored.name)  # the same form again: the first upload stands
    return version


def evidence_add(
    *,
    actor: Any,
    obligation: Obligation,
    title: str,
    description: str = "",
    classification: str = Classification.OFFICIAL_SENSITIVE,
    chunks: Iterable[bytes],
    filename: str,
    token: uuid.UUID | None = None,
) -> EvidenceVersion:
    """Attach a new piece of evidence to an obligation, with its first file as version 1."""
    if not can_add_evidence(actor, obligation):
        raise NotAllowed(f"Only editors of {obligation.organisation} can add evidence to this obligation.")
    title = clean_text(title, what="a title for the evidence", max_length=EVIDENCE_TITLE_MAX, required=True)
    description = clean_text(description, what="the description", max_length=EVIDENCE_DESCRIPTION_MAX)
    marking = _classification(classification)
    if token is not None and (existing := EvidenceVersion.objects.filter(token=token).first()) is not None:
        return _same_form(existing, obligation_id=obligation.pk)
    stored = _store(chunks, max_bytes=settings.MAX_UPLOAD_BYTES)

    @transaction.atomic
    def record() -> EvidenceVersion:
        locked = Obligation.objects.select_for_update().select_related("organisation").get(pk=obligation.pk)
        if not can_add_evidence(actor, locked):
            raise NotAllowed(f"Only editors of {locked.organisation} can add evidence to this obligation.")
        if token is not None and (again := EvidenceVersion.objects.filter(token=token).first()) is not None:
            return _same_form(again, obligation_id=locked.pk)
        evidence = EvidenceFile(
            obligation=locked,
            title=title,
            description=description,
            classification=marking,
            created_by=actor,
            token=token,
        )
        as_actor(evidence, actor).save()
        return _version(evidence, stored, actor=actor, filename=filename, token=token)

    return _keep_only_if_recorded(stored, record)


def evidence_version_add(
    *,
    actor: Any,
    evidence: EvidenceFile,
    chunks: Iterable[bytes],
    filename: str,
    classification: str | None = None,
    expected_version: int | None = None,
    token: uuid.UUID | None = None,
) -> EvidenceVersion:
    """Add a new version of a piece of evidence; earlier versions are kept and stay downloadable.

    ``expected_version`` is the newest version the uploader saw; ``classification`` changes the
    marking of the evidence from this version on."""
    if not can_add_evidence(actor, evidence.obligation):
        raise NotAllowed(f"Only editors of {evidence.obligation.organisation} can add evidence to this obligation.")
    marking = _classification(classification) if classification else None
    if token is not None and (existing := EvidenceVersion.objects.filter(token=token).first()) is not None:
        return _same_form(existing, obligation_id=evidence.obligation_id)
    stored = _store(chunks, max_bytes=settings.MAX_UPLOAD_BYTES)

    @transaction.atomic
    def record() -> EvidenceVersion:
        locked = EvidenceFile.objects.select_for_update().get(pk=evidence.pk)
        if token is not None and (again := EvidenceVersion.objects.filter(token=token).first()) is not None:
            return _same_form(again, obligation_id=evidence.obligation_id)
        if expected_version is not None and locked.latest_version != expected_version:
            raise InvalidChange(STALE_EVIDENCE)
        if marking is not None:
            locked.classification = marking
        return _version(locked, stored, actor=actor, filename=filename, token=token)

    return _keep_only_if_recorded(stored, record)
