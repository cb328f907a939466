#!/usr/bin/env bash
# Installs Debian's Chromium and chromedriver for the browser tests, unless already there.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
echo "Installing Chromium and chromedriver..."
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q chromium chromium-driver >/dev/null \
  || { apt-get update -q >/dev/null && apt-get install -y -q chromium chromium-driver >/dev/null; }
