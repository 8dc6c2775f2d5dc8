"""Section 1 of docs/operations.md (install), as far as it can run without changing the machine.

- ``useradd`` runs as written, but with ``--root`` on a copy of this machine's account files, so
  the user is made in a throwaway tree, not on the machine the tests run on (needs root, as the
  guide does).
- ``apt-get install``: each package it names must have an install candidate in this machine's
  Debian package index (``apt-cache policy``); nothing is installed.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO

DOC = (REPO / "docs" / "operations.md").read_text()


def _line(start: str) -> list[str]:
    lines = [
        line.strip() for block in re.findall(r"```sh\n(.*?)```", DOC, flags=re.DOTALL) for line in block.splitlines()
    ]
    (found,) = [line for line in lines if line.startswith(start)]
    return shlex.split(found)


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("useradd") is None, reason="useradd --root needs root")
def test_the_guides_useradd_makes_the_service_user_with_its_group_and_home(tmp_path):
    argv = _line("useradd ")
    root = tmp_path / "root"
    (root / "etc" / "default").mkdir(parents=True)
    (root / "var" / "lib").mkdir(parents=True)
    for name in ("passwd", "group", "shadow", "gshadow", "login.defs", "default/useradd"):
        if Path("/etc", name).is_file():
            shutil.copy(Path("/etc", name), root / "etc" / name)
    result = subprocess.run(
        [argv[0], "--root", str(root), *argv[1:]], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    users = {line.split(":")[0]: line.split(":") for line in (root / "etc" / "passwd").read_text().splitlines()}
    groups = {line.split(":")[0]: line.split(":") for line in (root / "etc" / "group").read_text().splitlines()}
    user = users["oversight"]
    assert user[5] == "/var/lib/oversight"
    assert int(user[2]) < 1000, "a system account"
    assert groups["oversight"][2] == user[3], "its own group: the units' Group= and the env file's group"
    home = root / "var" / "lib" / "oversight"
    assert (home.stat().st_uid, home.stat().st_gid) == (int(user[2]), int(user[3]))


def _has_index() -> bool:
    lists = Path("/var/lib/apt/lists")
    return shutil.which("apt-cache") is not None and lists.is_dir() and any(lists.glob("*Packages*"))


@pytest.mark.skipif(not _has_index(), reason="no Debian package index here (apt-get update has not run)")
def test_every_package_the_guide_installs_is_in_debian():
    argv = _line("apt-get install ")
    packages = [word for word in argv[2:] if not word.startswith("-")]
    assert {"postgresql", "nginx"} <= set(packages)
    result = subprocess.run(["apt-cache", "policy", *packages], capture_output=True, text=True, timeout=60, check=True)
    candidates = dict(re.findall(r"^(\S+):\n\s+Installed: .*\n\s+Candidate: (\S+)", result.stdout, flags=re.MULTILINE))
    assert set(candidates) == set(packages)
    assert [name for name, version in candidates.items() if version == "(none)"] == []
