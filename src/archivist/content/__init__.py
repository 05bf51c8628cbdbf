"""The content model: articles read and validated from ``content/``, and their bodies as HTML."""
