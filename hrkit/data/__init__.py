"""Aggregates over the records: rows and their column store, rollups, standard reports, small-cell
suppression, SQL tables, the reporting tree and org charts."""
