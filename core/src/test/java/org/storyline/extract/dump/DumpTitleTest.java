package org.storyline.extract.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.storyline.model.RawDocument;

class DumpTitleTest {

    private final TitleCleaner cleaner = new TitleCleaner(
            new DumpDates(Instant.parse("2025-07-04T12:00:00Z"), false), Set.of("dw", "coastal herald"));

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "Russia: Is Moscow losing Azerbaijan as an ally? – DW – 07/03/2025 # Russia: Is Moscow losing Azerbaijan as an ally?",
            "Harbour reopens after storm | Coastal Herald # Harbour reopens after storm",
            "Harbour reopens after storm - coastalherald.com # Harbour reopens after storm",
            "Harbour reopens after the storm — Daily Planet # Harbour reopens after the storm",
            "Harbour reopens after storm · 2025-07-01 # Harbour reopens after storm",
            "Russia-Azerbaijan Tensions Soar, Threatening Moscow's Influence # Russia-Azerbaijan Tensions Soar, Threatening Moscow's Influence",
            "Putin – the long game # Putin – the long game",
            "Azerbaijan detains 7 as rift deepens - and Moscow reacts # Azerbaijan detains 7 as rift deepens - and Moscow reacts",
    })
    void takesOutletAndDateSuffixesOff(String raw, String clean) {
        assertThat(cleaner.clean(raw)).isEqualTo(clean);
    }

    @Test
    void aShortFirstParagraphIsNotTakenForTheTitle() {
        String page = "Harbour reopens after storm\nThe harbour is open again.\n"
                + "Crews cleared debris left by the storm over two days, the port authority said on Friday.\n";
        var articles = new DumpParser().parse(
                new RawDocument("t", RawDocument.Format.TEXT_DUMP, page, Instant.parse("2025-07-04T12:00:00Z"), false));
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).title()).isEqualTo("Harbour reopens after storm");
        assertThat(articles.get(0).paragraphs()).hasSize(2);
    }

    @Test
    void aPageWithoutAHeadlineHasNoArticle() {
        String page = "Crews cleared debris left by the storm over two days, the port authority said on Friday.\n";
        assertThat(new DumpParser().parse(
                new RawDocument("t", RawDocument.Format.TEXT_DUMP, page, Instant.parse("2025-07-04T12:00:00Z"), false)))
                .isEmpty();
    }
}
