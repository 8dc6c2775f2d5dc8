"""Insert many rows, with their audit history, at the speed of the database driver.

A national report fans out to every force: 5,000 findings make 215,000 obligations. Building
that many model instances and compiling ``bulk_create`` batches costs ten times the insert
itself, so this writes the rows, and the django-simple-history rows the library's own
``bulk_history_create`` would write, with ``executemany``. Column lists, defaults and value
conversion come from the models' metadata, so a new field needs no change here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connection, models
from django.utils import timezone

_PLAIN = (int, str, type(None), bool, float)
# Fields whose values the database drivers take as they are: no per-value conversion needed.
_PASS_THROUGH = (models.IntegerField, models.CharField, models.TextField, models.BooleanField, models.ForeignKey)


def _prep(field: models.Field[Any, Any], value: Any) -> Any:
    return value if isinstance(value, _PLAIN) else field.get_db_prep_save(value, connection)


def _row_values(rows: Sequence[tuple[Any, ...]], fields: Sequence[models.Field[Any, Any]]) -> Sequence[tuple[Any, ...]]:
    if all(isinstance(f, _PASS_THROUGH) for f in fields):
        return rows
    return [tuple(_prep(f, value) for f, value in zip(fields, row, strict=True)) for row in rows]


def bulk_insert_with_history(
    model: type[models.Model],
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    *,
    key: str,
    actor: Any | None = None,
    batch_size: int = 10_000,
) -> int:
    """Insert ``rows`` (tuples of values for ``columns``, as attnames; other fields take their
    defaults) and one history row each.

    ``key`` names a selective column the rows share few values of (``finding_id`` for
    obligations): the new rows are those above the highest id before the insert with those key
    values. Call inside a transaction.
    """
    if not rows:
        return 0
    meta = model._meta
    history_model = model.history.model  # type: ignore[attr-defined]
    given = list(columns)
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    by_attname = {f.attname: f for f in fields}
    defaults = {f.attname: _prep(f, f.get_default()) for f in fields if f.attname not in given and not f.primary_key}
    for f in fields:
        if (f.attname not in given and getattr(f, "auto_now_add", False)) or getattr(f, "auto_now", False):
            defaults[f.attname] = _prep(f, timezone.now())
    all_columns = [*given, *defaults]
    quote = connection.ops.quote_name
    table = quote(meta.db_table)
    insert = (
        f"INSERT INTO {table} ({', '.join(quote(by_attname[c].column) for c in all_columns)}) "
        f"VALUES ({', '.join(['%s'] * len(all_columns))})"
    )
    constant = tuple(defaults.values())
    prepared = _row_values(rows, [by_attname[c] for c in given])
    values = [v + constant for v in prepared] if constant else prepared

    pk = quote(meta.pk.column)
    key_column = quote(by_attname[key].column)
    key_index = given.index(key)
    first_keys = sorted({row[key_index] for row in rows})
    history_meta = history_model._meta
    now = _prep(history_meta.get_field("history_date"), timezone.now())
    copied = ", ".join(quote(c) for c in [meta.pk.column, *(by_attname[c].column for c in all_columns)])
    # The history rows are made by the database from the rows just written: no round trip.
    history_insert = (
        f"INSERT INTO {quote(history_meta.db_table)} "
        f"({copied}, history_date, history_type, history_change_reason, history_user_id) "
        f"SELECT {copied}, %s, '+', NULL, %s FROM {table} WHERE {pk} > %s AND {key_column} IN "
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX({pk}), 0) FROM {table}")
        (before,) = cursor.fetchone()
        if connection.vendor == "postgresql":
            copy_rows(cursor, meta.db_table, [by_attname[c].column for c in all_columns], values)
        else:
            for start in range(0, len(values), batch_size):
                cursor.executemany(insert, values[start : start + batch_size])
        user_id = getattr(actor, "pk", None)
        for start in range(0, len(first_keys), 1000):
            chunk = first_keys[start : start + 1000]
            cursor.execute(f"{history_insert}({', '.join(['%s'] * len(chunk))})", [now, user_id, before, *chunk])
    return len(values)


def copy_rows(cursor: Any, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """PostgreSQL's COPY FROM STDIN: its real bulk-load path, many times faster than INSERTs."""
    quote = connection.ops.quote_name
    statement = f"COPY {quote(table)} ({', '.join(quote(c) for c in columns)}) FROM STDIN"
    with cursor.cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
