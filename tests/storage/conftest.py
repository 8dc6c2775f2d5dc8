"""Uploads on S3-compatible storage, offline: moto's S3 served on a loopback port (as MinIO or any
S3-compatible service would be, through ``OVERSIGHT_S3_ENDPOINT_URL``) or moto's in-process mock
of AWS itself (no endpoint, a region).

The storage is configured by ``oversight.settings.upload_storage_config`` from the same
environment variables an installation sets, so the tests use the configuration production uses.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import boto3
import pytest
from moto import mock_aws
from moto.server import ThreadedMotoServer

from oversight.settings import upload_storage_config

REGION = "eu-west-2"
KEY_ID, SECRET = "oversight-test-key", "oversight-test-secret"  # moto accepts any
PREFIX = "oversight/uploads"


@dataclass
class Bucket:
    """A bucket under test and a plain S3 client to look inside it."""

    name: str
    client: Any
    prefix: str
    env: dict[str, str]  # the variables an installation would set to use it

    def names(self, under: str = "") -> list[str]:
        """Object keys (without the prefix) under ``under``."""
        start = f"{self.prefix}/{under}" if self.prefix else under
        found = []
        for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.name, Prefix=start):
            found += [o["Key"] for o in page.get("Contents", [])]
        return sorted(k[len(self.prefix) + 1 :] if self.prefix else k for k in found)

    def read(self, name: str) -> bytes:
        key = f"{self.prefix}/{name}" if self.prefix else name
        body: bytes = self.client.get_object(Bucket=self.name, Key=key)["Body"].read()
        return body


@pytest.fixture(scope="session")
def moto_server() -> Iterator[str]:
    """moto's S3 on a loopback port: the endpoint of an S3-compatible service."""
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def make_bucket(endpoint: str | None, *, prefix: str = PREFIX) -> Bucket:
    name = f"oversight-{uuid.uuid4().hex[:12]}"
    client = boto3.client(
        "s3", region_name=REGION, endpoint_url=endpoint, aws_access_key_id=KEY_ID, aws_secret_access_key=SECRET
    )
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION})
    env = {
        "OVERSIGHT_STORAGE": "s3",
        "OVERSIGHT_S3_BUCKET": name,
        "OVERSIGHT_S3_REGION": REGION,
        "OVERSIGHT_S3_ACCESS_KEY_ID": KEY_ID,
        "OVERSIGHT_S3_SECRET_ACCESS_KEY": SECRET,
        "OVERSIGHT_S3_PREFIX": prefix,
    }
    if endpoint:
        env["OVERSIGHT_S3_ENDPOINT_URL"] = endpoint
    return Bucket(name, client, prefix, env)


def use_bucket(settings: Any, monkeypatch: pytest.MonkeyPatch, bucket: Bucket) -> None:
    for key, value in bucket.env.items():
        monkeypatch.setenv(key, value)
    settings.STORAGES = {**settings.STORAGES, "default": upload_storage_config("s3")}


@pytest.fixture(params=["endpoint", "aws"])
def bucket(request, settings, monkeypatch) -> Iterator[Bucket]:
    """The upload storage switched to a fresh bucket: on an S3-compatible endpoint, or on AWS (mocked)."""
    if request.param == "endpoint":
        made = make_bucket(request.getfixturevalue("moto_server"))
        use_bucket(settings, monkeypatch, made)
        yield made
        return
    with mock_aws():
        made = make_bucket(None)
        use_bucket(settings, monkeypatch, made)
        yield made


@pytest.fixture
def endpoint_bucket(settings, monkeypatch, moto_server) -> Bucket:
    """The upload storage on a fresh bucket of the S3-compatible endpoint only."""
    made = make_bucket(moto_server)
    use_bucket(settings, monkeypatch, made)
    return made
