"""The web application and HTTP API: ``sleuth serve`` (FastAPI) over a read-only catalog.

Pages and API endpoints are thin shells over the same functions the CLI uses:
:class:`~sleuth.check.Checker`, :class:`~sleuth.catalog.store.Catalog` and
:mod:`sleuth.catalog.stats`.
"""

from sleuth.web.app import WebSettings, create_app

__all__ = ["WebSettings", "create_app"]
