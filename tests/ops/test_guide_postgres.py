"""docs/operations.md's PostgreSQL procedures, run as written against a real PostgreSQL server.

The guide's shell blocks are run as they stand, in order: the database and its owner (section 1),
the environment file and the first commands (section 2), a backup (section 6), the restore procedure
(section 6) and an upgrade's ``oversight`` lines (section 7). Substituted, and only these:

- ``/var/lib/oversight``, ``/etc/oversight/oversight.env`` and ``/opt/oversight``: temporary folders
  and this checkout (the test is not the server's root);
- the role and database name ``oversight``: a name of the test's own, as other tests share the server;
- the environment file's placeholders (the secret key is made with the command the guide gives), the
  ``DATABASE_URL`` socket folder and port (the test server's, not Debian's ``/var/run/postgresql``),
  and ``EMAIL_BACKEND=smtp``, which becomes ``console``: there is no mail server here;
- ``runuser -u postgres --``: kept when the test runs as root, otherwise dropped and the server's
  superuser named with ``PGUSER`` (the test server trusts local connections, as Debian's peer
  authentication trusts the ``postgres`` account);
- ``systemctl`` lines are left out (no service manager in a container: tests/ops/test_systemd_units.py
  checks the units), and so is ``git pull && scripts/bootstrap`` (it needs the project's remote;
  scripts/test runs scripts/bootstrap on every CI run).

It needs a PostgreSQL server, so it runs in the PostgreSQL pass of the suite (``DATABASE_URL``).
"""

from __future__ import annotations

import os
import pwd
import re
import secrets
import shlex
import subprocess
import tarfile
import uuid
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from tests.conftest import REPO

DOC = (REPO / "docs" / "operations.md").read_text()
SERVER = os.environ.get("DATABASE_URL", "")

pytestmark = pytest.mark.skipif(
    not SERVER.startswith(("postgres://", "postgresql://")),
    reason="needs a PostgreSQL server: runs in the suite's PostgreSQL pass (DATABASE_URL=postgres://...)",
)


def _block(first_line: str) -> list[str]:
    """The lines of the guide's ```sh block that begins with ``first_line``."""
    blocks = [b.strip().splitlines() for b in re.findall(r"```sh\n(.*?)```", DOC, flags=re.DOTALL)]
    found = [b for b in blocks if b[0] == first_line]
    assert len(found) == 1, f"the guide has one block starting {first_line!r}"
    return found[0]


def _as_root() -> bool:
    if os.geteuid() != 0:
        return False
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        return False
    return True


