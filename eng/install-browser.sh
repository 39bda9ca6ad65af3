#!/usr/bin/env bash
# Installs what the dashboard's browser tests need, from Debian's packages (never a browser download at run time):
# chromium (driven by Microsoft.Playwright through its executable path) and a CJK font so Chinese renders in
# screenshots. Idempotent: does nothing when both are there. Prints the chromium path.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo -n"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y --no-install-recommends "${need[@]}" >/dev/null 2>&1 \
    || { $sudo apt-get update >/dev/null && $sudo apt-get install -y --no-install-recommends "${need[@]}" >/dev/null; }
fi
command -v chromium
