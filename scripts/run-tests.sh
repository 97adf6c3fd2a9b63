#!/usr/bin/env bash
# Set everything up and run the whole test suite: unit, integration (a throwaway
# PostgreSQL cluster that the suite starts itself) and UI (pytest-qt, offscreen).
# Any arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
exec .venv/bin/python -m pytest "$@"
