"""Fuzz the document extractors: mutate seed files and generated inputs for N seconds.

Every input goes through ``oversight_ingest.extract.extract_document``; outcomes are counted
by error code ("ok" for a Document that passes the invariants). Any other exception, or a
Document that breaks the invariants, is a bug: the input is written to a temp directory and
the script exits non-zero.

    .venv/bin/python scripts/fuzz_extractors.py --seconds 120 --seed 1
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from pathlib import Path

from oversight_ingest.document import ExtractionError
from oversight_ingest.extract import check_invariants, extract_document

DEFAULT_SEEDS = Path("/work/shared/seeds")
_TOKENS = [
    b"<p>",
    b"</p>",
    b"<div class='cookie-banner'>",
    b"<h2>",
    b"<li>",
    b"<table><tr><td>",
    b"<script>",
    b"%PDF-1.7\n",
    b"%%EOF",
    b"obj",
    b"endobj",
    b"stream\n",
    b"xref",
    b"trailer",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"## ",
    b"**",
    b"- ",
    b"\r\n",
    b"\n\n",
    b"<w:p><w:r><w:t>x</w:t></w:r></w:p>",
    "–’“é".encode(),
]


def _generated(rng: random.Random) -> tuple[bytes, str]:
    kind = rng.choice(["html", "md", "docx", "junk"])
    if kind == "html":
        parts = [
            rng.choice(_TOKENS[:7]) + bytes(rng.choice(b"abc xyz.") for _ in range(rng.randint(0, 40)))
            for _ in range(20)
        ]
        return b"<html><body>" + b"".join(parts), "gen.html"
    if kind == "md":
        lines = [
            rng.choice([b"# ", b"## ", b"- ", b"1. ", b"> ", b"| a | b |", b""]) + b"word " * rng.randint(0, 20)
            for _ in range(30)
        ]
        return b"\n".join(lines), "gen.md"
    if kind == "docx":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            body = b"".join(rng.choice(_TOKENS) for _ in range(rng.randint(0, 30)))
            zf.writestr(
                "word/document.xml",
                b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                + body
                + b"</w:body></w:document>",
            )
        return buf.getvalue(), "gen.docx"
    return rng.randbytes(rng.randint(0, 3000)), rng.choice(["gen.pdf", "gen.txt", "gen.docx", "gen"])


def _mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        pos = rng.randint(0, max(0, len(buf) - 1))
        if op < 0.4 and buf:
            buf[pos] = rng.randrange(256)
        elif op < 0.5:
            del buf[rng.randint(0, len(buf)) :]
        elif op < 0.7:
            buf[pos:pos] = rng.choice(_TOKENS) if rng.random() < 0.5 else rng.randbytes(rng.randint(1, 32))
        elif op < 0.85:
            del buf[pos : pos + rng.randint(1, 512)]
        else:
            end = min(len(buf), pos + rng.randint(1, 256))
            buf[pos:pos] = buf[pos:end]
    return bytes(buf)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--seeds-dir", type=Path, default=DEFAULT_SEEDS)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    corpus = [(p.read_bytes(), p.name) for p in sorted(args.seeds_dir.glob("*")) if p.is_file()]
    counts: Counter[str] = Counter()
    failures = 0
    out_dir: Path | None = None
    deadline = time.monotonic() + args.seconds
    runs = 0
    while time.monotonic() < deadline:
        if corpus and rng.random() < 0.8:
            data, name = rng.choice(corpus)
            data = _mutate(data, rng)
            if rng.random() < 0.1:
                name = rng.choice(["x.pdf", "x.docx", "x.html", "x.txt", "x.md", "x"])
        else:
            data, name = _generated(rng)
        runs += 1
        try:
            doc = extract_document(data, name)
            check_invariants(doc)
            counts["ok"] += 1
        except ExtractionError as exc:
            counts[exc.code] += 1
        except Exception:
            failures += 1
            counts["BUG"] += 1
            if out_dir is None:
                out_dir = Path(tempfile.mkdtemp(prefix="fuzz-extractors-"))
            case = out_dir / f"case{failures:04d}-{name}"
            case.write_bytes(data)
            case.with_suffix(case.suffix + ".traceback.txt").write_text(traceback.format_exc())
            print(f"BUG on {name}: reproducer written to {case}", file=sys.stderr)
    print(f"{runs} inputs in {args.seconds:.0f}s (seed {args.seed})")
    for code, n in counts.most_common():
        print(f"  {code:20s} {n}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
