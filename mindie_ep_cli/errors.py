"""Errors a user can cause that stop a command: exit code 2 with the message, never a traceback."""


class UsageError(Exception):
    """The user asked for something we cannot do (a bad flag value, a missing answer, ...)."""
