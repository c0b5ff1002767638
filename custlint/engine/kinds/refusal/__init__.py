"""The refusal kind: refusal-first wording toward the customer ("no"-phrasing).

A rule names the shapes it looks for in `checks`; each shape reads the parse (who
is the subject, what is negated, what is refused) and returns the span of the refusal.
Rewrites are named in a rule's `rewrite` and only apply where the sentence shape allows.

The modules, from the bottom up: `lexicon` (shared word lists) and `registry` (the shape
and rewrite registries); `syntax` (readings of the parse), `speakers` (who speaks and who
is refused), `wanted` (what the customer asked for) and `vetoes` (negations that refuse
nobody now); one module per shape family (`no_object`, `cannot`, `do_not`, `prohibition`,
`denied`, `passive`, `hands_tied`, `flat_no`) and `rewrites`; `preconditions` (the
pre-parse tests); `kind` (`RefusalKind`, which imports the shape families so that they
register).
"""

from custlint.engine.kinds.refusal.kind import RefusalKind
from custlint.engine.kinds.refusal.preconditions import surface_gate

__all__ = ["RefusalKind", "surface_gate"]
