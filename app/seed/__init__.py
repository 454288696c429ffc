"""Realistic fake data for demos and benchmarks, written in bulk (no ORM objects)."""
