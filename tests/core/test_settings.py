"""Settings come only from the environment and fail loudly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


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


def _run(code: str, env: dict[str, str], cwd) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "ALLOWED_HOSTS"}}
    clean.pop("OVERSIGHT_DATA_DIR", None)
    clean.update(env)
    return subprocess.run([sys.executable, "-c", code], env=clean, capture_output=True, text=True, check=False, cwd=cwd)


def test_importing_the_settings_writes_nothing(tmp_path):
    data_dir = tmp_path / "data"
    result = _run("import oversight.settings", {"OVERSIGHT_DATA_DIR": str(data_dir)}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert not data_dir.exists()


def test_setting_up_django_makes_the_data_folder_and_keeps_the_development_key(tmp_path):
    data_dir = tmp_path / "data"
    code = (
        "import os; os.environ['DJANGO_SETTINGS_MODULE'] = 'oversight.settings'; import django; django.setup();"
        "from django.conf import settings; print(settings.SECRET_KEY)"
    )
    first = _run(code, {"OVERSIGHT_DATA_DIR": str(data_dir)}, tmp_path)
    second = _run(code, {"OVERSIGHT_DATA_DIR": str(data_dir)}, tmp_path)
    assert first.returncode == 0, first.stderr
    assert (data_dir / "secret_key").read_text() == first.stdout.strip() == second.stdout.strip()


def test_the_default_data_folder_does_not_depend_on_the_working_directory(tmp_path):
    code = "import oversight.settings as s; print(s.DATA_DIR)"
    here = _run(code, {}, tmp_path)
    elsewhere = _run(code, {}, tmp_path.parent)
    assert here.returncode == 0, here.stderr
    assert here.stdout == elsewhere.stdout
    assert Path(here.stdout.strip()).is_absolute()
    assert str(tmp_path) not in here.stdout


def test_a_relative_data_folder_is_refused(tmp_path):
    result = _run("import oversight.settings", {"OVERSIGHT_DATA_DIR": "var"}, tmp_path)
    assert result.returncode != 0
    assert "OVERSIGHT_DATA_DIR must be an absolute path" in result.stderr


def test_production_sends_hsts_by_default(tmp_path):
    env = {"DEBUG": "false", "SECRET_KEY": "k" * 40, "ALLOWED_HOSTS": "oversight.example"}
    result = _settings_value("SECURE_HSTS_SECONDS", env, tmp_path)
    assert result == "31536000"
    assert _settings_value("SECURE_HSTS_SECONDS", {**env, "SECURE_HSTS_SECONDS": "0"}, tmp_path) == "0"


def _settings_value(name: str, env: dict[str, str], tmp_path) -> str:
    result = _run(
        f"import oversight.settings as s; print(s.{name})", {"OVERSIGHT_DATA_DIR": str(tmp_path), **env}, tmp_path
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
