"""Evidence files: type from content, size limit, versions, scoped download, nothing left by a refusal."""

from __future__ import annotations

import io
import re
import uuid
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from oversight.core.errors import InvalidChange, NotAllowed
from oversight.evidence.models import EvidenceFile, EvidenceFormat, EvidenceVersion
from oversight.evidence.services import evidence_add, evidence_folder, evidence_version_add
from oversight.evidence.sniff import UnacceptableFile, sniff
from tests.obligations.world import make_world

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (PDF, EvidenceFormat.PDF),
        (PNG, EvidenceFormat.PNG),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", EvidenceFormat.JPEG),
        (b"force,period,completed\nKent,2025-Q1,120\nKent,2025-Q2,140\n", EvidenceFormat.CSV),
        (b"<!DOCTYPE html><html><body><p>Minutes</p></body></html>", EvidenceFormat.HTML),
        ("Minutes of the board, 3 March — agreed.\n".encode(), EvidenceFormat.TXT),
    ],
)
def test_the_type_is_read_from_the_content(data, expected):
    assert sniff(data).file_format == expected


def test_a_word_document_is_recognised_from_its_parts():
    assert sniff(docx_bytes()).file_format == EvidenceFormat.DOCX


@pytest.mark.parametrize(
    "data",
    [
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 100,  # a Windows program
        b"PK\x03\x04" + b"\x00" * 100,  # a zip that is no office document
        b"\x00\x01\x02\x03\xfe\xff" * 50,  # unrecognisable binary
        b"",
    ],
)
def test_other_files_are_refused(data):
    with pytest.raises(UnacceptableFile):
        sniff(data)


@pytest.fixture
def world(db):
    return make_world()


def files_on_disk() -> list[str]:
    folder = evidence_folder()
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def add(world, data: bytes = PDF, *, user: str = "force_a", name: str = "audit.pdf", **kwargs):
    return evidence_add(
        actor=world.users[user],
        obligation=world.obligation,
        title=kwargs.pop("title", "Referral audit"),
        chunks=[data],
        filename=name,
        **kwargs,
    )


def test_a_file_is_stored_under_a_generated_name_with_its_digest(world):
    version = add(world, name="../../etc/passwd.pdf")
    assert files_on_disk() == [version.stored_name]
    assert re.fullmatch(r"[0-9a-f]{32}", version.stored_name)
    assert version.original_name == "passwd.pdf"
    assert (version.number, version.size, version.file_format) == (1, len(PDF), EvidenceFormat.PDF)
    assert (evidence_folder() / version.stored_name).read_bytes() == PDF


def test_the_extension_is_not_believed(world):
    version = add(world, PNG, name="report.pdf")
    assert version.file_format == EvidenceFormat.PNG
    assert version.content_type == "image/png"


@pytest.mark.parametrize("user", ["force_b", "body_a_editor", "body_a_approver", "analyst", "partner"])
def test_only_the_forces_editors_add_evidence(world, user):
    with pytest.raises(NotAllowed):
        add(world, user=user)
    assert files_on_disk() == []


def test_refused_files_leave_nothing_on_disk(world, settings):
    with pytest.raises(InvalidChange, match="not a recognised type"):
        add(world, b"\x00\x01\x02\x03\xfe\xff" * 50)
    settings.MAX_UPLOAD_BYTES = 1024
    with pytest.raises(InvalidChange, match="smaller than 1 KB"):
        evidence_add(
            actor=world.users["force_a"],
            obligation=world.obligation,
            title="Big",
            chunks=[b"a" * 600, b"b" * 600],
            filename="big.txt",
        )
    assert files_on_disk() == []
    assert not EvidenceFile.objects.exists()


def test_an_interrupted_upload_leaves_nothing(world):
    def broken():
        yield PDF
        raise ConnectionResetError("the client went away")

    with pytest.raises(ConnectionResetError):
        evidence_add(
            actor=world.users["force_a"], obligation=world.obligation, title="T", chunks=broken(), filename="a.pdf"
        )
    assert files_on_disk() == []
    assert not EvidenceVersion.objects.exists()


def test_bad_fields_are_refused_before_anything_is_stored(world):
    for kwargs in ({"title": " "}, {"title": "x" * 201}, {"classification": "TOP SECRET"}, {"description": "y" * 2001}):
        with pytest.raises(InvalidChange):
            add(world, **kwargs)
    assert files_on_disk() == []


def test_a_new_version_keeps_the_old_ones(world):
    first = add(world)
    second = evidence_version_add(
        actor=world.users["force_a"],
        evidence=first.evidence,
        chunks=[b"Updated minutes\n"],
        filename="minutes.txt",
        classification="OFFICIAL",
        expected_version=1,
    )
    assert second.number == 2
    first.evidence.refresh_from_db()
    assert (first.evidence.latest_version, first.evidence.classification) == (2, "OFFICIAL")
    assert sorted(files_on_disk()) == sorted([first.stored_name, second.stored_name])
    # A form that saw version 1 is now stale, and its file is not kept.
    with pytest.raises(InvalidChange, match="meanwhile"):
        evidence_version_add(
            actor=world.users["force_a"], evidence=first.evidence, chunks=[PDF], filename="a.pdf", expected_version=1
        )
    assert len(files_on_disk()) == 2


def test_the_same_form_twice_makes_one_version_and_one_file(world):
    token = uuid.uuid4()
    first = add(world, token=token)
    again = add(world, token=token)
    assert first.pk == again.pk
    assert EvidenceVersion.objects.count() == 1
    assert files_on_disk() == [first.stored_name]


