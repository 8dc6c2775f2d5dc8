"""gunicorn settings for ``oversight serve`` (read with ``--config python:oversight.ops.gunicorn_config``).

The command line's ``--bind`` and ``--workers`` override what is here. Requests are logged by the
application itself (one JSON line each, with the request id), so gunicorn's access log is off
and its own messages are JSON lines too.
"""

from __future__ import annotations

import os
from pathlib import Path

wsgi_app = "oversight.wsgi:application"
worker_class = "gthread"
threads = int(os.environ.get("OVERSIGHT_WEB_THREADS", "4"))
timeout = int(os.environ.get("OVERSIGHT_WEB_TIMEOUT", "120"))  # an in-process letter ingestion can take a while
graceful_timeout = 30
keepalive = 5
# No max_requests: a gthread worker that recycles itself drops the connections it has accepted but
# not yet served (gunicorn issues 3038 and 3394), which nginx shows the user as a 502. A process is
# replaced only on `systemctl reload` or a crash.
# Worker heartbeat files in memory, not on a disk that may stall (gunicorn's own advice).
worker_tmp_dir = "/dev/shm" if Path("/dev/shm").is_dir() else None  # noqa: S108
accesslog = None
# The reverse proxy on this host sets X-Forwarded-Proto; Django reads it (SECURE_PROXY_SSL_HEADER).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "oversight.ops.logs.OversightJsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
    },
}
