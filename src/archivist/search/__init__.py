"""The browser's full-text search: a sharded lunr index and its document store."""
