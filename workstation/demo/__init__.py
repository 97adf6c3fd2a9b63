"""Synthetic helpline data at scale, deterministic for a seed and obviously fictitious.

Lives in the core (not in benchmarks/) because `workstation demo` and the app's first
run both use it, and an installed package must be able to import it.
"""
