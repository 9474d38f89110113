# Sourced by .ci/run: the browser tests drive Debian's Chromium through chromedriver (never a downloaded build).
storyline_need_browsers() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
    echo "Installing Chromium and chromedriver for the browser tests (apt-get install chromium chromium-driver)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver > /dev/null
  fi
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    echo "The browser tests need Chromium and chromedriver at /usr/bin/chromium and /usr/bin/chromedriver." >&2
    echo "On Debian or Ubuntu: sudo apt-get install chromium chromium-driver" >&2
    return 1
  fi
}
