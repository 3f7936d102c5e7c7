"""What the records mean: the record format, facts and the org index, the relations between records,
classifications, fiscal dates, findings, and the configuration (hrkit.yaml and rules/) checked once."""
