"""Import raw captures (copied page text, saved HTML pages, Markdown) as draft articles.

Data flows one way, one module per step:
``capture`` reads and decodes a file (``htmlpage`` extracts an HTML page's article text),
``boilerplate`` drops site furniture, ``headline`` finds the title and the dateline,
``pubdate`` reads dates, ``language`` identifies the language, ``sources`` finds the
publication, ``placenames`` matches the gazetteer, ``draft`` puts it together,
``duplicates`` and ``writer`` make sure nothing is lost or written twice, and
``batch`` runs many files and ``review`` prints what needs a human look.
"""

from __future__ import annotations
