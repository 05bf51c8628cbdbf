"""Places: the gazetteer and the resolution of the names articles give."""
