"""API: evidence files attached to obligations, with every version, and their downloads."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated, Any

from django.http import FileResponse, HttpRequest
from ninja import Field, File, Form, Router, Schema, Status
from ninja.files import UploadedFile
from pydantic import AfterValidator

from oversight.api.auth import optional_user, required_user
from oversight.api.schemas import Error, ValidationProblem
from oversight.core.models import Classification
from oversight.evidence.access import access_evidence_by_id, access_evidence_version_by_id
from oversight.evidence.models import EVIDENCE_DESCRIPTION_MAX, EVIDENCE_TITLE_MAX, EvidenceFile, EvidenceVersion
from oversight.evidence.selectors import evidence_for_obligation
from oversight.evidence.services import FileRefused, evidence_add, evidence_open, evidence_version_add
from oversight.obligations.access import access_obligation_by_id

router = Router(tags=["evidence"], auth=optional_user)


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("must not contain the NUL character")
    return value


Text = Annotated[str, AfterValidator(_no_nul)]


class VersionOut(Schema):
    id: int
    number: int
    file_format: str
    content_type: str
    size: int
    sha256: str
    original_name: str
    uploaded_by: str | None
    uploaded_at: dt.datetime
    download: str
    download_name: str


class EvidenceOut(Schema):
    id: int
    obligation: int
    title: str
    description: str
    classification: Classification
    latest_version: int
    versions: list[VersionOut]


class EvidenceIn(Schema):
    obligation: int = Field(ge=1, le=2**62)
    title: Text = Field(min_length=1, max_length=EVIDENCE_TITLE_MAX)
    description: Text = Field("", max_length=EVIDENCE_DESCRIPTION_MAX)
    classification: Classification = Classification.OFFICIAL_SENSITIVE
    token: uuid.UUID | None = Field(None, description="A one-time key: the same upload sent twice is kept once")


class VersionIn(Schema):
    classification: Classification | None = Field(None, description="A new marking for the evidence, if it changes")
    expected_version: int | None = Field(
        None, ge=0, description="The newest version the caller saw; refused (409) if another was added since"
    )
    token: uuid.UUID | None = None


def _version(v: EvidenceVersion) -> dict[str, Any]:
    return {
        "id": v.pk,
        "number": v.number,
        "file_format": v.file_format,
        "content_type": v.content_type,
        "size": v.size,
        "sha256": v.sha256,
        "original_name": v.original_name,
        "uploaded_by": v.uploaded_by.get_username() if v.uploaded_by else None,
        "uploaded_at": v.uploaded_at,
        "download": f"/api/evidence/versions/{v.pk}/download",
        "download_name": v.download_name,
    }


def _out(e: EvidenceFile) -> dict[str, Any]:
    versions = e.versions.all()  # prefetched by the selector
    return {
        "id": e.pk,
        "obligation": e.obligation_id,
        "title": e.title,
        "description": e.description,
        "classification": e.classification,
        "latest_version": e.latest_version,
        "versions": [_version(v) for v in versions],
    }


def _evidence(request: HttpRequest, evidence_id: int) -> dict[str, Any]:
    evidence = access_evidence_by_id(request.user, evidence_id)
    listed = evidence_for_obligation(user=request.user, obligation=evidence.obligation)
    return _out(next(e for e in listed if e.pk == evidence.pk))


@router.get("", response={200: list[EvidenceOut], 400: Error, 401: Error, 404: Error, 422: ValidationProblem})
def list_evidence(request: HttpRequest, obligation: int) -> list[dict[str, Any]]:
    """The evidence of one obligation, each with every version (newest first)."""
    found = access_obligation_by_id(request.user, obligation)
    return [_out(e) for e in evidence_for_obligation(user=request.user, obligation=found)]


@router.get("/{evidence_id}", response={200: EvidenceOut, 400: Error, 401: Error, 404: Error, 422: ValidationProblem})
def get_evidence(request: HttpRequest, evidence_id: int) -> dict[str, Any]:
    return _evidence(request, evidence_id)


@router.post(
    "",
    auth=required_user,
    response={201: EvidenceOut, 400: Error, 401: Error, 403: Error, 404: Error, 409: Error, 422: ValidationProblem},
)
def upload_evidence(request: HttpRequest, payload: Form[EvidenceIn], file: File[UploadedFile]) -> Status[Any]:
    """Upload a new piece of evidence (multipart form) to an obligation, as its version 1. The type is
    read from the content; the obligated organisation's editors only."""
    obligation = access_obligation_by_id(request.user, payload.obligation)
    try:
        version = evidence_add(
            actor=request.user,
            obligation=obligation,
            title=payload.title,
            description=payload.description,
            classification=payload.classification,
            chunks=file.chunks(),
            filename=file.name or "",
            token=payload.token,
        )
    except FileRefused as exc:
        return Status(400, {"detail": exc.message})
    return Status(201, _evidence(request, version.evidence_id))


@router.post(
    "/{evidence_id}/versions",
    auth=required_user,
    response={201: EvidenceOut, 400: Error, 401: Error, 403: Error, 404: Error, 409: Error, 422: ValidationProblem},
)
def upload_version(
    request: HttpRequest, evidence_id: int, payload: Form[VersionIn], file: File[UploadedFile]
) -> Status[Any]:
    """Upload a new version of a piece of evidence; the earlier versions are kept."""
    evidence = access_evidence_by_id(request.user, evidence_id)
    try:
        evidence_version_add(
            actor=request.user,
            evidence=evidence,
            chunks=file.chunks(),
            filename=file.name or "",
            classification=payload.classification,
            expected_version=payload.expected_version,
            token=payload.token,
        )
    except FileRefused as exc:
        return Status(400, {"detail": exc.message})
    return Status(201, _evidence(request, evidence.pk))


@router.get(
    "/versions/{version_id}/download",
    response={200: None, 400: Error, 401: Error, 404: Error, 422: ValidationProblem},
)
def download(request: HttpRequest, version_id: int) -> FileResponse:
    """The file of one version, saved under a name that starts with its security marking."""
    version = access_evidence_version_by_id(request.user, version_id)
    response = FileResponse(
        evidence_open(version), as_attachment=True, filename=version.download_name, content_type=version.content_type
    )
    response["Cache-Control"] = "private, no-store"
    return response
