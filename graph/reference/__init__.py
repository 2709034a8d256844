"""Reference data: countries, alliances, companies, platforms and places shipped as CSV files."""
from .loader import RefEntity, ReferenceData, load_reference

__all__ = ["RefEntity", "ReferenceData", "load_reference"]
