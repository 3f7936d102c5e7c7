"""History from Git: field-level diffs between states of the records, audit trails, blame,
snapshots and pull-request reviews. Everything here returns data; hrkit.history.render and
the CLI turn it into text."""
