"""`recordlint serve`: a LanguageTool-compatible local server and a drafting page.

Needs the ``serve`` extra (Starlette, Uvicorn): ``pip install 'recordlint[serve]'``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.loopback import is_loopback_host, is_loopback_url
from recordlint.serve.app import create_app
from recordlint.serve.security import GuardSettings

if TYPE_CHECKING:
    import uvicorn
    from starlette.types import ASGIApp

__all__ = ["GuardSettings", "create_app", "is_loopback_host", "is_loopback_url", "server_for"]


def server_for(app: ASGIApp, host: str, port: int) -> uvicorn.Server:
    """A Uvicorn server for ``app`` that logs no requests: an access log shows who checked
    what and when, and a query string could carry record text."""
    import uvicorn

    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        access_log=False,
        log_level="warning",
        server_header=False,
        proxy_headers=False,
        lifespan="off",
    )
    return uvicorn.Server(config)
