"""Oversight's only settings module. Every value comes from the environment (see README).

With nothing set, Oversight runs in development mode on a SQLite file under ``./var``.
Production sets ``DEBUG=false``, ``SECRET_KEY``, ``ALLOWED_HOSTS`` and ``DATABASE_URL``.
"""

from __future__ import annotations

import importlib.util
import secrets
from pathlib import Path
from typing import Any

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from oversight.env import env_bool, env_int, env_list, env_str

PACKAGE_DIR = Path(__file__).resolve().parent


def _default_data_dir() -> Path:
    """Where data lives when ``OVERSIGHT_DATA_DIR`` is not set: never relative to the working directory.

    Run from a source checkout (the README's scripts), that is the checkout's own ``var`` folder;
    installed as a package, the user's data folder (``$XDG_DATA_HOME/oversight``)."""
    checkout = PACKAGE_DIR.parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "src" / "oversight").is_dir():
        return checkout / "var"
    return Path(env_str("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "oversight"


_data_dir_setting = env_str("OVERSIGHT_DATA_DIR")
if _data_dir_setting and not Path(_data_dir_setting).is_absolute():
    raise ImproperlyConfigured(
        f"OVERSIGHT_DATA_DIR must be an absolute path, not {_data_dir_setting!r}: a relative one would "
        "depend on the folder a command is run from."
    )
DATA_DIR = Path(_data_dir_setting) if _data_dir_setting else _default_data_dir()

DEBUG = env_bool("DEBUG", default=True)


def _secret_key() -> str:
    key = env_str("SECRET_KEY")
    if key:
        if len(key) < 32:
            raise ImproperlyConfigured("SECRET_KEY must be at least 32 characters long")
        return key
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. With DEBUG off Oversight refuses to start without one: "
            'generate one with `python -c "import secrets; print(secrets.token_urlsafe(50))"`.'
        )
    # Development: a random key kept in the data directory, so sign-ins survive restarts. Nothing is
    # written here: a new key is kept by ``CoreConfig.ready`` (see ``core/apps.py``).
    path = DEV_SECRET_KEY_FILE
    if path.is_file():
        return path.read_text(encoding="ascii").strip()
    return secrets.token_urlsafe(50)


DEV_SECRET_KEY_FILE = DATA_DIR / "secret_key"


SECRET_KEY = _secret_key()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list this installation's host names when DEBUG is off")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "axes",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "simple_history",
    "django_tasks",
    "oversight.ops",  # before django_tasks_db: its db_worker adds a heartbeat and lost-task recovery
    "django_tasks_db",
    "ninja",
    "oversight.core",
    "oversight.organisations",
    "oversight.accounts",
    "oversight.reports",
    "oversight.obligations",
    "oversight.responses",
    "oversight.evidence",
    "oversight.measures",
    "oversight.web",
    "oversight.api",
]

MIDDLEWARE = [
    "oversight.ops.logs.RequestLogMiddleware",  # first: request id, one JSON log line per request
    "django.middleware.security.SecurityMiddleware",
    "oversight.core.middleware.RejectNulCharactersMiddleware",
    "oversight.core.middleware.PrivateResponseHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks: turns a lockout into its page
]

ROOT_URLCONF = "oversight.urls"
WSGI_APPLICATION = "oversight.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

# Sign-in: throttled per account and per address by django-axes (docs/adr/0013), optional OpenID Connect.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first, so a locked-out account or address is refused before any check
    "django.contrib.auth.backends.ModelBackend",
]
OVERSIGHT_PROXY_COUNT = env_int("OVERSIGHT_PROXY_COUNT", 0)  # proxies that append to X-Forwarded-For
AXES_FAILURE_LIMIT = env_int("OVERSIGHT_SIGNIN_FAILURE_LIMIT", 10, minimum=1)
AXES_COOLOFF_TIME = env_int("OVERSIGHT_SIGNIN_COOLOFF_MINUTES", 15, minimum=1) / 60  # hours, as axes reads it
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one over the limit refuses the attempt
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # the cool-off the page states is the one that applies
AXES_CLIENT_IP_CALLABLE = "oversight.accounts.throttle.client_address"
AXES_LOCKOUT_CALLABLE = "oversight.web.views_accounts.signin_locked_out"
AXES_VERBOSE = False  # no start-up banner on every command; lockouts are still logged as warnings

_EMAIL_BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
}
_email_backend = env_str("EMAIL_BACKEND", "console")
if _email_backend not in _EMAIL_BACKENDS:
    raise ImproperlyConfigured(f"EMAIL_BACKEND must be one of {', '.join(_EMAIL_BACKENDS)}, not {_email_backend!r}")
