# Sourced by .ci/run: finds Chromium and chromedriver for the browser tests (a system install, never a downloaded
# build) and exports STORYLINE_CHROMIUM and STORYLINE_CHROMEDRIVER for them. As root on Debian or Ubuntu it installs
# them (waiting for another apt or dpkg to finish first). Without them the browser tests are skipped, saying so;
# the rest of the suite runs.

storyline_first_executable() {
  local path
  for path in "$@"; do
    [ -x "$path" ] && { echo "$path"; return 0; }
  done
  return 1
}

storyline_find_browsers() {
  STORYLINE_CHROMIUM="${STORYLINE_CHROMIUM:-$(storyline_first_executable /usr/bin/chromium /usr/bin/chromium-browser \
      /snap/bin/chromium /usr/bin/google-chrome /usr/bin/google-chrome-stable /opt/google/chrome/chrome \
      "/Applications/Chromium.app/Contents/MacOS/Chromium" \
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" \
      "$(command -v chromium 2>/dev/null)" "$(command -v chromium-browser 2>/dev/null)" || true)}"
  STORYLINE_CHROMEDRIVER="${STORYLINE_CHROMEDRIVER:-$(storyline_first_executable /usr/bin/chromedriver \
      /usr/lib/chromium/chromedriver /usr/lib/chromium-browser/chromedriver /snap/bin/chromium.chromedriver \
      /opt/homebrew/bin/chromedriver /usr/local/bin/chromedriver "$(command -v chromedriver 2>/dev/null)" || true)}"
  [ -n "$STORYLINE_CHROMIUM" ] && [ -n "$STORYLINE_CHROMEDRIVER" ]
}

# Waits up to $1 seconds (default 300) for apt/dpkg run by someone else to let go of its lock.
storyline_wait_for_dpkg() {
  local waited=0 limit="${1:-300}"
  command -v fuser > /dev/null || return 0
  while fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock > /dev/null 2>&1; do
    [ "$waited" = 0 ] && echo "Another apt or dpkg is running (it holds the package lock); waiting up to ${limit}s for it..."
    [ "$waited" -ge "$limit" ] && return 1
    sleep 5; waited=$((waited + 5))
  done
}

storyline_need_browsers() {
  if storyline_find_browsers; then
    export STORYLINE_CHROMIUM STORYLINE_CHROMEDRIVER
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "Installing Chromium and chromedriver for the browser tests (apt-get install chromium chromium-driver)"
    if ! storyline_wait_for_dpkg 300; then
      echo "storyline: the package lock is still held by another apt or dpkg after 5 minutes; not installing" >&2
    elif ! (apt-get -o DPkg::Lock::Timeout=300 update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get -o DPkg::Lock::Timeout=300 install -y -qq chromium chromium-driver) > /tmp/storyline-apt.log 2>&1; then
      echo "storyline: apt-get could not install chromium chromium-driver (its messages: /tmp/storyline-apt.log)" >&2
    fi
  fi
  if storyline_find_browsers; then
    export STORYLINE_CHROMIUM STORYLINE_CHROMEDRIVER
    return 0
  fi
  unset STORYLINE_CHROMIUM STORYLINE_CHROMEDRIVER
  cat >&2 <<'MSG'
========================================================================================================
SKIPPING the browser tests: Chromium and chromedriver were not found (looked in /usr/bin, /snap/bin,
/usr/lib/chromium, /Applications, /opt/homebrew/bin, /usr/local/bin and on PATH). Everything else runs.
To run them:  Debian/Ubuntu: sudo apt-get install chromium chromium-driver
              macOS:         brew install --cask chromium && brew install chromedriver
              or set STORYLINE_CHROMIUM and STORYLINE_CHROMEDRIVER to their paths.
========================================================================================================
MSG
  return 0
}
