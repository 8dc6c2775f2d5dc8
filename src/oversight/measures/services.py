"""Writes of operational data: importing a file (atomic, audited), sharing, retention.

An import reads its file once, as a stream: each good row is written straight away inside one
transaction, and the first bad row stops the writing while the reading goes on to find every
other bad row; a file with any bad row is then rolled back whole, so nothing is half-saved. The
:class:`DataImport` record (who, when, which file, counts, every bad row) is the audit of the
import: the operational rows themselves carry no per-row history (ADR 0010).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import connection, transaction
from django.utils import timezone

from oversight.core import storage
from oversight.core.audit import as_actor
from oversight.core.errors import InvalidChange, NotAllowed
from oversight.measures.access import can_import_data
from oversight.measures.contracts import CONTRACTS
from oversight.measures.models import ROW_MODELS, DataImport, DataSharing, ImportState
from oversight.measures.parsing import FileRefused, RowChecker, is_blank, table_rows
from oversight.measures.pseudonyms import pseudonym_key, pseudonymiser
from oversight.measures.summaries import summaries_refresh
from oversight.organisations.models import Organisation, OrganisationKind

BATCH = 5000
Progress = Callable[[float], None]


class _Refused(Exception):
    """Raised inside the import transaction to roll it back."""


class RowWriter:
    """Writes rows of one table as they come: COPY on PostgreSQL, batched INSERTs elsewhere."""

    def __init__(self, table: str, columns: Sequence[str]) -> None:
        quote = connection.ops.quote_name
        self.table, self.columns = table, list(columns)
        # Names come from the model's metadata, quoted; values are parameters.
        self.insert = (
            f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) "  # noqa: S608
            f"VALUES ({', '.join(['%s'] * len(columns))})"
        )
        self.pending: list[tuple[Any, ...]] = []
        self.count = 0
        self._cursor: Any = None
        self._copy: Any = None

    def __enter__(self) -> RowWriter:
        self._cursor = connection.cursor()
        if connection.vendor == "postgresql":
            quote = connection.ops.quote_name
            statement = f"COPY {quote(self.table)} ({', '.join(quote(c) for c in self.columns)}) FROM STDIN"
            self._copy_cm = self._cursor.cursor.copy(statement)
            self._copy = self._copy_cm.__enter__()
        return self

    def add(self, row: tuple[Any, ...]) -> None:
        self.count += 1
        if self._copy is not None:
            self._copy.write_row(row)
            return
        self.pending.append(row)
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self._cursor.executemany(self.insert, self.pending)
            self.pending = []

    def __exit__(self, *exc: object) -> None:
        try:
            if self._copy is not None:
                self._copy_cm.__exit__(*exc)
            elif exc[0] is None:
                self.flush()
        finally:
            self._cursor.close()


IMPORTS_FOLDER = "imports"


def _upload_filename(raw: str | None) -> str:
    name = Path((raw or "").replace("\\", "/")).name
    name = "".join(c for c in name if c.isprintable() and c != "\x00")[:200]
    return name if name not in ("", ".", "..") else "data.csv"


def _import_folder(submission: str) -> str:
    """The folder of a form's upload: its submission token, or a digest of it when the token (sent
    by the browser) is not plain letters and digits, so it can never name another folder."""
    token = submission if re.fullmatch(r"[0-9A-Za-z_-]{1,40}", submission) else ""
    return f"{IMPORTS_FOLDER}/{token or hashlib.sha256(submission.encode()).hexdigest()[:32]}"


def upload_keep(*, data_file: UploadedFile, folder_name: str = "") -> str:
    """Keep an uploaded data file as ``imports/<folder_name>/<file name>`` in the upload storage
    (``core.storage``) for the import task, and return that name (the file's own name reduced to
    its last component). If writing fails part-way nothing is left. The task deletes it once read."""
    folder = _import_folder(folder_name or uuid.uuid4().hex)
    name = f"{folder}/{_upload_filename(data_file.name)}"
    with suppress(FileExistsError):  # the same form sent twice at once: the first upload stands
        storage.store_chunks(data_file.chunks(), name)
    return name


def upload_discard(*, name: str) -> None:
    """Remove a kept data file (and its folder)."""
    parts = PurePosixPath(name).parts
    if len(parts) == 3 and parts[0] == IMPORTS_FOLDER:  # only ever a file kept by upload_keep
        storage.discard(name, folder=True)


@transaction.atomic
def data_import_create(
    *, actor: Any | None, force: Organisation, kind: str, filename: str, replace: bool, submission: str = ""
) -> DataImport:
    """Record an import waiting to run. A form submitted twice (same ``submission``) gives the
    one record it made the first time."""
    if kind not in CONTRACTS:
        raise InvalidChange(f"{kind!r} is not a kind of data Oversight imports ({', '.join(CONTRACTS)}).")
    if force.kind != OrganisationKind.FORCE:
        raise InvalidChange(f"{force} is not a police force; operational data is imported per force.")
    if actor is not None and not can_import_data(actor, force):
        raise NotAllowed(f"Only force editors of {force} can import its data.")
    if submission:
        existing = DataImport.objects.filter(submission=submission).first()
        if existing is not None:
            return existing
    record = DataImport(
        force=force,
        kind=kind,
        filename=Path(filename).name[:255],
        replace=replace,
        created_by=actor if getattr(actor, "pk", None) else None,
        submission=submission or None,
    )
    as_actor(record, actor).save()
    return record


@dataclass(frozen=True, slots=True)
class _Outcome:
    rows: int
    replaced: int


def _force_names(force: Organisation) -> set[str]:
    return {n for n in (force.slug, force.name, force.short_name, *force.aliases) if n}


def _load(record: DataImport, path: Path, checker: RowChecker, progress: Progress | None) -> _Outcome:
    """Inside one transaction: replace if asked, then stream the rows in; roll back on any bad row."""
    model = ROW_MODELS[record.kind]
    contract = CONTRACTS[record.kind]
    with transaction.atomic():
        Organisation.objects.select_for_update().filter(pk=record.force_id).first()  # one import per force at a time
        replaced = 0
        if record.replace:
            replaced, _ = model.objects.filter(force_id=record.force_id).delete()  # type: ignore[attr-defined]
        columns = ["force_id", "data_import_id", *contract.names]
        prefix = (record.force_id, record.pk)
        rows = table_rows(path, record.filename, max_bytes=settings.MAX_DATA_BYTES, progress=progress)
        header = next(rows, None)
        if header is None:
            raise FileRefused(f"{record.filename} is empty: the first row must name the columns.")
        checker.header(header)
        with RowWriter(model._meta.db_table, columns) as writer:
            for number, values in enumerate(rows, start=2):
                if is_blank(values):
                    continue
                checked = checker.check(number, values)
                if checked is not None and not checker.problems.count:
                    writer.add(prefix + checked)
            if checker.problems.count:
                raise _Refused
        if writer.count == 0:
            raise FileRefused(f"{record.filename} has a header but no rows; nothing was imported.")
        summaries_refresh(force_id=record.force_id, kinds=[record.kind])
        return _Outcome(rows=writer.count, replaced=replaced)


def data_import_run(*, data_import: DataImport, path: Path, progress: Progress | None = None) -> DataImport:
    """Run a waiting import from the file at ``path``; returns the finished record.

    Never raises for a bad file: the record says what was wrong (``problem`` for the whole file,
    ``errors`` for rows). Raises InvalidChange if the import has already run."""
    with transaction.atomic():
        locking = DataImport.objects.select_for_update(of=("self",)).select_related("force", "created_by")
        record = locking.get(pk=data_import.pk)
        if record.state != ImportState.PENDING:
            raise InvalidChange(f"This import has already run ({record.get_state_display().lower()}).")
        record.state = ImportState.RUNNING
        as_actor(record, record.created_by).save(update_fields=["state"])
    contract = CONTRACTS[record.kind]
    checker: RowChecker | None = None
    try:
        checker = RowChecker(
            contract=contract,
            filename=record.filename,
            pseudonymise=pseudonymiser(pseudonym_key()),
            force_names=_force_names(record.force),
            today=timezone.localdate(),
        )
        outcome = _load(record, path, checker, progress)
    except (FileRefused, InvalidChange) as exc:
        record.state, record.problem = ImportState.FAILED, exc.message
    except _Refused:
        assert checker is not None
        record.state = ImportState.FAILED
        record.problem = f"{checker.problems.count} rows have problems; nothing was imported."
    else:
        record.state = ImportState.SUCCEEDED
        record.rows_imported, record.rows_replaced = outcome.rows, outcome.replaced
        record.retain_until = timezone.localdate() + dt.timedelta(days=contract.retention_days)
    if checker is not None:
        record.errors = [e.to_json() for e in checker.problems.errors]
        record.error_count = checker.problems.count
        record.warnings = checker.problems.warnings
    record.finished_at = timezone.now()
    as_actor(record, record.created_by).save()
    return record


def upload_of(data_import: DataImport) -> str | None:
    """The name in the upload storage of the kept upload of an import made from a form (its folder
    is the form's submission), or None once it is gone."""
    if not data_import.submission:
        return None
    folder = _import_folder(data_import.submission)
    _, files = storage.listdir(folder)
    found = [f"{folder}/{f}" for f in files if not storage.is_spool_file(f)]
    return found[0] if found else None


@transaction.atomic
def data_import_cancel(*, actor: Any | None, data_import: DataImport) -> DataImport:
    """Cancel an import still waiting (to confirm a replacement): nothing is imported."""
    record = DataImport.objects.select_for_update().get(pk=data_import.pk)
    if actor is not None and record.created_by_id != getattr(actor, "pk", None):
        raise NotAllowed("Only the person who uploaded the file can cancel its import.")
    if record.state != ImportState.PENDING:
        raise InvalidChange(f"This import cannot be cancelled: it is {record.get_state_display().lower()}.")
    record.state, record.problem, record.finished_at = ImportState.FAILED, "Cancelled before it ran.", timezone.now()
    as_actor(record, actor).save()
    upload = upload_of(record)
    if upload is not None:
        transaction.on_commit(lambda: upload_discard(name=upload))
    return record


def data_import_file(
    *, actor: Any | None, force: Organisation, kind: str, path: Path, replace: bool = False
) -> DataImport:
    """Create and run an import in one go (the command line and the benchmark)."""
    record = data_import_create(actor=actor, force=force, kind=kind, filename=path.name, replace=replace)
    return data_import_run(data_import=record, path=path)


@transaction.atomic
def data_sharing_set(
    *, actor: Any | None, force: Organisation, partner: Organisation, report_key: str, indicators: list[str]
) -> DataSharing | None:
    """Share these indicators of a force with a partner organisation (an empty list stops sharing)."""
    if actor is not None and not can_import_data(actor, force):
        raise NotAllowed(f"Only force editors of {force} can decide what it shares.")
    if partner.kind not in {OrganisationKind.PARTNER, OrganisationKind.ROCU, OrganisationKind.NATIONAL}:
        raise InvalidChange(f"{partner} is not a partner organisation.")
    existing = (
        DataSharing.objects.select_for_update().filter(force=force, partner=partner, report_key=report_key).first()
    )
    if not indicators:
        if existing is not None:
            as_actor(existing, actor).delete()
        return None
    sharing = existing or DataSharing(force=force, partner=partner, report_key=report_key)
    sharing.indicators = sorted(set(indicators))
    if getattr(actor, "pk", None):
        sharing.created_by = actor
    as_actor(sharing, actor).save()
    return sharing


@dataclass(frozen=True, slots=True)
class RetentionOutcome:
    imports: int
    rows: int


@transaction.atomic
def data_retention_apply(*, actor: Any | None, today: dt.date | None = None, dry_run: bool = False) -> RetentionOutcome:
    """Delete the rows of every import whose retention period has ended; the import's record
    stays, marked expired, as the audit of what was held and when it was deleted."""
    today = today or timezone.localdate()
    due = list(
        DataImport.objects.select_for_update()
        .filter(state=ImportState.SUCCEEDED, retain_until__lt=today)
        .order_by("pk")
    )
    rows = 0
    touched: set[tuple[int, str]] = set()
    for record in due:
        model = ROW_MODELS[record.kind]
        found = model.objects.filter(data_import_id=record.pk)  # type: ignore[attr-defined]
        if dry_run:
            rows += found.count()
            continue
        deleted, _ = found.delete()
        rows += deleted
        touched.add((record.force_id, record.kind))
        record.state = ImportState.EXPIRED
        as_actor(record, actor).save(update_fields=["state"])
    for force_id, kind in sorted(touched):
        summaries_refresh(force_id=force_id, kinds=[kind])
    return RetentionOutcome(imports=len(due), rows=rows)