EMAIL_BACKEND = _EMAIL_BACKENDS[_email_backend]
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", default=False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10, minimum=1)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "oversight@localhost")
PASSWORD_RESET_TIMEOUT = env_int("PASSWORD_RESET_TIMEOUT_HOURS", 72, minimum=1) * 3600  # also invitations
# The address of this installation, for links in emails sent from the command line (the web uses the request's).
OVERSIGHT_BASE_URL = env_str("OVERSIGHT_BASE_URL", "http://localhost:8000")

# OpenID Connect sign-in for organisations on Microsoft Entra ID; off unless OIDC_ENABLED (docs/accounts.md).
OIDC_ENABLED = env_bool("OIDC_ENABLED", default=False)
OIDC_SIGN_IN_LABEL = env_str("OIDC_SIGN_IN_LABEL", "Sign in with your organisation's Microsoft account")
OIDC_ENTRA_TENANT_ID = env_str("OIDC_ENTRA_TENANT_ID")
OIDC_ALLOWED_TENANT_IDS = env_list("OIDC_ALLOWED_TENANT_IDS", [OIDC_ENTRA_TENANT_ID] if OIDC_ENTRA_TENANT_ID else [])
OIDC_RP_CLIENT_ID = env_str("OIDC_RP_CLIENT_ID")
OIDC_RP_CLIENT_SECRET = env_str("OIDC_RP_CLIENT_SECRET")
_entra = f"https://login.microsoftonline.com/{OIDC_ENTRA_TENANT_ID or 'organizations'}"
OIDC_OP_AUTHORIZATION_ENDPOINT = env_str("OIDC_OP_AUTHORIZATION_ENDPOINT", f"{_entra}/oauth2/v2.0/authorize")
OIDC_OP_TOKEN_ENDPOINT = env_str("OIDC_OP_TOKEN_ENDPOINT", f"{_entra}/oauth2/v2.0/token")
OIDC_OP_JWKS_ENDPOINT = env_str("OIDC_OP_JWKS_ENDPOINT", f"{_entra}/discovery/v2.0/keys")
OIDC_OP_USER_ENDPOINT = env_str("OIDC_OP_USER_ENDPOINT", "https://graph.microsoft.com/oidc/userinfo")
OIDC_RP_SIGN_ALGO = "RS256"
OIDC_RP_SCOPES = "openid profile email"
OIDC_USE_PKCE = True
OIDC_CREATE_USER = env_bool("OIDC_CREATE_USERS", default=False)
LOGIN_REDIRECT_URL_FAILURE = "login"
if OIDC_ENABLED:
    if not (OIDC_RP_CLIENT_ID and OIDC_RP_CLIENT_SECRET and OIDC_ALLOWED_TENANT_IDS):
        raise ImproperlyConfigured(
            "OIDC_ENABLED needs OIDC_RP_CLIENT_ID, OIDC_RP_CLIENT_SECRET and OIDC_ENTRA_TENANT_ID "
            "(or OIDC_ALLOWED_TENANT_IDS): see docs/accounts.md"
        )
    INSTALLED_APPS.append("mozilla_django_oidc")
    AUTHENTICATION_BACKENDS.append("oversight.accounts.oidc.EntraIdBackend")

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "oversight.web.context.site",
            ],
        },
    },
]


def _database() -> dict[str, Any]:
    url = env_str("DATABASE_URL")
    if not url:
        url = f"sqlite:///{DATA_DIR / 'oversight.sqlite3'}"  # the folder is made by CoreConfig.ready
    if not url.startswith(("sqlite:", "postgres:", "postgresql:")):
        raise ImproperlyConfigured("DATABASE_URL must be a sqlite:/// or postgres:// URL")
    config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0)))
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets the web process read while the task worker writes; IMMEDIATE avoids lock upgrades.
        config["OPTIONS"] = {
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
        }
    return config


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_ROOT = Path(env_str("OVERSIGHT_MEDIA_DIR", str(DATA_DIR / "media"))).resolve()
# Uploads: a folder (OVERSIGHT_MEDIA_DIR) by default; OVERSIGHT_STORAGE=s3 keeps them in an S3-compatible
# bucket through django-storages: private, always streamed through Oversight's own views (docs/storage.md).
OVERSIGHT_STORAGE = env_str("OVERSIGHT_STORAGE", "filesystem").strip().lower() or "filesystem"


