#!/usr/bin/env bash
# Set everything up and open Counsellor Workstation. On the first run it creates the
# desk database in the user's data folder, filled with fictitious demo data.
# Any arguments go to the app (e.g. --lang ur, --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
data_dir=$(.venv/bin/python -c 'from workstation.paths import default_data_dir as d; print(d())')
if [ ! -f "$data_dir/desk.sqlite3" ]; then
  .venv/bin/workstation --data-dir "$data_dir" demo
fi
exec .venv/bin/python main.py --data-dir "$data_dir" "$@"
