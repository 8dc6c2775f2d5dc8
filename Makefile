# Shortcuts for developers; each target is one of the scripts a newcomer can also run directly.
.PHONY: demo test bench bench-ingest bench-measure eval lint

demo:
	scripts/demo

test:
	scripts/test

bench:
	scripts/bench import

bench-ingest:
	scripts/bench ingest

bench-web:
	scripts/bench web

bench-operate:
	scripts/bench operate

bench-measure:
	scripts/bench measure

eval:
	.venv/bin/python scripts/eval_ingest.py --ablation

lint:
	.venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/mypy src && .venv/bin/lint-imports
