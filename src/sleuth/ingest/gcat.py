"""GCAT (Jonathan McDowell's General Catalog of Artificial Space Objects) → catalog draft.

Each ``add_*`` function reads one parsed TSV file into the draft: entities, aliases,
facts with provenance (source file, record id, GCAT's own LTCite citation) and relations.
Rows whose values cannot be parsed are quarantined with the reason.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from itertools import pairwise

from sleuth.catalog.draft import CatalogDraft, Event
from sleuth.catalog.names import latin_variants, name_variants, normalize
from sleuth.ingest.tsv import GcatDate, TsvFile, TsvRow, parse_float, parse_gcat_date
from sleuth.model import Fact, Quarantined

LAUNCH_OUTCOMES = {
    "OS": "orbital success",
    "OF": "orbital failure",
    "DS": "deep space success",
    "DF": "deep space failure",
    "XS": "suborbital success",
    "XF": "suborbital failure",
}


def org_id(code: str) -> str:
    return f"org:{code}"


def site_id(ucode: str) -> str:
    return f"site:{ucode}"


def lv_id(name: str) -> str:
    return f"lv:{name}"


def gcat_id(jcat: str) -> str:
    return f"gcat:{jcat}"


def program_id(name: str) -> str:
    return f"program:{name}"


def _quarantine(draft: CatalogDraft, tsv: TsvFile, row: TsvRow, reason: str) -> None:
    draft.quarantine.append(Quarantined(tsv.path.name, row.line, reason, row.raw))


def _each(
    draft: CatalogDraft, tsv: TsvFile, handle: Callable[[TsvRow], None]
) -> None:
    """Run ``handle`` on every row; a ValueError quarantines the row with its message."""
    draft.quarantine.extend(tsv.quarantined)
    for row in tsv.rows:
        try:
            handle(row)
        except ValueError as exc:
            _quarantine(draft, tsv, row, str(exc))


def _date_fact(
    entity_id: str, prop: str, date: GcatDate, source: str, record: str,
    citation: str | None = None,
) -> Fact:
    return Fact(
        entity_id, prop, date.value, source, record, precision=date.precision, citation=citation
    )


def add_orgs(draft: CatalogDraft, tsv: TsvFile) -> None:
    """Organizations, agencies and countries; predecessor chains by GCAT's UCode."""
    lineage: dict[str, list[tuple[str, str]]] = defaultdict(list)
    source = "gcat:orgs"

    def handle(row: TsvRow) -> None:
        code = row.get("Code")
        if not code:
            raise ValueError("no organization code")
        start = parse_gcat_date(row.get("TStart"))
        stop = parse_gcat_date(row.get("TStop"))
        name = row.get("EName") or row.get("Name") or code
        kind = "country" if (row.get("Type") or "").startswith("CY") else "organization"
        oid = org_id(code)
        draft.add_entity(oid, kind, name)
        for col in ("ShortName", "Name", "ShortEName", "EName", "UName"):
            draft.add_alias(oid, row.get(col), source)
        draft.add_alias(oid, code, "code")
        record = f"orgs.tsv Code {code}"
        if start:
            draft.add_fact(_date_fact(oid, "founded", start, source, record))
            draft.events.append(
                Event(oid, "founded", start.value, start.precision, start.start,
                      f"{name} founded", row.get("StateCode"), code, None, source, record)
            )
        if stop:
            draft.add_fact(_date_fact(oid, "dissolved", stop, source, record))
        if row.get("StateCode") and row.get("StateCode") != code:
            draft.add_fact(Fact(oid, "state", row.get("StateCode") or "", source, record,
                                object_id=org_id(row.get("StateCode") or "")))
        if row.get("Location"):
            draft.add_fact(Fact(oid, "location", row.get("Location") or "", source, record))
        if row.get("Class"):  # GCAT's class: civil, defense, business, academic, ...
            draft.add_fact(Fact(oid, "class", row.get("Class") or "", source, record))
        if row.get("Parent"):
            draft.relate(oid, "part_of", org_id(row.get("Parent") or ""), source, record)
        ucode = row.get("UCode")
        if ucode and kind == "organization" and start:
            lineage[ucode].append((start.start, code))

    _each(draft, tsv, handle)
    for members in lineage.values():
        members.sort()
        for (_, earlier), (_, later) in pairwise(members):
            draft.relate(org_id(later), "successor_of", org_id(earlier), source,
                         f"orgs.tsv UCode lineage {earlier} → {later}")


