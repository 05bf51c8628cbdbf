"""``archivist serve``: a local preview of the built site (not for production)."""

from __future__ import annotations

import functools
import http.server
from pathlib import Path

from archivist.errors import ConfigError


def serve(directory: Path, bind: str, port: int) -> None:
    if not (directory / "index.html").is_file():
        raise ConfigError(f"{directory}: no built site here; run 'archivist build' first")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(directory))
    try:
        server = http.server.ThreadingHTTPServer((bind, port), handler)
    except OSError as error:
        raise ConfigError(
            f"cannot listen on {bind}:{port} ({error.strerror}); try --port"
        ) from None
    print(
        f"serving {directory} at http://{'localhost' if bind == '127.0.0.1' else bind}:{port}/ "
        "(Ctrl-C to stop)"
    )
    with server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:  # how a preview is stopped: not an error
            print(f"stopped serving {directory}")
