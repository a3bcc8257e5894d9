"""Links from provenance to the record: upstream files, Wikidata items, cited pages."""

from __future__ import annotations

import re
from urllib.parse import quote

from sleuth.ingest.sources import SOURCE_FILES

_URL = re.compile(r"<(https?://[^\s<>\"]+)>|(https?://[^\s<>\"]+)")
_QID = re.compile(r"\bQ[1-9]\d*\b")
_SOURCE_URLS = {s.key: s.url for s in SOURCE_FILES if s.url}
WIKIDATA_ITEM = "https://www.wikidata.org/wiki/"


def entity_url(entity_id: str) -> str:
    """The web page of an entity (ids may hold '/', '?' or spaces)."""
    return "/entity/" + quote(entity_id, safe=":")


def citation_urls(citation: str | None) -> list[str]:
    """The http(s) addresses written in a citation (never any other scheme)."""
    if not citation:
        return []
    return list(dict.fromkeys(a or b for a, b in _URL.findall(citation)))


def provenance_links(source: str, record: str, citation: str | None) -> list[dict[str, str]]:
    """Where a reader can see the record behind a fact: the source file upstream, the
    Wikidata item, and every page the citation names."""
    links: list[dict[str, str]] = []
    if source in _SOURCE_URLS:
        links.append({"label": f"{source} file", "url": _SOURCE_URLS[source]})
    if source == "wikidata":
        links += [{"label": q, "url": WIKIDATA_ITEM + q} for q in _QID.findall(record)]
    links += [{"label": url.split("/")[2], "url": url} for url in citation_urls(citation)]
    return links
