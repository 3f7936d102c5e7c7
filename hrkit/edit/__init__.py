"""Writing records: the verified round-trip rewriter, fmt/fix/move/set, repository scaffolding, and
the import of work descriptions."""