def add_sites(draft: CatalogDraft, tsv: TsvFile) -> dict[str, str]:
    """Launch sites, one entity per physical site (GCAT's UCode: NIIP-5 and GIK-5 are
    both Baikonur), except that a differently named site in use at the same time as the
    UCode's own is a place of its own (Vostochniy, code VOST, beside Svobodniy, SVOB).
    Returns site code → entity id for the launch log."""
    code_to_id: dict[str, str] = {}
    by_ucode: dict[str, list[TsvRow]] = defaultdict(list)

    def handle(row: TsvRow) -> None:
        code = row.get("Site")
        if not code:
            raise ValueError("no site code")
        parse_float(row.get("Longitude"))  # a bad number quarantines the row
        lat = parse_float(row.get("Latitude"))
        if lat is not None and not -90 <= lat <= 90:
            raise ValueError(f"latitude out of range: {lat}")
        by_ucode[row.get("UCode") or code].append(row)

    _each(draft, tsv, handle)
    for ucode, group in by_ucode.items():
        places = _places(ucode, group)
        for sid, rows in places:
            others = {r.get("ShortName") for other, o_rows in places if other != sid
                      for r in o_rows}
            _add_site(draft, sid, rows, code_to_id, others - {None})
    return code_to_id


def _add_site(draft: CatalogDraft, sid: str, rows: list[TsvRow],
              code_to_id: dict[str, str], others: set[str | None]) -> None:
    """One site entity from its codes' rows: named as its latest code, with every code's
    names, period, coordinates and state, and founded at its earliest code's start.
    ``others`` are the names of other places under the same UCode, which GCAT also writes
    in this place's rows (VOST's ShortEName is "Svobodniy"): not names of this one."""
    source = "gcat:sites"
    latest = max(rows, key=lambda r: (parse_gcat_date(r.get("TStart")) or _NEVER).start)
    name = next((n for n in (latest.get("ShortEName"), latest.get("ShortName"))
                 if n and n not in others), sid.removeprefix("site:"))
    draft.add_entity(sid, "site", name)
    for row in rows:
        code = row.get("Site") or ""  # every row has one: add_sites quarantines the rest
        code_to_id[code] = sid
        record = f"sites.tsv Site {code}"
        for col in ("ShortName", "Name", "ShortEName", "EName", "UName"):
            value = row.get(col)
            if value in others:
                continue
            draft.add_alias(sid, value, source)
            for variant in latin_variants(value or ""):
                draft.add_alias(sid, variant, "variant")
        draft.add_alias(sid, code, "code")
        start = parse_gcat_date(row.get("TStart"))
        stop = parse_gcat_date(row.get("TStop"))
        period = f"{start.value if start else '?'}–{stop.value if stop else 'present'}"
        draft.add_fact(Fact(sid, "code", f"{code} ({period})", source, record))
        if row.get("Longitude") and row.get("Latitude"):
            draft.add_fact(Fact(sid, "coordinates",
                                f"{row.get('Latitude')}°N {row.get('Longitude')}°E",
                                source, record))
        if row.get("StateCode"):
            draft.add_fact(Fact(sid, "state", row.get("StateCode") or "", source, record,
                                object_id=org_id(row.get("StateCode") or "")))
    starts = [(d.start, d, r) for r in rows if (d := parse_gcat_date(r.get("TStart")))]
    if starts:
        _, first, row = min(starts, key=lambda s: s[0])
        draft.add_fact(_date_fact(sid, "founded", first, source,
                                  f"sites.tsv Site {row.get('Site')} (earliest code)"))


# Two names of one UCode in use together for longer than this are two places; a shorter
# overlap is a rename dated to the year ("Pt Arguello" to 1965, Vandenberg from 1964 Dec 31).
_CONCURRENT_DAYS = 366


