"""Tests for oversight_ingest.reportparse."""
