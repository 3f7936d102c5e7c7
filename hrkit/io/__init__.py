"""Bytes in and out: the working tree, the index and commits (git plumbing), atomic writes inside the
repository, and the one YAML layer (the fast reader, the libyaml path, their shared result and scalar typing)."""
