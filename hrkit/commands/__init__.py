"""Click commands grouped by feature; hrkit.cli registers them."""
