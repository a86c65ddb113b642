"""Errors the library raises and the CLI reports.

The library never prints or exits; it raises one of these with a message that
fits on one line and says what to do. Only ``cli.py`` catches them, prints the
message to stderr and exits with status 2.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base of every error a user can cause; ``str()`` is the one-line message."""


class InputError(ClaimcheckError):
    """A path, file or argument the user gave cannot be used."""


class ConfigError(ClaimcheckError):
    """A configuration file is missing, unreadable or invalid."""

    def __init__(self, path: str, problem: str) -> None:
        """Keep the file name so that the message always names it.

        :param path: the configuration file at fault
        :param problem: what is wrong with it, and how to fix it
        """
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem
