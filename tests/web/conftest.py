"""Fixtures for the web layer: the FastAPI app over the real catalog, in-process."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from sleuth.catalog.store import Catalog
from sleuth.web import WebSettings, create_app

SMALL_LIMIT = 4_000


@pytest.fixture(scope="session")
def web_app(catalog: Catalog) -> FastAPI:
    return create_app(catalog)


@pytest.fixture(scope="session")
def client(web_app: FastAPI) -> TestClient:
    return TestClient(web_app, raise_server_exceptions=False)


@pytest.fixture(scope="session")
def small_client(catalog: Catalog) -> TestClient:
    """An app that accepts request bodies of at most ``SMALL_LIMIT`` bytes."""
    return TestClient(create_app(catalog, WebSettings(max_bytes=SMALL_LIMIT)),
                      raise_server_exceptions=False)