class Guide:
    """Runs the guide's lines with the test's substitutions."""

    def __init__(self, tmp_path: Path) -> None:
        server = urlsplit(SERVER)
        self.name = f"oversight_guide_{uuid.uuid4().hex[:10]}"
        self.root = tmp_path / "var-lib-oversight"
        self.root.mkdir()
        self.env_file = tmp_path / "oversight.env"
        self.port = str(server.port or 5432)
        socket_dirs = subprocess.run(
            ["psql", SERVER.rsplit("/", 1)[0] + "/postgres", "-Atc", "SHOW unix_socket_directories"],
            capture_output=True, text=True, check=True, timeout=60,
        ).stdout.strip()  # fmt: skip
        self.socket_dir = socket_dirs.split(",")[0].strip()
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST_", "OVERSIGHT_"))}
        for key in ("DATABASE_URL", "DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "TASKS_BACKEND"):
            self.env.pop(key, None)
        # As on the server, `oversight` is on the PATH only if the guide puts it there.
        path = [p for p in self.env.get("PATH", "").split(os.pathsep) if p and not (Path(p) / "oversight").exists()]
        self.env.update({"PATH": os.pathsep.join(path), "PGHOST": self.socket_dir, "PGPORT": self.port})
        self.superuser = server.username or "postgres"
        if not _as_root():
            self.env["PGUSER"] = self.superuser

    def line(self, text: str) -> str:
        text = text.replace("/etc/oversight/oversight.env", str(self.env_file))
        text = text.replace("/var/lib/oversight", str(self.root)).replace("/opt/oversight", str(REPO))
        if text.startswith("runuser -u postgres -- "):
            text = re.sub(r"(?<=\s)oversight(?=\s|$)", self.name, text)
            if not _as_root():
                text = text.removeprefix("runuser -u postgres -- ")
        return text

    def run(self, lines: list[str]) -> subprocess.CompletedProcess[str]:
        script = "set -eu\n" + "\n".join(self.line(line) for line in lines) + "\n"
        result = subprocess.run(
            ["bash", "-c", script], env=self.env, cwd="/", capture_output=True, text=True, timeout=600, check=False
        )
        assert result.returncode == 0, f"{script}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        return result

    def write_env_file(self) -> None:
        (block,) = [b for b in re.findall(r"```sh\n(.*?)```", DOC, flags=re.DOTALL) if b.startswith("DEBUG=false\n")]
        secret_command = re.search(r"^SECRET_KEY=<[^:]*: (python3 -c .*)>$", block, flags=re.MULTILINE)
        assert secret_command, "the guide says how to make a secret key"
        made = subprocess.run(shlex.split(secret_command.group(1)), capture_output=True, text=True, check=True)
        socket_url = f"postgres://{self.name}@{quote(self.socket_dir, safe='')}:{self.port}/{self.name}"
        swaps = [
            (secret_command.group(0), f"SECRET_KEY={made.stdout.strip()}"),
            ("DATABASE_URL=postgres://oversight@%2Fvar%2Frun%2Fpostgresql/oversight", f"DATABASE_URL={socket_url}"),
            ("EMAIL_BACKEND=smtp", "EMAIL_BACKEND=console"),
        ]
        for old, new in swaps:
            assert old in block, f"the guide's environment file changed: {old!r} is gone"
            block = block.replace(old, new)
        block = re.sub(r"=<[^>\n]*>$", "=" + secrets.token_urlsafe(40), block, flags=re.MULTILINE)
        assert "<" not in block
        self.env_file.write_text(self.line(block))
        self.env_file.chmod(0o640)

    def count(self, sql: str) -> str:
        argv = ["psql", "-U", self.superuser, "-Atc", sql, self.name]
        return subprocess.run(argv, env=self.env, capture_output=True, text=True, check=True, timeout=60).stdout.strip()

    def drop(self) -> None:
        for sql in (f"DROP DATABASE IF EXISTS {self.name}", f"DROP ROLE IF EXISTS {self.name}"):
            subprocess.run(
                ["psql", "-U", self.superuser, "-qc", sql, "postgres"],
                env=self.env, capture_output=True, check=False, timeout=60,
            )  # fmt: skip


def test_the_guides_postgresql_set_up_backup_restore_and_upgrade_run_as_written(tmp_path):
    guide = Guide(tmp_path)
    try:
        # Section 1: the database, owned by its own role.
        guide.run(_block("runuser -u postgres -- createuser oversight"))
        # Section 2: the environment file, then the first commands as the service's user would run them.
        guide.write_env_file()
        configure = _block("set -a; . /etc/oversight/oversight.env; set +a")
        guide.run(configure)
        environment = configure[:2]  # every later `oversight` line runs in this environment, with this PATH
        assert environment[1] == "export PATH=/opt/oversight/.venv/bin:$PATH"
        users = guide.count("SELECT count(*) FROM accounts_user")
        organisations = guide.count("SELECT count(*) FROM organisations_organisation")
        assert (users, int(organisations) > 40) == ("1", True)
        upload = guide.root / "media" / "evidence" / "kept.txt"
        upload.parent.mkdir(parents=True)
        upload.write_bytes(b"an uploaded file that must come back byte for byte\n")

        # Section 6: a backup, then the restore procedure into an emptied database and upload folder.
        guide.run([*environment, "oversight backup --output /var/lib/oversight/backups/manual.tar"])
        archive = guide.root / "backups" / "manual.tar"
        with tarfile.open(archive) as tar:
            assert any(name.endswith("kept.txt") for name in tar.getnames())
        restore = _block("systemctl stop oversight-web oversight-worker")
        assert [line for line in restore if line.startswith("systemctl")] == [restore[0], restore[-1]]
        guide.run([*environment, *restore[1:-1]])
        assert (
            guide.count("SELECT count(*) FROM accounts_user"),
            guide.count("SELECT count(*) FROM organisations_organisation"),
        ) == (users, organisations)
        assert guide.count("SELECT email FROM accounts_user") == "a.person@example.org"
        assert upload.read_bytes() == b"an uploaded file that must come back byte for byte\n"
        (aside,) = guide.root.glob("media.before-restore-*")  # the old uploads, kept until checked
        assert (aside / "evidence" / "kept.txt").is_file()

        # Section 7: an upgrade's backup and migration (the code itself is this checkout).
        upgrade = _block("oversight backup --output /var/lib/oversight/backups/before-upgrade.tar")
        skipped = [line for line in upgrade if line.startswith(("systemctl", "cd /opt/oversight && git pull"))]
        assert len(skipped) == 3
        done = guide.run([*environment, *(line for line in upgrade if line not in skipped)])
        assert (guide.root / "backups" / "before-upgrade.tar").stat().st_size > 0
        assert "No migrations to apply" in done.stdout
    finally:
        guide.drop()
