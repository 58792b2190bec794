"""sitreps: war situation reports in, a geolocated, source-attributed record out."""

__version__ = "0.1.0"
