"""The console entry point (``hrkit``, ``python -m hrkit``).

The pre-commit check is answered by hrkit.check.precommit when it can: loading the command line
(click) and the configuration models (pydantic) takes longer than the check itself.
"""
from __future__ import annotations

import os
import sys


def main() -> None:
    """``validate --staged`` is tried on the light path first; everything else, and whatever
    that path leaves, goes to the command line."""
    args = sys.argv[1:]
    if args[:2] == ["validate", "--staged"]:
        from hrkit.check import precommit

        try:
            done = precommit.check_index(args[2:], env=os.environ, isatty=sys.stdout.isatty())
        except Exception:  # an error to report, or a bug: the command line says it, in its words
            if os.environ.get("HRKIT_DEBUG"):
                raise
            done = None
        if done is not None:
            text, code = done
            sys.stdout.write(text)
            sys.stdout.flush()
            sys.exit(code)
    from hrkit.cli import main as command_line

    command_line()


if __name__ == "__main__":
    main()
