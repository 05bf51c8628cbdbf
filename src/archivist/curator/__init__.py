"""The curator's local tools: a whoosh index of ``content/``, search and near-duplicates."""
