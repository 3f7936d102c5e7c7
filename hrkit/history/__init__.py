"""History from Git: field-level diffs between states of the records, audit trails, blame,
snapshots and pull-request reviews. Everything here returns data; the renderers
(hrkit.history.render_diff, render_log, render_review, render_record, sharing
hrkit.history.render) and the CLI turn it into text."""
