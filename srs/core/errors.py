"""Errors meant for the user: one line that names the problem."""


class SrsError(Exception):
    """A problem the user can act on; the CLI prints it as one line, no traceback."""

    exit_code = 1


class NotFound(SrsError):
    pass


class UsageError(SrsError):
    exit_code = 2
