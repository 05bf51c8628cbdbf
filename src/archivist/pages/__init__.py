"""The site's pages as values: indices, listings, feeds, maps, timeline, related reports."""
