"""The build: Pelican at the edge, caching, page reuse and writing the output folder.

The only subpackage that imports Pelican; the domain subpackages never import it."""
