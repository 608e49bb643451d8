"""Demo content for Werkplek: a fictional city administration, its staff and
its intranet pages, seeded deterministically from a number."""

from .seed import SeedCounts, StepCount, seed_demo

__all__ = ["SeedCounts", "StepCount", "seed_demo"]
