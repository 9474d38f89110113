package org.storyline.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Hostile and broken documents: each is a clear failure, fast, with bounded memory, never an exception. */
class FeedParserSafetyTest {

    private static final URI URL = URI.create("https://feeds.example/feed");
    private final FeedParser parser = new FeedParser();

    private FeedFailure failure(byte[] bytes) {
        FeedResult result = parser.parse(bytes, URL);
        assertThat(result).isInstanceOf(FeedFailure.class);
        return (FeedFailure) result;
    }

    private FeedFailure failure(String text) {
        return failure(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void billionLaughsIsRefusedQuicklyWithLittleMemory() {
        long allocatedBefore = allocatedBytes();
        long start = System.nanoTime();

        FeedFailure f = failure(Fixtures.bytes("billion-laughs.xml"));

        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = allocatedBytes() - allocatedBefore;
        assertThat(f.kind()).isEqualTo(FeedFailure.Kind.MALFORMED);
        assertThat(f.message()).contains("DOCTYPE").contains("billion laughs");
        assertThat(millis).isLessThan(2000);
        assertThat(allocated).as("bytes allocated").isLessThan(64L * 1024 * 1024);
    }

    @Test
    void xxeFileEntityIsRefusedAndNothingLeaks() {
        FeedFailure f = failure(Fixtures.bytes("xxe.xml"));

        assertThat(f.kind()).isEqualTo(FeedFailure.Kind.MALFORMED);
        assertThat(f.message()).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void externalDtdAndParameterEntitiesAreNeverFetched() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + listener.getLocalPort();
            FeedFailure external = failure("<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"" + base + "/evil.dtd\"><rss/>");
            FeedFailure parameter = failure("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % p SYSTEM \"" + base
                    + "/p.dtd\"> %p;]><rss/>");

            assertThat(external.message()).contains("DOCTYPE");
            assertThat(parameter.kind()).isEqualTo(FeedFailure.Kind.MALFORMED);
            listener.setSoTimeout(300);
            boolean connected;
            try (var ignored = listener.accept()) {
                connected = true;
            } catch (SocketTimeoutException e) {
                connected = false;
            }
            assertThat(connected).as("the parser connected to the DTD URL").isFalse();
        }
    }

    @Test
    void netscapeRss091DoctypeIsRefusedToo() {
        FeedFailure f = failure("<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" "
                + "\"http://my.netscape.com/publish/formats/rss-0.91.dtd\"><rss version=\"0.91\"><channel/></rss>");
        assertThat(f.message()).contains("DOCTYPE");
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "<rss>" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</rss>";
        FeedFailure f = failure(deep);
        assertThat(f.kind()).isEqualTo(FeedFailure.Kind.MALFORMED);
        assertThat(f.message()).contains("nested deeper than 64");
    }

    @Test
    void tooManyElementsAreRefused() {
        String many = "<rss version=\"2.0\"><channel>" + "<item/>".repeat(600_000) + "</channel></rss>";
        FeedFailure f = failure(many);
        assertThat(f.message()).contains("more than 500000 elements");
    }

    @Test
    void truncatedXmlSaysWhere() {
        FeedFailure f = failure(Fixtures.bytes("broken-truncated.xml"));
        assertThat(f.kind()).isEqualTo(FeedFailure.Kind.MALFORMED);
        assertThat(f.message()).startsWith("not well-formed XML at line");
    }

    @Test
    void htmlPageServedAsFeedIsNotAFeed() {
        FeedFailure f = failure(Fixtures.bytes("html-page.html"));
        assertThat(f.kind()).isEqualTo(FeedFailure.Kind.NOT_A_FEED);
        assertThat(f.message()).contains("HTML page");
    }

    @Test
    void xhtmlPageIsNotAFeed() {
        FeedFailure f = failure("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>");
        assertThat(f.kind()).isEqualTo(FeedFailure.Kind.NOT_A_FEED);
    }

    @Test
    void wrongRootIsNotAFeed() {
        FeedFailure f = failure("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"/>");
        assertThat(f.kind()).isEqualTo(FeedFailure.Kind.NOT_A_FEED);
        assertThat(f.message()).contains("<urlset>").contains("sitemaps");
    }

    @Test
    void rssWithoutChannelIsMalformed() {
        assertThat(failure("<rss version=\"2.0\"><item/></rss>").message()).contains("without a <channel>");
    }

    @Test
    void invalidJsonSaysWhere() {
        FeedFailure f = failure("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [ {\"id\": 1,, } ]}");
        assertThat(f.kind()).isEqualTo(FeedFailure.Kind.MALFORMED);
        assertThat(f.message()).startsWith("invalid JSON at line 1");
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        FeedFailure f = failure("{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertThat(f.kind()).isEqualTo(FeedFailure.Kind.MALFORMED);
    }

    @Test
    void jsonThatIsNotAJsonFeedIsNotAFeed() {
        assertThat(failure("{\"hello\": \"world\"}").kind()).isEqualTo(FeedFailure.Kind.NOT_A_FEED);
        assertThat(failure("[1, 2, 3]").kind()).isEqualTo(FeedFailure.Kind.NOT_A_FEED);
    }

    @Test
    void emptyBinaryAndTrailingGarbageAreMalformed() {
        assertThat(failure("").message()).isEqualTo("empty document");
        assertThat(failure("   \n\t ").message()).isEqualTo("empty document");
        assertThat(failure(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}).message()).startsWith("neither XML nor JSON");
        assertThat(failure("<rss version=\"2.0\"><channel/></rss><rss/>").kind()).isEqualTo(FeedFailure.Kind.MALFORMED);
        assertThat(failure("<rss><channel><title>&eacute;</title></channel></rss>").kind()).isEqualTo(FeedFailure.Kind.MALFORMED);
    }

    @Test
    void overTheSizeLimitIsRefusedBeforeParsing() {
        FeedFailure f = new FeedParser(1024).parse(new byte[2048], URL) instanceof FeedFailure x ? x : null;
        assertThat(f).isNotNull();
        assertThat(f.message()).contains("limit");
    }

    @Test
    void utf16FeedWithByteOrderMarkIsRead() {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Ünïcode</title></channel></rss>";
        FeedResult r = parser.parse(xml.getBytes(StandardCharsets.UTF_16LE), URL);
        assertThat(r).isInstanceOf(Feed.class);
        assertThat(((Feed) r).title()).isEqualTo("Ünïcode");
    }

    private static long allocatedBytes() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getCurrentThreadAllocatedBytes();
    }
}
