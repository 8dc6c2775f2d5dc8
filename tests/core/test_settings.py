"""Settings come only from the environment and fail loudly."""

from __future__ import annotations

import os
import subprocess
import sys


def _settings(env: dict[str, str], tmp_path) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"}}
    clean.update({"OVERSIGHT_DATA_DIR": str(tmp_path), **env})
    code = "import oversight.settings as s; print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'])"
    return subprocess.run([sys.executable, "-c", code], env=clean, capture_output=True, text=True, check=False)


def test_with_nothing_set_it_runs_on_sqlite_in_the_data_directory(tmp_path):
    result = _settings({}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.sqlite3", str(tmp_path / "oversight.sqlite3")]


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = _settings({"DEBUG": "false", "ALLOWED_HOSTS": "oversight.example"}, tmp_path)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_database_url_selects_postgresql(tmp_path):
    result = _settings({"DATABASE_URL": "postgres://u:p@db.internal:5432/oversight"}, tmp_path)
    assert result.stdout.split() == ["django.db.backends.postgresql", "oversight"]


def test_an_unsupported_database_url_is_refused(tmp_path):
    result = _settings({"DATABASE_URL": "mysql://u@h/db"}, tmp_path)
    assert "DATABASE_URL must be a sqlite:/// or postgres:// URL" in result.stderr


def test_a_bad_boolean_is_refused(tmp_path):
    result = _settings({"DEBUG": "maybe"}, tmp_path)
    assert "DEBUG must be true or false" in result.stderr
