"""The place layer: gazetteer build and lookup, place finding, resolution, geocoding."""
