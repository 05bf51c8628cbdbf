"""Text as the archive compares it: folding, words, stems, language names."""
