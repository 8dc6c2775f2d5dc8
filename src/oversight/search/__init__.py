"""Search across reports, findings, responses and initiatives, scoped to what the user may see."""
