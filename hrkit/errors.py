"""Errors that stop a command: usage, configuration and I/O. The CLI prints them on one line
and exits 2; findings about records are never raised, they are returned."""
from __future__ import annotations


class HrkitError(Exception):
    """A problem with the invocation, the configuration or the environment (exit code 2)."""

    exit_code = 2


class ConfigError(HrkitError):
    """hrkit.yaml or a reference file under rules/ is wrong; the message starts with path:line:col."""