def upload_storage_config(kind: str) -> dict[str, Any]:
    """``STORAGES["default"]`` for ``OVERSIGHT_STORAGE=kind``, from the environment."""
    if kind == "filesystem":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    if kind != "s3":
        raise ImproperlyConfigured(f"OVERSIGHT_STORAGE must be filesystem or s3, not {kind!r}")
    if importlib.util.find_spec("storages") is None or importlib.util.find_spec("boto3") is None:
        raise ImproperlyConfigured(
            "OVERSIGHT_STORAGE=s3 needs django-storages and boto3: install Oversight with its s3 extra "
            "(uv sync --extra s3, or pip install 'oversight[s3]'); see docs/storage.md"
        )
    bucket, endpoint = env_str("OVERSIGHT_S3_BUCKET"), env_str("OVERSIGHT_S3_ENDPOINT_URL")
    key_id, secret = env_str("OVERSIGHT_S3_ACCESS_KEY_ID"), env_str("OVERSIGHT_S3_SECRET_ACCESS_KEY")
    missing = [] if bucket else ["OVERSIGHT_S3_BUCKET"]
    if key_id and not secret:
        missing.append("OVERSIGHT_S3_SECRET_ACCESS_KEY")
    if secret and not key_id:
        missing.append("OVERSIGHT_S3_ACCESS_KEY_ID")
    if missing:
        raise ImproperlyConfigured(f"OVERSIGHT_STORAGE=s3 needs {' and '.join(missing)}; see docs/storage.md")
    if endpoint and not endpoint.startswith(("https://", "http://")):
        raise ImproperlyConfigured(f"OVERSIGHT_S3_ENDPOINT_URL must be an http(s):// URL, not {endpoint!r}")
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint or None,  # none: AWS S3 itself
        "region_name": env_str("OVERSIGHT_S3_REGION") or None,
        "access_key": key_id or None,  # none: boto3's own chain (AWS_* variables, an instance role)
        "secret_key": secret or None,
        "location": env_str("OVERSIGHT_S3_PREFIX").strip("/"),
        "default_acl": None,  # no ACL is ever set: objects stay as private as the bucket
        "querystring_auth": True,  # no URL of a file is ever given out: downloads stream through Oversight
        "file_overwrite": True,  # names are generated; only the import progress marker is rewritten
        "max_memory_size": 2 * 1024 * 1024,  # a file being read spills to a temporary file past 2 MB
    }
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


STORAGES = {
    "default": upload_storage_config(OVERSIGHT_STORAGE),
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "oversight.ops.staticfiles.StaticFilesStorage"  # WhiteNoise's, compressed and cache-busted
    },
}
# Serve straight from the apps' static folders too, so the default set-up needs no collectstatic.
WHITENOISE_USE_FINDERS = True

TASKS_BACKEND = env_str("TASKS_BACKEND", "immediate")
_TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
if TASKS_BACKEND not in _TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(_TASK_BACKENDS)}, not {TASKS_BACKEND!r}")
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[TASKS_BACKEND]}}

# The main part of the force, report, region, national and home pages is kept per scope of
# visibility until anything audited changes (core.pagecache), and at most this many seconds
# (0: built on every request). Kept as files in the data directory (folder and files readable by
# Oversight's own user only), so every web process on the server shares what one has built.
OVERSIGHT_DASHBOARD_CACHE_SECONDS = env_int("OVERSIGHT_DASHBOARD_CACHE_SECONDS", 600)
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(DATA_DIR / "cache"),
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}
MAX_UPLOAD_BYTES = env_int("OVERSIGHT_MAX_UPLOAD_MB", 50, minimum=1) * 1024 * 1024
# Operational data files (CSV/XLSX) are streamed, never held whole; larger ones are refused.
MAX_DATA_BYTES = env_int("OVERSIGHT_MAX_DATA_MB", 100, minimum=1) * 1024 * 1024
# The key of the pseudonyms in operational data. Read here, used only at import time: with DEBUG off
# and no key, imports are refused; in development a key is made in the data directory on first use.
OVERSIGHT_PSEUDONYM_KEY = env_str("OVERSIGHT_PSEUDONYM_KEY")
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # One year of HSTS by default in production (docs/security.md); 0 switches it off.
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=False)
# Browser features no page of Oversight uses, refused outright.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()"
)

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
    }
}

# Logs go to standard error, as JSON lines when DEBUG is off (LOG_FORMAT=json|text), with the
# request id on every line (docs/operations.md). django.request logs only server errors, with
# their tracebacks: each request already has its own line.
LOG_FORMAT = env_str("LOG_FORMAT", "text" if DEBUG else "json")
if LOG_FORMAT not in ("json", "text"):
    raise ImproperlyConfigured(f"LOG_FORMAT must be json or text, not {LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "oversight.ops.logs.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "oversight.ops.logs.OversightJsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["request_id"]},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}, "django.request": {"level": "ERROR"}},
}
# A db_worker whose heartbeat is older than this is taken for dead: /readyz says so, and its task is rerun.
WORKER_STALE_SECONDS = env_int("OVERSIGHT_WORKER_STALE_SECONDS", 60, minimum=2)

SITE_NAME = env_str("OVERSIGHT_SITE_NAME", "Oversight")
