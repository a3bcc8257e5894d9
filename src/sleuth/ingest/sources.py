"""The source files Sleuth is built from: where they live locally and upstream.

A real install downloads these from their publishers (``sleuth data pull``); development
and CI copy them from a local mirror (``sleuth data pull --from ../shared/data``).
"""

from __future__ import annotations

from dataclasses import dataclass

GCAT_BASE = "https://planet4589.org/space/gcat/tsv"
GCAT_CREDIT = "J. McDowell, GCAT, planet4589.org/space/gcat (CC BY 4.0)"


@dataclass(frozen=True, slots=True)
class SourceFile:
    key: str  # the source name used in every fact's provenance
    path: str  # relative to the data directory
    url: str | None  # upstream address; None when it is produced by a query
    columns: tuple[str, ...]  # columns the build needs (format check)
    description: str


SOURCE_FILES: tuple[SourceFile, ...] = (
    SourceFile(
        "gcat:launchlog",
        "gcat/launchlog.tsv",
        f"{GCAT_BASE}/launch/launchlog.tsv",
        ("Launch_Tag", "Launch_Date", "Piece", "Type", "Name", "PLName", "JCAT", "SatOwner",
         "SatState", "LV_Type", "Flight_ID", "Launch_Site", "Launch_Pad", "Agency", "LVState",
         "Launch_Code", "LTCite"),
        "GCAT launch log: one row per payload per orbital or deep-space launch",
    ),
    SourceFile(
        "gcat:psatcat",
        "gcat/psatcat.tsv",
        f"{GCAT_BASE}/cat/psatcat.tsv",
        ("JCAT", "Piece", "Name", "LDate", "TDate", "Program", "Class", "Category", "Result",
         "UNPeriod", "UNPerigee", "UNApogee", "UNInc", "Comment"),
        "GCAT payload catalog",
    ),
    SourceFile(
        "gcat:auxcat",
        "gcat/auxcat.tsv",
        f"{GCAT_BASE}/cat/auxcat.tsv",
        ("JCAT", "Launch_Tag", "Piece", "Type", "Name", "PLName", "LDate", "DDate", "Owner",
         "State", "Mass", "Perigee", "Apogee", "Inc"),
        "GCAT auxiliary objects catalog",
    ),
    SourceFile(
        "gcat:orgs",
        "gcat/orgs.tsv",
        f"{GCAT_BASE}/tables/orgs.tsv",
        ("Code", "UCode", "StateCode", "Type", "Class", "TStart", "TStop", "ShortName", "Name",
         "Location", "Longitude", "Latitude", "Parent", "ShortEName", "EName", "UName"),
        "GCAT organizations table",
    ),
    SourceFile(
        "gcat:sites",
        "gcat/sites.tsv",
        f"{GCAT_BASE}/tables/sites.tsv",
        ("Site", "UCode", "Type", "StateCode", "TStart", "TStop", "ShortName", "Name",
         "Location", "Longitude", "Latitude", "Parent", "ShortEName", "EName", "UName"),
        "GCAT launch sites table",
    ),
    SourceFile(
        "gcat:lv",
        "gcat/lv.tsv",
        f"{GCAT_BASE}/tables/lv.tsv",
        ("LV_Name", "LV_Family", "LV_Manufacturer", "LV_Variant", "LV_Alias", "LV_Min_Stage",
         "LV_Max_Stage", "Length", "Diameter", "Launch_Mass", "LEO_Capacity"),
        "GCAT launch vehicles table",
    ),
    SourceFile(
        "wikidata",
        "crew/wikidata-spacefarers.json",
        None,
        ("people", "missions", "intervals"),
        "People who have flown in space, their missions and person-mission intervals "
        "(Wikidata, CC0), produced by the SPARQL query in sleuth.ingest.wikidata",
    ),
    SourceFile(
        "astronauts-2020",
        "crew/astronauts-2020.csv",
        "https://raw.githubusercontent.com/rfordatascience/tidytuesday/master/data/2020/"
        "2020-07-14/astronauts.csv",
        ("id", "name", "original_name", "sex", "nationality", "year_of_mission",
         "mission_title", "ascend_shuttle", "in_orbit", "descend_shuttle", "hours_mission"),
        "Stavnichuk & Corlett astronaut database, Jan 2020 (CC BY 4.0)",
    ),
)


def source_file(key: str) -> SourceFile:
    for source in SOURCE_FILES:
        if source.key == key:
            return source
    raise KeyError(key)
