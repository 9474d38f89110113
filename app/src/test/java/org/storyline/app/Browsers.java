package org.storyline.app;

import java.io.File;
import java.util.List;

/**
 * Where the browser tests find Chromium and chromedriver: STORYLINE_CHROMIUM / STORYLINE_CHROMEDRIVER (set by
 * {@code bin/browsers.sh}), else the usual install places on Debian, Ubuntu (snap) and macOS. Without them the
 * browser tests are skipped with {@link #MISSING}, not failed: the rest of the suite still says something.
 */
final class Browsers {

    static final String MISSING = "SKIPPED: the browser tests need Chromium and chromedriver (Debian/Ubuntu: apt-get"
            + " install chromium chromium-driver; macOS: brew install --cask chromium && brew install chromedriver;"
            + " or set STORYLINE_CHROMIUM and STORYLINE_CHROMEDRIVER)";

    private Browsers() {
    }

    static String chromium() {
        return first("STORYLINE_CHROMIUM", List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium",
                "/usr/bin/google-chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium",
                "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"));
    }

    static String chromedriver() {
        return first("STORYLINE_CHROMEDRIVER", List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver",
                "/snap/bin/chromium.chromedriver", "/opt/homebrew/bin/chromedriver", "/usr/local/bin/chromedriver"));
    }

    private static String first(String variable, List<String> places) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return new File(given).canExecute() ? given : null;
        }
        return places.stream().filter(p -> new File(p).canExecute()).findFirst().orElse(null);
    }
}