def _places(ucode: str, rows: list[TsvRow]) -> list[tuple[str, list[TsvRow]]]:
    """The site entities of one UCode's rows, as (entity id, rows). Renames over time
    (Tyuratam's NIIP-5, then GIK-5; Cape Canaveral, Cape Kennedy, Canaveral again) are one
    place; a name whose codes were in use alongside another name's is its own, keyed by its
    earliest code."""
    by_name: dict[str, list[TsvRow]] = defaultdict(list)
    for row in rows:
        by_name[row.get("ShortName") or row.get("Site") or ucode].append(row)
    if len(by_name) == 1:
        return [(site_id(ucode), rows)]
    periods = {name: [_period(r) for r in group] for name, group in by_name.items()}

    def concurrent(a: str, b: str) -> bool:
        return any(min(a_stop, b_stop) - max(a_start, b_start) > _CONCURRENT_DAYS
                   for a_start, a_stop in periods[a] for b_start, b_stop in periods[b])

    own = next((n for n, group in by_name.items()
                if any(r.get("Site") == ucode for r in group)), next(iter(by_name)))
    places: list[tuple[str, list[TsvRow]]] = []
    merged = list(rows)
    for name, group in by_name.items():
        if name != own and any(concurrent(name, other) for other in by_name if other != name):
            first = min(group, key=lambda r: _period(r)[0])
            places.append((site_id(first.get("Site") or name), group))
            merged = [r for r in merged if r not in group]
    return [(site_id(ucode), merged), *places]


def _period(row: TsvRow) -> tuple[int, int]:
    """A site code's years in use as (first day, last day) ordinals; open ends are far."""
    start, stop = parse_gcat_date(row.get("TStart")), parse_gcat_date(row.get("TStop"))
    return (_ordinal(start.start) if start else 1, _ordinal(stop.start) if stop else 10**7)


def _ordinal(iso: str) -> int:
    return date.fromisoformat(iso[:10]).toordinal()


_NEVER = GcatDate("0001", "year", "0001-01-01T00:00:00Z", "0002-01-01T00:00:00Z")
_LV_INDEX = re.compile(r"^[A-Za-z][\w\-]*\s+(\d+[A-Z]\d+[A-Z0-9]*)$")


def add_vehicles(draft: CatalogDraft, tsv: TsvFile) -> None:
    """Launch vehicles (lv.tsv). GRAU-style indices ("8K72" of "Vostok 8K72") are aliases,
    and so is a hyphened name of letters before its index that no other vehicle has
    ("Vostok-L" of "Vostok-L 8K72", but not "R-36" of "R-36 8K67", a vehicle of its own)."""
    source = "gcat:lv"
    names: set[str] = set()
    bases: dict[str, set[str]] = {}  # "Vostok-L" → the vehicles named it before an index

    def handle(row: TsvRow) -> None:
        name = row.get("LV_Name")
        if not name:
            raise ValueError("no LV_Name")
        vid = lv_id(name)
        record = f"lv.tsv LV_Name {name}" + (
            f" variant {row.get('LV_Variant')}" if row.get("LV_Variant") else ""
        )
        stages = (parse_float(row.get("LV_Min_Stage")), parse_float(row.get("LV_Max_Stage")))
        numbers = {
            "length": (parse_float(row.get("Length")), "m"),
            "diameter": (parse_float(row.get("Diameter")), "m"),
            "launch_mass": (parse_float(row.get("Launch_Mass")), "t"),
            "leo_capacity": (parse_float(row.get("LEO_Capacity")), "kg"),
        }
        draft.add_entity(vid, "vehicle", name)
        names.add(name)
        draft.add_alias(vid, row.get("LV_Alias"), source)
        m = _LV_INDEX.match(name)
        if m:
            draft.add_alias(vid, m.group(1), "variant")
            base = name[:m.start(1)].strip()
            if "-" in base and not any(c.isdigit() for c in base):
                # (not "Vostok-2A", read in "Vostok 2? A: Titov" as its words are)
                bases.setdefault(base, set()).add(vid)
        if row.get("LV_Family"):
            draft.add_fact(Fact(vid, "family", row.get("LV_Family") or "", source, record))
        if row.get("LV_Manufacturer"):
            draft.add_fact(Fact(vid, "manufacturer", row.get("LV_Manufacturer") or "", source,
                                record, object_id=org_id(row.get("LV_Manufacturer") or "")))
        if stages[1]:
            draft.add_fact(Fact(vid, "stages", f"{stages[0]:.0f}–{stages[1]:.0f}", source,
                                record))
        for prop, (value, unit) in numbers.items():
            if value:
                draft.add_fact(Fact(vid, prop, f"{value:g} {unit}", source, record,
                                    num=value, unit=unit))

    _each(draft, tsv, handle)
    for base, vids in bases.items():
        if len(vids) == 1 and base not in names:
            draft.add_alias(next(iter(vids)), base, "variant")


