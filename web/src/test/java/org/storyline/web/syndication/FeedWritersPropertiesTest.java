package org.storyline.web.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storyline.web.syndication.StrictXml.children;
import static org.storyline.web.syndication.StrictXml.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.w3c.dom.Element;

/**
 * Whatever a title, byline, outlet, body or tag holds (markup, CDATA ends, control characters, lone
 * surrogates, non-characters), every format is a well-formed document that gives the cleaned string back.
 */
class FeedWritersPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Property(tries = 300)
    void everyFormatParsesStrictlyAndRoundTripsTheCleanedText(@ForAll("hostile") String title,
                                                               @ForAll("hostile") String author,
                                                               @ForAll("hostile") String text) throws Exception {
        Channel channel = FeedWritersTest.channel(title, author, author, text, List.of(title));
        String clean = XmlText.clean(title);

        Element rss = StrictXml.parse(RssWriter.write(channel)).getDocumentElement();
        Element item = children(children(rss, null, "channel").get(0), null, "item").get(0);
        assertThat(text(item, null, "title")).isEqualTo(clean);
        assertThat(text(item, "http://purl.org/dc/elements/1.1/", "creator")).isEqualTo(XmlText.clean(author));
        assertThat(text(item, null, "description")).isEqualTo(channel.entries().get(0).html());

        Element atom = StrictXml.parse(AtomWriter.write(channel)).getDocumentElement();
        Element entry = children(atom, AtomWriter.NAMESPACE, "entry").get(0);
        assertThat(text(entry, AtomWriter.NAMESPACE, "title")).isEqualTo(clean);
        assertThat(text(entry, AtomWriter.NAMESPACE, "summary")).isEqualTo(XmlText.clean(text));

        JsonNode json = JSON.readTree(JsonFeedWriter.write(channel));
        assertThat(json.get("items").get(0).get("title").asText()).isEqualTo(clean);
        assertThat(json.get("items").get(0).get("content_text").asText()).isEqualTo(XmlText.clean(text));
    }

    @Property(tries = 300)
    void cleanedTextHoldsOnlyXmlCharactersAndCleaningTwiceChangesNothing(@ForAll("hostile") String s) {
        String clean = XmlText.clean(s);
        assertThat(clean.codePoints().allMatch(XmlText::allowed)).isTrue();
        assertThat(clean).doesNotContain("\r");
        assertThat(XmlText.clean(clean)).isEqualTo(clean);
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withCharRange('\u0000', '\u0020').ofMaxLength(5),
                Arbitraries.of("]]>", "<![CDATA[", "<script>alert(1)</script>", "&amp;", "&#0;", "&bogus;", "\"'",
                        "<img src=x onerror=alert(1)>", "javascript:alert(1)", "\uD800", "\uDFFF", "\uFFFE", "\uFFFF",
                        "\uD83D\uDE00", "\r\n", "\r", "\u0085", "\u2028", "<?xml version='1.0'?>", "<!DOCTYPE x>",
                        "</title>", "-->", "<!--"));
        return pieces.list().ofMaxSize(6).map(parts -> String.join("", parts));
    }
}
