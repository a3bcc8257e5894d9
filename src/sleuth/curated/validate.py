"""Validate the curated history layer (YAML files in this folder).

Run:  python -m sleuth.curated.validate  [--data ../shared/data]
or:   python src/sleuth/curated/validate.py [--data PATH]

Checks: every file parses; ids unique; every row has >=1 source key present in
sources.yaml; dates are ISO 8601 at some precision; GCAT ids / org codes / site codes /
Program values exist in the GCAT snapshot; curated: targets resolve; launch dates are
compared with GCAT's launchlog and differences without a `note` are reported.
Exit status 1 if any error.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
FILES = ["sources", "stations", "events", "objects", "programs", "agreements", "firsts", "aliases",
         "participation"]
DATE_KEYS = {"launch", "docked", "undocked", "reentry", "date", "start", "end",
             "launch_local_date", "reentry_local_date", "local_date"}
DATE_RE = re.compile(
    r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?Z)?)?)?$")
ENUMS: dict[str, dict[str, set[str | None]]] = {
    "stations": {"kind": {"station", "module"}},
    "events": {"event": {"docking", "failed_docking", "undocking", "deorbit", "arrival",
                         "berthing", "spacewalk"}},
    "agreements": {"kind": {"agreement", "memorandum", "programme", "organization"}},
    "firsts": {"category": {"person", "spacecraft", "mission", "station"}},
    "objects": {"end_kind": {None, "decay", "landing", "impact", "deorbit", "crash",
                             "lost_contact", "return"}},
}
MONTHS = {m: i + 1 for i, m in enumerate(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])}


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            rows.append([c.strip() for c in line.rstrip("\n").split("\t")])
    return rows


def gcat_day(s: str) -> str | None:
    m = re.match(r"(\d{4}) (\w{3})\s+(\d{1,2})", s)
    if not m or m.group(2) not in MONTHS:
        return None
    return f"{m.group(1)}-{MONTHS[m.group(2)]:02d}-{int(m.group(3)):02d}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(HERE.parents[3] / "shared" / "data"),
                    help="folder holding gcat/ (default: ../shared/data next to the project)")
    ap.add_argument("--curated", default=str(HERE),
                    help="folder holding the curated YAML files (default: this one)")
    args = ap.parse_args(argv)
    gcat = Path(args.data) / "gcat"

    errors: list[str] = []
    warnings: list[str] = []
    docs: dict[str, list[dict]] = {}
    for name in FILES:
        path = Path(args.curated) / f"{name}.yaml"
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except Exception as exc:
            errors.append(f"{name}.yaml: does not parse: {exc}")
            continue
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            errors.append(f"{name}.yaml: top level must be a list of mappings")
            continue
        docs[name] = data

    src_keys: set[str] = set()
    for r in docs.get("sources", []):
        k = r.get("key")
        if not k:
            errors.append(f"sources.yaml: row without key: {r}")
        elif k in src_keys:
            errors.append(f"sources.yaml: duplicate key {k}")
        else:
            src_keys.add(k)
        for f in ("title", "url", "publisher", "accessed"):
            if not r.get(f):
                errors.append(f"sources.yaml: {k}: missing {f}")

    # GCAT reference tables (optional: skip those checks if the data is absent)
    launch_day: dict[str, str] = {}
    programs: set[str] = set()
    orgs: set[str] = set()
    sites: set[str] = set()
    vehicles: set[str] = set()
    aux: set[str] = set()
    have_gcat = (gcat / "launchlog.tsv").exists()
    if have_gcat:
        for row in read_tsv(gcat / "launchlog.tsv"):
            if len(row) > 6 and row[6]:
                launch_day.setdefault(row[6], gcat_day(row[1]) or "")
        for row in read_tsv(gcat / "psatcat.tsv"):
            if len(row) > 8:
                programs.add(row[8])
        orgs = {r[0] for r in read_tsv(gcat / "orgs.tsv") if r}
        sites = {r[0] for r in read_tsv(gcat / "sites.tsv") if r}
        if (gcat / "lv.tsv").exists():
            vehicles = {r[0].strip() for r in read_tsv(gcat / "lv.tsv") if r}
        if (gcat / "auxcat.tsv").exists():
            aux = {r[0] for r in read_tsv(gcat / "auxcat.tsv") if r}
    else:
        warnings.append(f"GCAT not found at {gcat}; GCAT cross-checks skipped")

    ids: dict[str, set[str]] = {}
    used_sources: set[str] = set()
    for name, rows in docs.items():
        if name == "sources":
            continue
        idkey = "alias" if name == "aliases" else "id"
        seen: set[str] = set()
        for i, r in enumerate(rows):
            rid = r.get(idkey)
            label = f"{name}.yaml[{i}] {rid}"
            if not rid:
                errors.append(f"{label}: missing {idkey}")
            elif rid in seen and name != "aliases":
                errors.append(f"{label}: duplicate id")
            else:
                seen.add(rid)
            srcs = r.get("sources")
            if not isinstance(srcs, list) or not srcs:
                errors.append(f"{label}: needs a non-empty sources list")
            else:
                for s in srcs:
                    used_sources.add(s)
                    if s not in src_keys:
                        errors.append(f"{label}: unknown source key {s!r}")
            for k, v in r.items():
                bad_date = not isinstance(v, str) or not DATE_RE.match(v)
                if k in DATE_KEYS and v is not None and bad_date:
                    errors.append(f"{label}: {k}={v!r} is not ISO 8601 at a valid precision")
            for k in ("mass_kg", "orbits", "duration_min"):
                v = r.get(k)
                not_number = isinstance(v, bool) or not isinstance(v, (int, float))
                if v is not None and (not_number or v < 0):
                    errors.append(f"{label}: {k}={v!r} must be a non-negative number or null")
            for k, allowed in ENUMS.get(name, {}).items():
                if k in r and r[k] not in allowed:
                    errors.append(f"{label}: {k}={r[k]!r} not one of {sorted(allowed, key=str)}")
            g = r.get("gcat")
            if g and have_gcat and g not in launch_day and g not in aux:
                errors.append(f"{label}: gcat {g} not found in launchlog/auxcat")
            if g and have_gcat and r.get("launch") and g in launch_day:
                ours, theirs = r["launch"][:10], launch_day[g]
                if theirs and len(ours) == 10 and ours != theirs and not r.get("note"):
                    warnings.append(f"{label}: launch {ours} != GCAT {theirs} and no note")
            for p in r.get("gcat_program") or []:
                if have_gcat and p not in programs:
                    errors.append(f"{label}: gcat_program {p!r} not in psatcat Program column")
        ids[name] = seen

    all_ids = set().union(*[v for k, v in ids.items() if k != "aliases"])
    for i, r in enumerate(docs.get("aliases", [])):
        t = str(r.get("target", ""))
        kind, _, val = t.partition(":")
        label = f"aliases.yaml[{i}] {r.get('alias')}"
        if kind == "org" and have_gcat and val not in orgs:
            errors.append(f"{label}: org code {val} not in orgs.tsv")
        elif kind == "site" and have_gcat and val not in sites:
            errors.append(f"{label}: site {val} not in sites.tsv")
        elif kind == "gcat" and have_gcat and val not in launch_day and val not in aux:
            errors.append(f"{label}: JCAT {val} not in launchlog/auxcat")
        elif kind == "lv" and have_gcat and vehicles and val not in vehicles:
            errors.append(f"{label}: launch vehicle {val} not in lv.tsv")
        elif kind == "curated" and val not in all_ids:
            errors.append(f"{label}: curated id {val} not found")
        elif kind not in {"org", "site", "gcat", "lv", "curated"}:
            errors.append(f"{label}: bad target {t!r}")

    station_ids = ids.get("stations", set()) | ids.get("programs", set())
    for r in docs.get("stations", []):
        if r.get("kind") == "module" and r.get("station") not in station_ids:
            errors.append(
                f"stations.yaml {r.get('id')}: parent station {r.get('station')!r} unknown")

    for k in sorted(src_keys - used_sources):
        warnings.append(f"sources.yaml: {k} is not cited by any row")

    counts = {n: len(v) for n, v in docs.items()}
    print("rows per file:", ", ".join(f"{n}={c}" for n, c in counts.items()))
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
