#!/usr/bin/env bash
# Installs Debian's chromium when it is missing: `npm test` opens the decision map in it (test/cli/reportBrowser.test.ts).
# The end-to-end tests' own setup (scripts/setup-code-server.sh) installs it too, with code-server's build deps.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
  echo "[install-chromium] /usr/bin/chromium is there"
  exit 0
fi
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "[install-chromium] chromium is missing and this is neither root nor has sudo: apt-get install chromium" >&2; exit 1; }
  SUDO="sudo"
fi
echo "[install-chromium] apt: installing chromium ..."
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji
[[ -x /usr/bin/chromium ]] || { echo "[install-chromium] chromium could not be installed (/usr/bin/chromium missing)" >&2; exit 1; }
