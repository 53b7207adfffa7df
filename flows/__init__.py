"""Prefect flows and the command line: thin shells over `runs`, `reading`, `output` and `cleaners`."""
