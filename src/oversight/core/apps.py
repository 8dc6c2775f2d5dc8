from __future__ import annotations

import os

from django.apps import AppConfig
from django.conf import settings


class CoreConfig(AppConfig):
    name = "oversight.core"
    label = "core"

    def ready(self) -> None:
        prepare_data_dir()


def prepare_data_dir() -> None:
    """Make the data directory and keep the development secret key, once Django is set up.

    Settings only read: importing them writes nothing. The folder is made here so the default SQLite
    file can be opened, and in development the key the settings chose is kept, so sign-ins survive
    a restart. Writing with ``O_EXCL`` means two processes starting together agree on one key."""
    data_dir = settings.DATA_DIR
    uses_data_dir = str(settings.DATABASES["default"].get("NAME", "")).startswith(str(data_dir))
    if not (uses_data_dir or settings.DEBUG):
        return
    data_dir.mkdir(parents=True, exist_ok=True)
    if settings.STATIC_ROOT.parent == data_dir:
        settings.STATIC_ROOT.mkdir(exist_ok=True)  # WhiteNoise serves from it once collectstatic fills it
    key_file = settings.DEV_SECRET_KEY_FILE
    if settings.DEBUG and not os.environ.get("SECRET_KEY") and not key_file.exists():
        try:
            fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return
        with os.fdopen(fd, "w", encoding="ascii") as out:
            out.write(settings.SECRET_KEY)
