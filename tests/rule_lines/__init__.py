"""Test lines of every line rule, one module per language (named by its code, like cleaners/languages/):
`MUST_GO[rule]` lines the rule must take, `MUST_STAY[rule]` look-alike lines no rule of that name may take."""
