package org.storyline.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlClassWordsTest {

    private final ClassWords words = ClassWords.of("share", "caption", "read-more", "ad");

    @ParameterizedTest
    @CsvSource({
        "share-bar, true",
        "article__share_tools, true",
        "imageEmbedCaption, true",
        "c-read-more__link, true",
        "entry-content read-more, true",
        "ad-slot, true",
        "thread, false",
        "read more, false",
        "shared-layout, false",
        "load, false",
        "heading, false",
        "http://example.org/2013/03/share-your-story, false",
        "post http://example.org/share-this share-bar, true",
        "averyveryverylongwrappername-read-more, true",
        "read-averyveryverylongwrappername-more, false",
        "READ-MORE, true",
        "captionreadmoreshare, false",
    })
    void findsWholeWordsOnly(String name, boolean expected) {
        assertThat(words.names(name)).isEqualTo(expected);
    }
}
