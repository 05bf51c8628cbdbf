"""Citability: permanent addresses, the permalinks lock, citation data and references."""
