"""Validation: the pipeline's stages, the planner that answers from a stored report, incrementally
or in full, the per-file stage on workers, the incremental baseline, locating and suppressing findings,
and the pre-commit hook's light path."""
