"""Give a demo installation uploaded files and more history, for the backup tests.

``python -m tests.ops.populate`` adds evidence (two versions of one file, another file) and a
progress update to force editors' obligations, and keeps an uploaded letter under MEDIA_ROOT.
``python -m tests.ops.populate --writes SECONDS`` keeps adding progress updates for that long
(the writes a running service makes while a backup is taken) and prints how many it made.
"""

from __future__ import annotations

import os
import sys
import time


def populate() -> None:
    from django.conf import settings

    from oversight.accounts.models import User
    from oversight.evidence.services import evidence_add, evidence_version_add
    from oversight.obligations.models import Obligation
    from oversight.obligations.services import update_create

    editor = User.objects.get(username="force-editor")
    obligations = list(Obligation.objects.filter(organisation__name="Thames Valley Police").order_by("pk")[:3])
    first = evidence_add(
        actor=editor,
        obligation=obligations[0],
        title="Training completion, quarter 1",
        chunks=[b"officer_ref,module,completed\nA1,Hydra,2025-09-01\n"],
        filename="training.csv",
    )
    evidence_version_add(
        actor=editor,
        evidence=first.evidence,
        chunks=[b"officer_ref,module,completed\nA1,Hydra,2025-09-01\nA2,Hydra,2025-09-03\n"],
        filename="training-v2.csv",
    )
    evidence_add(
        actor=editor,
        obligation=obligations[1],
        title="Collection plan summary",
        chunks=[os.urandom(150_000).hex().encode()],
        filename="plan.txt",
    )
    update_create(actor=editor, obligation=obligations[2], text="Collection plan drafted and sent to the board.")
    letter = settings.MEDIA_ROOT / "uploads" / "0123456789abcdef" / "response letter.pdf"
    letter.parent.mkdir(parents=True, exist_ok=True)
    letter.write_bytes(b"%PDF-1.4\n" + os.urandom(40_000))


def writes(seconds: float) -> int:
    from oversight.accounts.models import User
    from oversight.obligations.models import Obligation
    from oversight.obligations.services import update_create

    editor = User.objects.get(username="force-editor")
    obligation = Obligation.objects.filter(organisation__name="Thames Valley Police").order_by("pk").first()
    assert obligation is not None
    made = 0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        update_create(actor=editor, obligation=obligation, text=f"Weekly note {made}")
        made += 1
        time.sleep(0.02)
    return made


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "oversight.settings")
    import django

    django.setup()
    if len(sys.argv) > 2 and sys.argv[1] == "--writes":
        sys.stdout.write(f"{writes(float(sys.argv[2]))}\n")
    else:
        populate()
