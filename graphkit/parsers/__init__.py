"""One parser module per form and layout; each turns a SourceText into a FilingRecord."""
