"""Optional OCR for PDFs without a text layer.

Used only when the ``tesseract`` binary is on ``PATH`` and Pillow is importable; pages are
rendered with pypdfium2 at 200 dpi and passed to tesseract one at a time. Returns ``None``
when OCR is unavailable or fails, so the caller raises ``no_text_layer`` instead.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import tempfile
from pathlib import Path

MAX_OCR_PAGES = 50
_TIMEOUT_SECONDS = 60


def available() -> bool:
    return shutil.which("tesseract") is not None and importlib.util.find_spec("PIL") is not None


def ocr_pdf(data: bytes) -> str | None:
    """OCR every page of a PDF (up to ``MAX_OCR_PAGES``); None when OCR is unavailable or fails."""
    binary = shutil.which("tesseract")
    if binary is None or importlib.util.find_spec("PIL") is None:
        return None
    import pypdfium2 as pdfium

    from oversight_ingest.extract.pdf import PDFIUM_LOCK

    texts: list[str] = []
    try:
        with tempfile.TemporaryDirectory(prefix="oversight-ocr-") as tmp:
            with PDFIUM_LOCK:
                pdf = pdfium.PdfDocument(data)
                try:
                    images = []
                    for i in range(min(len(pdf), MAX_OCR_PAGES)):
                        page = pdf[i]
                        bitmap = page.render(scale=200 / 72)
                        image_path = Path(tmp) / f"page{i:04d}.png"
                        bitmap.to_pil().save(image_path)
                        images.append(image_path)
                        page.close()
                finally:
                    pdf.close()
            for image_path in images:
                result = subprocess.run(  # noqa: S603 - fixed binary found with shutil.which, no shell
                    [binary, str(image_path), "stdout"],
                    capture_output=True,
                    timeout=_TIMEOUT_SECONDS,
                    check=False,
                )
                if result.returncode == 0:
                    texts.append(result.stdout.decode("utf-8", errors="replace"))
    except (OSError, subprocess.SubprocessError, ValueError, RuntimeError):
        return None
    text = "\n\n".join(t.strip() for t in texts if t.strip())
    return text or None
