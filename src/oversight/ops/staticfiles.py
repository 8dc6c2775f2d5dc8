"""Static files in production: WhiteNoise's compressed, cache-busted storage, tolerant of one thing.

GOV.UK Frontend's stylesheet refers to images Oversight deliberately does not ship (the crown's
crest is for gov.uk services only). Django's manifest storage refuses to collect a stylesheet
that refers to a missing file; this storage leaves such a reference as it is (the rule using it
is never matched by Oversight's markup) and names it in a warning, and hashes everything else.

Collecting is kept quick enough to run at each upgrade on a small server: only the hashed copies
are kept and compressed, source maps are not compressed, and files over 256 KB (the API
explorer's bundles, not Oversight's own pages) get gzip but not the much slower Brotli.
"""

from __future__ import annotations

import logging
from typing import Any

# WhiteNoise ships no type information.
from whitenoise.compress import Compressor  # type: ignore[import-untyped]
from whitenoise.storage import CompressedManifestStaticFilesStorage  # type: ignore[import-untyped]

logger = logging.getLogger("oversight.ops.staticfiles")


BROTLI_MAX_BYTES = 256 * 1024


class _Compressor(Compressor):  # type: ignore[misc]
    SKIP_COMPRESS_EXTENSIONS = (*Compressor.SKIP_COMPRESS_EXTENSIONS, "map")

    def compress_brotli(self, data: bytes) -> bytes:
        if len(data) > BROTLI_MAX_BYTES:
            return data  # not smaller, so WhiteNoise writes no .br file
        return bytes(super().compress_brotli(data))


class StaticFilesStorage(CompressedManifestStaticFilesStorage):  # type: ignore[misc]
    _not_shipped: set[str] = set()

    @property
    def keep_only_hashed_files(self) -> bool:
        return True

    def create_compressor(self, **kwargs: Any) -> Compressor:
        kwargs.pop("extensions", None)
        return _Compressor(**kwargs)

    def hashed_name(self, name: str, content: Any = None, filename: str | None = None) -> str:
        try:
            return str(super().hashed_name(name, content, filename))
        except ValueError:
            if content is None and not self.exists(filename or name):
                if name not in self._not_shipped:
                    self._not_shipped.add(name)
                    logger.warning("Static file %s is referred to but not shipped; left unhashed", name)
                return name
            raise
