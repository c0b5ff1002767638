"""The linguistic engine: a cheap candidate pass, then parse and judge only where needed."""