# Through the web ---------------------------------------------------------------------------------


def upload(client, world, data: bytes = PDF, name: str = "audit.pdf", **fields):
    form = {"title": "Referral audit", "description": "Q1 sample", "classification": "OFFICIAL-SENSITIVE", **fields}
    form["file"] = SimpleUploadedFile(name, data, content_type="application/octet-stream")
    return client.post(f"/obligations/{world.obligation.pk}/evidence/add/", form)


def test_upload_show_and_download_with_the_marking(world, client):
    client.force_login(world.users["force_a"])
    page = client.get(f"/obligations/{world.obligation.pk}/evidence/add/")
    assert page.status_code == 200
    assert 'enctype="multipart/form-data"' in page.content.decode()
    done = upload(client, world)
    assert done.status_code == 302
    version = EvidenceVersion.objects.get()
    html = client.get(done["Location"]).content.decode()
    assert "Referral audit" in html
    assert "OFFICIAL-SENSITIVE" in html
    assert f'href="/evidence/{version.pk}/download/"' in html
    download = client.get(f"/evidence/{version.pk}/download/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == PDF
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"] == (
        'attachment; filename="OFFICIAL-SENSITIVE - Referral audit (version 1).pdf"'
    )
    assert download["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    ("persona", "status"),
    [
        ("anonymous", 302),
        ("force_a", 200),
        ("force_b", 404),
        ("body_a_editor", 200),
        ("body_a_approver", 200),
        ("partner", 404),
        ("analyst", 200),
    ],
)
def test_who_may_download(world, client, persona, status):
    version = add(world)
    if world.users[persona]:
        client.force_login(world.users[persona])
    assert client.get(f"/evidence/{version.pk}/download/").status_code == status


def test_upload_errors_keep_what_was_typed(world, client):
    client.force_login(world.users["force_a"])
    page = upload(client, world, b"MZ\x90\x00" + b"\x00" * 50, name="tool.pdf", title="Board minutes")
    html = page.content.decode()
    assert page.status_code == 400
    assert "There is a problem" in html
    assert '<a href="#file">The selected file is application/x-msdownload' in html
    assert 'value="Board minutes"' in html
    assert "Q1 sample</textarea>" in html
    assert files_on_disk() == []
    missing = client.post(f"/obligations/{world.obligation.pk}/evidence/add/", {"title": "", "classification": "X"})
    text = missing.content.decode()
    assert '<a href="#title">Enter a title for the evidence</a>' in text
    assert '<a href="#classification">Select the Government Security Classification marking' in text
    assert '<a href="#file">Select a file to upload</a>' in text


def test_a_new_version_through_the_web(world, client):
    first = add(world)
    client.force_login(world.users["force_a"])
    url = f"/obligations/{world.obligation.pk}/evidence/{first.evidence_id}/versions/add/"
    assert "The newest version is version 1." in client.get(url).content.decode()
    sent = client.post(
        url, {"classification": "OFFICIAL", "seen": "1", "file": SimpleUploadedFile("v2.txt", b"Second version\n")}
    )
    assert sent.status_code == 302
    stale = client.post(
        url, {"classification": "OFFICIAL", "seen": "1", "file": SimpleUploadedFile("v3.txt", b"Third version\n")}
    )
    assert stale.status_code == 409
    html = client.get(f"/obligations/{world.obligation.pk}/").content.decode()
    assert "2 (latest)" in html
    assert html.count("/download/") == 2
    client.force_login(world.users["body_a_approver"])
    assert client.get(url).status_code == 403


def test_a_transition_can_point_to_evidence(world, client):
    version = add(world)
    client.force_login(world.users["force_a"])
    form = client.get(f"/obligations/{world.obligation.pk}/status/").content.decode()
    assert f'<option value="{version.evidence_id}">Referral audit (OFFICIAL-SENSITIVE)</option>' in form
    moved = client.post(
        f"/obligations/{world.obligation.pk}/status/",
        {"status": "implemented", "reason": "See the audit", "seen": "not_started", "evidence": version.evidence_id},
    )
    assert moved.status_code == 302
    html = client.get(f"/obligations/{world.obligation.pk}/").content.decode()
    assert f'Evidence: <a class="govuk-link" href="#evidence-{version.evidence_id}">Referral audit</a>' in html
    other = client.post(
        f"/obligations/{world.obligation.pk}/status/",
        {"status": "in_progress", "reason": "x", "seen": "implemented", "evidence": "999999"},
    )
    assert other.status_code == 400


def test_a_form_key_used_for_another_obligation_is_refused(world):
    from oversight.obligations.models import Obligation
    from oversight.obligations.services import obligation_transition
    from tests.obligations.factories import ObligationFactory

    token = uuid.uuid4()
    add(world, token=token)
    second = ObligationFactory(organisation=world.obligation.organisation)
    with pytest.raises(InvalidChange, match="another obligation"):
        evidence_add(
            actor=world.users["force_a"], obligation=second, title="T", chunks=[PDF], filename="a.pdf", token=token
        )
    assert len(files_on_disk()) == 1
    move = uuid.uuid4()
    editor = world.users["force_a"]
    obligation_transition(actor=editor, obligation=world.obligation, to_status="in_progress", token=move)
    with pytest.raises(InvalidChange, match="another obligation"):
        obligation_transition(actor=editor, obligation=second, to_status="in_progress", token=move)
    assert Obligation.objects.get(pk=second.pk).status == "not_started"
