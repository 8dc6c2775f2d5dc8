from __future__ import annotations

from typing import Any

from django.apps import AppConfig


class OpsConfig(AppConfig):
    name = "oversight.ops"
    label = "ops"
    verbose_name = "Operations"

    def ready(self) -> None:
        # Not audit: stamps the enqueuing request's id on a queued task row (see ops/logs.py).
        from django.db.models.signals import pre_save  # noqa: TID251
        from django_tasks.signals import task_finished, task_started
        from django_tasks_db.models import DBTaskResult

        from oversight.ops import logs

        # Receivers defined here are held strongly (weak=False): nothing else keeps them alive.

        def on_task_row_saved(sender: Any, instance: DBTaskResult[Any, Any], **kwargs: Any) -> None:
            if instance._state.adding:
                logs.remember_request_id(instance.args_kwargs)

        def on_started(sender: Any, task_result: Any, **kwargs: Any) -> None:
            logs.task_started(task_result)

        def on_finished(sender: Any, task_result: Any, **kwargs: Any) -> None:
            logs.task_finished(task_result)

        pre_save.connect(on_task_row_saved, sender=DBTaskResult, weak=False, dispatch_uid="ops-request-id")
        task_started.connect(on_started, weak=False, dispatch_uid="ops-task-started")
        task_finished.connect(on_finished, weak=False, dispatch_uid="ops-task-finished")
