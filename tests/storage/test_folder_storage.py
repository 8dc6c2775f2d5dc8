"""The default folder storage through the storage API: the same names under MEDIA_ROOT as before,
tasks queued by the previous version (with absolute paths) still run, and nothing is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from oversight.accounts.models import Role
from oversight.core import storage
from oversight.measures.models import ImportState, TrainingRecord
from oversight.measures.services import data_import_create, upload_keep
from oversight.measures.tasks import import_data
from oversight.organisations.models import Organisation
from oversight.responses.services import upload_store
from oversight.responses.tasks import ingest_letter
from tests.accounts.factories import member_of
from tests.measures.conftest import TEST_KEY

HEADER = "person_ref,role,department,course,completed_on\n"


class Broken(SimpleUploadedFile):
    """An upload whose stream fails half way (a dropped connection)."""

    def chunks(self, chunk_size=None):
        yield b"person_ref,role\n"
        raise OSError("connection reset")


def _files() -> list[str]:
    root = Path(settings.MEDIA_ROOT)
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()) if root.is_dir() else []


def test_a_letter_is_kept_under_uploads_in_its_own_folder(db):
    stored = upload_store(data_file=SimpleUploadedFile("../Response letter.pdf", b"%PDF-1.4 letter"))
    folder, _, name = stored.name.rpartition("/")
    assert (folder.split("/")[0], name) == ("uploads", "Response letter.pdf")
    assert (Path(settings.MEDIA_ROOT) / stored.name).read_bytes() == b"%PDF-1.4 letter"
    assert _files() == [stored.name]


def test_a_data_file_that_fails_half_way_leaves_nothing(db):
    with pytest.raises(OSError, match="connection reset"):
        upload_keep(data_file=Broken("t.csv", b""), folder_name="abc")
    assert _files() == []


def test_a_submission_token_from_the_browser_never_names_another_folder(db):
    name = upload_keep(data_file=SimpleUploadedFile("t.csv", b"x"), folder_name="../../evidence")
    assert name.startswith("imports/")
    assert name.count("/") == 2
    assert (Path(settings.MEDIA_ROOT) / name).is_file()


def test_a_letter_task_queued_by_the_previous_version_still_runs_and_removes_its_file(oic):
    editor = member_of("Thames Valley Police and Crime Commissioner", Role.BODY_EDITOR)
    old = Path(settings.MEDIA_ROOT) / "uploads" / "0123456789abcdef" / "letter.txt"
    old.parent.mkdir(parents=True)
    old.write_bytes(b"Dear Inspector, thank you for your letter.")
    outcome = ingest_letter.call(path=str(old), filename="letter.txt", user_id=editor.pk)
    assert outcome["file"] == "letter.txt"
    assert not old.exists()
    assert not old.parent.exists()


def test_a_letter_task_run_again_after_its_file_was_read_reports_it_is_gone(oic):
    outcome = ingest_letter.call(name="uploads/0123456789abcdef/letter.txt", filename="letter.txt", user_id=None)
    assert (outcome["ok"], outcome["problem"]) == (False, "The uploaded letter is no longer stored.")


def test_an_import_task_queued_by_the_previous_version_still_runs(oic, settings):
    settings.OVERSIGHT_PSEUDONYM_KEY = TEST_KEY
    kent = Organisation.objects.get(name="Kent Police")
    record = data_import_create(actor=None, force=kent, kind="training", filename="t.csv", replace=False)
    old = Path(settings.MEDIA_ROOT) / "imports" / "fedcba9876543210" / "t.csv"
    old.parent.mkdir(parents=True)
    old.write_text(HEADER + "K1,,,hydra-oic,2025-09-01\n")
    outcome = import_data.call(import_id=record.pk, path=str(old))
    assert outcome["state"] == ImportState.SUCCEEDED
    assert TrainingRecord.objects.count() == 1
    assert _files() == []


def test_a_path_outside_the_media_root_is_never_a_storage_name(tmp_path):
    with pytest.raises(ValueError, match="subpath"):
        storage.stored_name(str(tmp_path / "elsewhere" / "t.csv"))


def test_files_still_being_received_are_not_listed(db):
    folder = Path(settings.MEDIA_ROOT) / "evidence"
    folder.mkdir(parents=True)
    (folder / ".spool-abc.part").write_bytes(b"half")
    (folder / ("0" * 32)).write_bytes(b"whole")
    assert list(storage.walk()) == ["evidence/" + "0" * 32]
