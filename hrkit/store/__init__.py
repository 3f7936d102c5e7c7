"""What hrkit keeps between runs: sealed plain data in one SQLite cache under .git/hrkit."""
