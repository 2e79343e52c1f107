"""Text utilities every layer shares: numbers, scripts, sentences, timestamps, slugs.

Nothing here knows the document model; readers, detection, glossary, checks, translation
and review all use these, so one rule has one owner."""
