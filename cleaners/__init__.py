"""Pure cleaning: a page's text (HTML or a text/markdown dump) in, a `CleanedText` out.

Nothing here touches files, processes or Prefect. `cleaners.page.clean_page` is the entry point;
`cleaners.rules` is the one table of every rule name the `removed` audit shows.
"""
