package org.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.storyline.extract.dump.DumpParser;
import org.storyline.model.ParsedArticle;
import org.storyline.model.RawDocument;

class CopyChangesTest {

    @Test
    void theWinnipegCopyOfTheApStoryShowsItsSubheadingsAndRewording() throws IOException {
        List<ParsedArticle> listing = new DumpParser().parse(new RawDocument("001", RawDocument.Format.TEXT_DUMP,
                seed("001_cdf990397cf0dbf9.txt"), Instant.parse("2025-07-10T12:00:00Z"), false));
        ParsedArticle ap = listing.stream().filter(a -> a.outlet() == null).findFirst().orElseThrow();
        String winnipegRaw = rawBlock(seed("001_cdf990397cf0dbf9.txt"));
        CopyChanges.Comparison c = CopyChanges.compare(ap.title(), ap.text(), ap.title(), winnipegRaw);
        assertThat(c.changes()).filteredOn(x -> x.kind() == CopyChanges.Kind.INSERTED_SUBHEADING)
                .extracting(CopyChanges.Change::after).containsExactly(
                        "2 Russians ordered held for up to 4 months in Azerbaijan",
                        "A police raid in Yekaterinburg, Russia",
                        "Azerbaijan protests the deaths in custody");
        assertThat(c.changes()).anySatisfy(x -> {
            assertThat(x.kind()).isEqualTo(CopyChanges.Kind.REWORDED);
            assertThat(x.before()).contains("was quoted by local media as saying Tuesday");
            assertThat(x.after()).contains("the country's Interior Ministry said Tuesday");
        });
        assertThat(c.changes()).anySatisfy(x -> assertThat(x.before()).contains("Zelenskyy called Aliyev"));
        assertThat(c.summary()).startsWith("3 inserted subheadings").endsWith("same headline");
    }

    @Test
    void subheadingsTheCopyLeftOutAreNamedToo() {
        var c = CopyChanges.compare("Raid", "The raid began at dawn. Police response The Kremlin protested on Tuesday.",
                "Raid", "The raid began at dawn. The Kremlin protested on Tuesday.");
        assertThat(c.changes()).containsExactly(new CopyChanges.Change(CopyChanges.Kind.REMOVED_SUBHEADING,
                "Police response", null));
    }

    @Test
    void aTrimmedCopyAndANewHeadlineAreNamed() {
        String text = "The raid began at dawn. Police detained seven people.\n\nThe Kremlin protested on Tuesday.";
        var c = CopyChanges.compare("Raid in Baku", text, "Police raid Sputnik office",
                "The raid began at dawn. Police detained seven people.");
        assertThat(c.headlineChanged()).isTrue();
        assertThat(c.changes()).containsExactly(new CopyChanges.Change(CopyChanges.Kind.REMOVED_TEXT,
                "The Kremlin protested on Tuesday.", null));
        assertThat(c.summary()).isEqualTo("1 sentence trimmed; different headline");
    }

    @Property
    void aTextComparedWithItselfHasNoChanges(@ForAll @StringLength(max = 400) String text) {
        assertThat(CopyChanges.compare("t", text, "t", text).identical()).isTrue();
    }

    /** The Winnipeg Free Press block of the listing, as the page gave it (with its subheadings glued in). */
    private static String rawBlock(String listing) {
        int start = listing.indexOf("BAKU, Azerbaijan (AP)");
        return listing.substring(start).strip();
    }

    private static String seed(String name) throws IOException {
        try (InputStream in = CopyChangesTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