def add_launch_log(draft: CatalogDraft, tsv: TsvFile, sites: dict[str, str]) -> None:
    """Launches and their payloads, with date, site, vehicle and operator facts."""
    source = "gcat:launchlog"
    seen_tags: set[str] = set()
    known_lvs = {eid for eid, e in draft.entities.items() if e.kind == "vehicle"}

    def handle(row: TsvRow) -> None:
        tag, jcat = row.get("Launch_Tag"), row.get("JCAT")
        if not tag or not jcat:
            raise ValueError("no Launch_Tag or JCAT")
        date = parse_gcat_date(row.get("Launch_Date"))
        if date is None:
            raise ValueError("no launch date")
        citation = row.get("LTCite")
        record = f"launchlog.tsv {tag.strip()} / {row.get('Piece') or jcat} ({jcat})"
        lid, pid = f"launch:{tag}", gcat_id(jcat)
        gcat_name = row.get("Name") or jcat
        draft.add_entity(pid, "spacecraft", display_name(gcat_name))
        for alias in (gcat_name, row.get("PLName"), jcat, row.get("Piece")):
            draft.add_alias(pid, alias, source)
            for variant in name_variants(alias or ""):
                draft.add_alias(pid, variant, "variant")
        ptype = row.get("Type") or ""
        if len(ptype) > 1 and ptype[1] == "H":
            draft.add_fact(Fact(pid, "crewed", "yes", source, record, citation=citation))
            # Crewed flights are known by their flight designation too ("STS-71").
            draft.add_alias(pid, row.get("Flight_ID"), "flight_id")
        site = sites.get(row.get("Launch_Site") or "")
        vehicle = lv_id(row.get("LV_Type") or "")
        outcome = LAUNCH_OUTCOMES.get((row.get("Launch_Code") or "")[:2], row.get("Launch_Code"))
        for eid in (pid, lid):
            draft.add_fact(_date_fact(eid, "launch_date", date, source, record, citation))
            if site:
                site_name = f"{draft.entities[site].name} ({row.get('Launch_Site')})"
                draft.add_fact(Fact(eid, "launch_site", site_name, source, record,
                                    citation=citation, object_id=site))
            if vehicle in known_lvs:
                draft.add_fact(Fact(eid, "launch_vehicle", row.get("LV_Type") or "", source,
                                    record, citation=citation, object_id=vehicle))
            if outcome:
                draft.add_fact(Fact(eid, "launch_outcome", outcome, source, record,
                                    citation=citation))
        owner = row.get("SatOwner")
        if owner:
            draft.add_fact(Fact(pid, "operator", owner, source, record, citation=citation,
                                object_id=org_id(owner)))
        if row.get("SatState"):
            draft.add_fact(Fact(pid, "state", row.get("SatState") or "", source, record,
                                object_id=org_id(row.get("SatState") or "")))
        if row.get("Launch_Pad"):
            draft.add_fact(Fact(pid, "launch_pad", row.get("Launch_Pad") or "", source, record))
        draft.relate(pid, "payload_of", lid, source, record)
        if tag not in seen_tags:
            seen_tags.add(tag)
            title = f"{display_name(gcat_name)} on {row.get('LV_Type')}"
            draft.add_entity(lid, "launch", f"Launch {tag.strip()}: {title}")
            draft.add_alias(lid, tag, source)
            if row.get("Agency"):
                draft.add_fact(Fact(lid, "operator", row.get("Agency") or "", source, record,
                                    object_id=org_id(row.get("Agency") or "")))
            kind = "launch" if outcome and "success" in outcome else "launch failure"
            draft.events.append(
                Event(lid, kind, date.value, date.precision, date.start, title,
                      row.get("LVState"), row.get("Agency"), None, source, record)
            )

    _each(draft, tsv, handle)


_SOVIET_ORDINAL_NAME = re.compile(r"^\d+-y\s")


def display_name(gcat_name: str) -> str:
    """The name to show for a GCAT payload: "AMS Luna-2" → "Luna-2"."""
    variants = sorted(v for v in name_variants(gcat_name) if not v.startswith("Lunik"))
    return variants[0] if variants and gcat_name.startswith("AMS ") else gcat_name


