"""Enrichment: pure functions that add what the article implies (sentences, key points, reading
time) without changing it. Layout templates read the result as their context."""
