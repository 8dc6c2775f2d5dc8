"""OVERSIGHT_STORAGE: the folder by default, S3 when asked, and a clear refusal to start when the
S3 set-up is incomplete. Every variable docs/storage.md documents is read by Oversight."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import FileSystemStorage, default_storage

from oversight.settings import upload_storage_config
from tests.conftest import REPO
from tests.ops.servers import production_env

S3_VARIABLES = [
    "OVERSIGHT_S3_BUCKET",
    "OVERSIGHT_S3_ENDPOINT_URL",
    "OVERSIGHT_S3_REGION",
    "OVERSIGHT_S3_ACCESS_KEY_ID",
    "OVERSIGHT_S3_SECRET_ACCESS_KEY",
    "OVERSIGHT_S3_PREFIX",
]


@pytest.fixture
def clean_env(monkeypatch):
    for name in S3_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_uploads_default_to_a_folder_under_the_media_root(settings):
    assert isinstance(default_storage, FileSystemStorage)
    assert default_storage.location == str(settings.MEDIA_ROOT)
    assert upload_storage_config("filesystem") == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_s3_is_configured_from_the_environment(clean_env):
    clean_env.setenv("OVERSIGHT_S3_BUCKET", "evidence")
    clean_env.setenv("OVERSIGHT_S3_ENDPOINT_URL", "https://minio.example.org:9000")
    clean_env.setenv("OVERSIGHT_S3_REGION", "eu-west-2")
    clean_env.setenv("OVERSIGHT_S3_ACCESS_KEY_ID", "id")
    clean_env.setenv("OVERSIGHT_S3_SECRET_ACCESS_KEY", "secret")
    clean_env.setenv("OVERSIGHT_S3_PREFIX", "/oversight/")
    config = upload_storage_config("s3")
    assert config["BACKEND"] == "storages.backends.s3.S3Storage"
    options = config["OPTIONS"]
    assert (options["bucket_name"], options["endpoint_url"], options["region_name"]) == (
        "evidence",
        "https://minio.example.org:9000",
        "eu-west-2",
    )
    assert (options["access_key"], options["secret_key"], options["location"]) == ("id", "secret", "oversight")
    assert options["default_acl"] is None


def test_without_keys_s3_uses_the_standard_aws_credentials(clean_env):
    clean_env.setenv("OVERSIGHT_S3_BUCKET", "evidence")
    options = upload_storage_config("s3")["OPTIONS"]
    assert (options["access_key"], options["secret_key"], options["endpoint_url"]) == (None, None, None)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "OVERSIGHT_STORAGE=s3 needs OVERSIGHT_S3_BUCKET"),
        ({"OVERSIGHT_S3_BUCKET": "b", "OVERSIGHT_S3_ACCESS_KEY_ID": "id"}, "needs OVERSIGHT_S3_SECRET_ACCESS_KEY"),
        ({"OVERSIGHT_S3_BUCKET": "b", "OVERSIGHT_S3_SECRET_ACCESS_KEY": "s"}, "needs OVERSIGHT_S3_ACCESS_KEY_ID"),
        ({"OVERSIGHT_S3_BUCKET": "b", "OVERSIGHT_S3_ENDPOINT_URL": "minio:9000"}, "must be an http(s):// URL"),
    ],
)
def test_an_incomplete_s3_set_up_is_refused(clean_env, env, message):
    for name, value in env.items():
        clean_env.setenv(name, value)
    with pytest.raises(ImproperlyConfigured, match=re.escape(message)):
        upload_storage_config("s3")


def test_s3_without_the_library_is_refused(clean_env):
    clean_env.setenv("OVERSIGHT_S3_BUCKET", "b")
    clean_env.setitem(sys.modules, "storages", None)  # as if the s3 extra were not installed
    with pytest.raises(ImproperlyConfigured, match=r"install Oversight with its s3 extra"):
        upload_storage_config("s3")


def test_an_unknown_storage_is_refused():
    with pytest.raises(ImproperlyConfigured, match="OVERSIGHT_STORAGE must be filesystem or s3"):
        upload_storage_config("ftp")


def test_oversight_refuses_to_start_with_an_incomplete_s3_set_up(tmp_path):
    env = production_env(tmp_path, OVERSIGHT_STORAGE="s3")
    for name in S3_VARIABLES:
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "oversight.cli", "check"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "OVERSIGHT_STORAGE=s3 needs OVERSIGHT_S3_BUCKET" in result.stderr


def test_each_variable_in_the_storage_guide_is_read_and_in_the_readme():
    guide = (REPO / "docs" / "storage.md").read_text()
    readme = (REPO / "README.md").read_text()
    source = "\n".join(p.read_text() for p in (REPO / "src" / "oversight").rglob("*.py"))
    variables = re.findall(r"^\| `([A-Z0-9_]+)` \|", guide, flags=re.MULTILINE)
    assert set(variables) == {"OVERSIGHT_STORAGE", *S3_VARIABLES}
    assert [v for v in variables if f'"{v}"' not in source] == []
    assert [v for v in variables if f"`{v}`" not in readme] == []