def add_payload_catalog(draft: CatalogDraft, tsv: TsvFile) -> None:
    """psatcat: program, orbit (UN registration), end of operations, comment."""
    source = "gcat:psatcat"
    crewed = draft.entities_with("crewed")

    def handle(row: TsvRow) -> None:
        jcat = row.get("JCAT")
        if not jcat:
            raise ValueError("no JCAT")
        pid = gcat_id(jcat)
        record = f"psatcat.tsv {jcat}"
        launch = parse_gcat_date(row.get("LDate"))
        end = parse_gcat_date(row.get("TDate"))
        orbit = {
            "perigee": (parse_float(row.get("UNPerigee")), "km"),
            "apogee": (parse_float(row.get("UNApogee")), "km"),
            "inclination": (parse_float(row.get("UNInc")), "deg"),
            "orbital_period": (parse_float(row.get("UNPeriod")), "min"),
        }
        name = row.get("Name") or jcat
        new = pid not in draft.entities
        entity = draft.add_entity(pid, "spacecraft", name, row.get("Comment"))
        if _SOVIET_ORDINAL_NAME.match(entity.name):
            better = sorted(name_variants(name))
            entity.name = better[0] if better else name
        draft.add_alias(pid, name, source)
        for variant in name_variants(name):
            draft.add_alias(pid, variant, "variant")
        if new and launch:
            draft.add_fact(_date_fact(pid, "launch_date", launch, source, record))
        if end:
            prop = "landing_date" if pid in crewed else "end_date"
            draft.add_fact(_date_fact(pid, prop, end, source, record))
        for prop, (value, unit) in orbit.items():
            if value is not None and value > 0:
                draft.add_fact(Fact(pid, prop, f"{value:g} {unit}", source,
                                    f"{record} (UN registration)", num=value, unit=unit))
        program = row.get("Program")
        if program:
            prog = program_id(program)
            draft.add_entity(prog, "program", program)
            draft.relate(pid, "member_of", prog, source, record)
            draft.add_fact(Fact(pid, "program", program, source, record, object_id=prog))
        for col, prop in (("Class", "class"), ("Category", "category"), ("Result", "result")):
            if row.get(col):
                draft.add_fact(Fact(pid, prop, row.get(col) or "", source, record))

    _each(draft, tsv, handle)


def add_auxiliary_catalog(draft: CatalogDraft, tsv: TsvFile) -> None:
    """auxcat: masses, orbits and decay dates of auxiliary objects (and some payloads)."""
    source = "gcat:auxcat"

    def handle(row: TsvRow) -> None:
        jcat = row.get("JCAT")
        if not jcat:
            raise ValueError("no JCAT")
        oid = gcat_id(jcat)
        record = f"auxcat.tsv {jcat}"
        decay = parse_gcat_date(row.get("DDate"))
        numbers = {
            "mass": (parse_float(row.get("Mass")), "kg"),
            # GCAT's TotMass beside its Mass (Schiaparelli: 326 and 600 kg); writers
            # quote either, so the judge holds a claim to both
            "total_mass": (parse_float(row.get("TotMass")), "kg"),
            "perigee": (parse_float(row.get("Perigee")), "km"),
            "apogee": (parse_float(row.get("Apogee")), "km"),
            "inclination": (parse_float(row.get("Inc")), "deg"),
        }
        name = row.get("Name") or jcat
        is_payload = (row.get("Type") or "").startswith("P")
        draft.add_entity(oid, "spacecraft" if is_payload else "object", name)
        if is_payload:
            draft.add_alias(oid, row.get("PLName"), source)
        draft.add_alias(oid, jcat, source)
        if decay:
            draft.add_fact(_date_fact(oid, "reentry_date", decay, source, record))
        if numbers["total_mass"][0] == numbers["mass"][0]:
            del numbers["total_mass"]
        for prop, (value, unit) in numbers.items():
            if value is not None and value > 0:
                draft.add_fact(Fact(oid, prop, f"{value:g} {unit}", source, record, num=value,
                                    unit=unit))
        parent = row.get("Parent")
        if parent:
            draft.relate(oid, "part_of", gcat_id(parent), source, record)

    _each(draft, tsv, handle)


def link_series_first_members(draft: CatalogDraft) -> None:
    """Alias "Kvant-1" to GCAT's "Kvant" when "Kvant-2" exists (likewise Salyut → Salyut 1)."""
    spacecraft = {e.id: e for e in draft.entities.values() if e.kind == "spacecraft"}
    names = {normalize(a) for eid in spacecraft for a in draft.aliases[eid]}
    for eid, entity in spacecraft.items():
        base = entity.name
        if any(ch.isdigit() for ch in base) or f"{normalize(base)} 2" not in names:
            continue
        if f"{normalize(base)} 1" in names:
            continue
        draft.add_alias(eid, f"{base}-1", "variant")
        draft.add_alias(eid, f"{base} 1", "variant")
