"""The library itself: tables, the database file, records, vocabularies, local copies,
reading lists and where it all lives."""
