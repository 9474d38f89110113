package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class BrowserNoticesTest {

    @Test
    void noticesToTheBrowserGoAndNewsAboutBrowsersStays() {
        assertThat(BrowserNotices.isNotice("Please upgrade your browser to view this site.")).isTrue();
        assertThat(BrowserNotices.isNotice("This page is best viewed in an up-to-date web browser with style sheets (CSS)"
                + " enabled.")).isTrue();
        assertThat(BrowserNotices.isNotice("PLEASE ENABLE JAVASCRIPT TO VIEW THIS PAGE.")).isTrue();
        assertThat(BrowserNotices.isNotice("Cookies are disabled? Please enable cookies.")).isTrue();
        assertThat(BrowserNotices.isNotice("The browser maker said on Monday it would upgrade its engine.")).isFalse();
        assertThat(BrowserNotices.isNotice("Police said the man was shot on Saturday.")).isFalse();
    }

    /** The quick test before the pattern never hides a notice: whatever the pattern matches, it passes. */
    @Property(tries = 2_000)
    void theQuickTestPassesEverythingThePatternMatches(@ForAll("blocks") String block) {
        if (BrowserNotices.matchesPattern(block)) {
            assertThat(BrowserNotices.namesWhatANoticeNames(block)).as(block).isTrue();
        }
    }

    @Provide
    Arbitrary<String> blocks() {
        Arbitrary<String> pieces = Arbitraries.of("please ", "enable ", "turn on ", "JavaScript", "javascript ",
                "Style Sheets", "stylesheets ", "CSS ", "(css) ", "cookies", "is ", "are ", "disabled", "enabled",
                "turned off", "your ", "web ", "browser ", "BROWSER ", "Browser", "current ", "does not ", "isn't ",
                "update ", "upgrade ", "outdated ", "best viewed ", "in ", "with ", "not supported", "out of date",
                "the ", "police ", "said ", ". ", ", ");
        return pieces.list().ofMinSize(1).ofMaxSize(12).map(l -> String.join("", l));
    }
}
