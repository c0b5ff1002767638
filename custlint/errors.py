"""Errors a user can act on: each carries a one-line message and maps to exit status 2."""


class CustlintError(Exception):
    """Base for every error the CLI reports as one line, without a traceback."""


class InputError(CustlintError):
    """A path that is missing, unreadable, binary or undecodable."""


class RuleError(CustlintError):
    """A rule pack that is not valid TOML or breaks the rule schema."""


class ConfigError(CustlintError):
    """A setting with an unknown name or a value outside its choices."""


class ModelError(CustlintError):
    """No spaCy pipeline could be loaded."""


class BinaryFileError(InputError):
    """A file that is not text at all; a folder walk can skip it with a note."""
