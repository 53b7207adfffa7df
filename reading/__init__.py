"""Reading raw files: a folder (local or fsspec) in, `RawPage`s or `Rejected`s out.

Nothing here cleans: decoding turns bytes into text, one reader per format finds the pages in a file,
and every failure is a `Rejected` whose reason is listed in `reading.rejects.REJECT_REASONS`.
"""
