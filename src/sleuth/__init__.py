"""Space Sleuth: check what people write about spaceflight history against the record.

    >>> from sleuth import Catalog
    >>> catalog = Catalog.open()                     # the catalog built by `sleuth build`
    >>> catalog.resolve("Lunik 2").entity.name
    'Luna-2'
"""

from sleuth.catalog.store import Catalog, Resolution
from sleuth.model import Entity, Fact, PartialDate, SleuthError

__all__ = ["Catalog", "Entity", "Fact", "PartialDate", "Resolution", "SleuthError"]
__version__ = "0.1.0"
