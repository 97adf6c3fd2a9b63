#!/usr/bin/env bash
# Set up Counsellor Workstation on Debian/Ubuntu. Safe to run any number of times: it
# installs only what is missing and reinstalls Python packages only when pyproject.toml
# changed.
#
#   scripts/setup.sh          what the app needs
#   scripts/setup.sh --test   also what the whole test suite needs (PostgreSQL, Xvfb, …)
set -euo pipefail
cd "$(dirname "$0")/.."

mode=app
[ "${1:-}" = "--test" ] && mode=test

# Qt's xcb platform plugin, the fonts and voices the app uses, and a Secret Service
# keyring for the desk's secret (KWallet serves too, where a desktop has it).
app_packages=(python3 python3-venv python3-pip fonts-noto-core espeak-ng gnome-keyring
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libx11-xcb1)
# The suite's own PostgreSQL cluster, a virtual screen, the real Secret Service keyring,
# and the tools tests use to read PDFs and WAVs.
test_packages=(postgresql xvfb xauth dbus gnome-keyring poppler-utils sox)

packages=("${app_packages[@]}")
[ "$mode" = test ] && packages+=("${test_packages[@]}")

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "setup: please install these packages: ${missing[*]}" >&2
    exit 1
  fi
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
fi

python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "setup: Python 3.11 or newer is needed ($python is $("$python" --version 2>&1))." >&2
  exit 1
fi

if [ ! -x .venv/bin/python ]; then
  rm -rf .venv
  "$python" -m venv .venv
fi

extras=""
[ "$mode" = test ] && extras="[dev]"
stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-$mode"
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extras"
  rm -f .venv/.installed-*
  touch "$stamp"
fi
