"""The Parquet dataset under `clean/`: its contract (schemas and the row builders that fill them)
and the store that writes it (one writer at a time, files that appear only whole)."""
