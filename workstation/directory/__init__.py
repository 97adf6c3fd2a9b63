"""The referral directory: HSDS 3.0 import and export, and the counsellor's search.

Modules: `hsds_import` (read, check, write), `hsds_export` (JSON and CSV package),
`search` (the in-memory index and its queries); the rest are their parts.
"""
