"""docs/operations.md stays true: its commands parse with the real commands, its variables are read."""

from __future__ import annotations

import re
import shlex

import pytest
from django.core.management import get_commands, load_command_class

from tests.conftest import REPO

DOC = (REPO / "docs" / "operations.md").read_text()


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC, flags=re.DOTALL)


def _oversight_lines() -> list[str]:
    lines = [line.strip() for block in _blocks("sh") for line in block.splitlines()]
    found = [line for line in lines if line.startswith("oversight ")]
    for block in _blocks("ini"):
        for line in block.splitlines():
            if line.startswith("ExecStart="):
                command = re.search(r"/opt/oversight/\.venv/bin/(oversight [^'\n]*)", line)
                assert command, line
                found.append(re.sub(r"\$\(date [^)]*\)", "DATE", command.group(1)))
    return found


def test_the_guide_names_the_commands_the_service_needs():
    names = {shlex.split(line)[1] for line in _oversight_lines()}
    assert {"serve", "db_worker", "backup", "restore", "migrate", "load-reference", "invite-user"} <= names


@pytest.mark.parametrize("line", _oversight_lines())
def test_each_command_in_the_guide_parses(line, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # as the guide configures
    argv = shlex.split(line)
    name = argv[1]
    commands = get_commands()
    assert name in commands, f"{name} is not an oversight command"
    command = load_command_class(commands[name], name)
    command.create_parser("oversight", name).parse_args(argv[2:])  # exits (fails) on a bad option


def test_each_variable_in_the_guide_is_read_by_oversight():
    source = "\n".join(p.read_text() for p in (REPO / "src" / "oversight").rglob("*.py"))
    variables = re.findall(r"^\| `([A-Z_]+)` \|", DOC, flags=re.MULTILINE)
    assert len(variables) >= 15
    unread = [v for v in variables if f'"{v}"' not in source]
    assert unread == []


def test_the_explained_deploy_warnings_are_the_ones_the_smoke_test_allows():
    explained = set(re.findall(r"`security\.(W\d+)`", DOC))
    smoke = (REPO / "scripts" / "smoke").read_text()
    allowed = re.search(r"explained='security\\\.W\(([0-9|]+)\)'", smoke)
    assert allowed
    assert explained == {f"W{n}" for n in allowed.group(1).split("|")}
