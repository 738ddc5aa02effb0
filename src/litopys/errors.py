"""User-facing errors and the CLI's documented exit codes (see README, "Exit codes")."""

from __future__ import annotations

EXIT_OK = 0
EXIT_USAGE = 2  # bad option or argument (Typer/Click's own code)
EXIT_INPUT = 3  # unreadable or unusable input: missing file, binary data, bad date, too long
EXIT_INTERNAL = 70  # a bug: reported in one line, never a traceback


class LitopysError(Exception):
    exit_code = EXIT_INTERNAL


class InputError(LitopysError):
    exit_code = EXIT_INPUT
