"""Sentences written for the locator rules, one module per round of rule work.

Each module holds four tables: POSITIVE (text, the finding's match), LISTED (text, every
match in order), INNOCENT and TECHNICAL (texts that must give no locator finding); a module
may add REWRITES (text, the finding's match, its one rewrite).
`tests/test_locator_cases.py` runs them all.
"""
