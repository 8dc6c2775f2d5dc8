"""``/healthz`` and ``/readyz``: for load balancers, systemd and monitoring. No sign-in, no secrets."""

from __future__ import annotations

from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from oversight.ops.health import readiness


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """The process is up and answering requests; touches nothing else."""
    return JsonResponse({"status": "ok"})


@never_cache
@require_safe
def readyz(request: HttpRequest) -> JsonResponse:
    """Ready for traffic: database answers, migrations applied, storage writable, a worker seen."""
    result = readiness()
    return JsonResponse(result.to_json(), status=200 if result.ready else 503)
