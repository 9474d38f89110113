package org.storyline.source.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.storyline.source.feed.XmlNode.Element;

/**
 * Turns the bytes of a feed into a {@link Feed}: RSS 0.9x, 1.0 (RDF) and 2.0, Atom 1.0, JSON Feed 1.0 and 1.1,
 * told apart by content, not by the Content-Type a server claims. Anything else — broken XML or JSON, an HTML
 * page, a DOCTYPE, an unknown root — is a {@link FeedFailure}; nothing here throws for bad input.
 *
 * <pre>{@code
 * switch (new FeedParser().parse(fetched.body(), fetched.finalUrl())) {
 *     case Feed feed -> feed.items().forEach(this::consider);
 *     case FeedFailure failure -> source.report(failure.message());
 * }
 * }</pre>
 */
public final class FeedParser {

    /** The same as the fetcher's default body limit. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private static final Pattern PROLOG = Pattern.compile("^(?:<\\?xml[^>]*>\\s*|<!--.*?-->\\s*)+", Pattern.DOTALL);

    private final int maxBytes;
    private final SafeXmlReader.Limits limits;

    public FeedParser() {
        this(DEFAULT_MAX_BYTES);
    }

    public FeedParser(int maxBytes) {
        this.maxBytes = maxBytes;
        this.limits = SafeXmlReader.Limits.DEFAULT;
    }

    /**
     * @param bytes   the document as fetched; XML encodings are detected from the XML itself
     * @param feedUrl where it came from: relative links resolve against it
     */
    public FeedResult parse(byte[] bytes, URI feedUrl) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(feedUrl, "feedUrl");
        if (bytes.length > maxBytes) {
            return FeedFailure.malformed("larger than the limit of %d bytes".formatted(maxBytes));
        }
        String head = head(bytes);
        if (head.isEmpty()) {
            return FeedFailure.malformed("empty document");
        }
        if (head.startsWith("{") || head.startsWith("[")) {
            return JsonFeedMapper.fromJson(bytes, feedUrl);
        }
        // Past the XML declaration and comments, an HTML page starts with its doctype or <html>.
        String lower = PROLOG.matcher(head.toLowerCase(Locale.ROOT)).replaceFirst("");
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return FeedFailure.notAFeed("an HTML page, not a feed (FeedDiscovery can find the feeds it links to)");
        }
        if (!head.startsWith("<")) {
            return FeedFailure.malformed("neither XML nor JSON: starts with \"%s\"".formatted(shorten(head)));
        }
        SafeXmlReader.Outcome xml = SafeXmlReader.read(bytes, limits);
        return xml.failure() != null ? xml.failure() : fromRoot(xml.root(), feedUrl);
    }

    private static FeedResult fromRoot(Element root, URI feedUrl) {
        if (root.is("", "rss")) {
            return RssMapper.fromRss(root, feedUrl);
        }
        if (root.is(RssMapper.RDF, "RDF")) {
            return RssMapper.fromRdf(root, feedUrl);
        }
        if (root.is(AtomMapper.ATOM, "feed")) {
            return AtomMapper.fromAtom(root, feedUrl);
        }
        if (root.name().toLowerCase(Locale.ROOT).equals("html")) {
            return FeedFailure.notAFeed("an XHTML page, not a feed (FeedDiscovery can find the feeds it links to)");
        }
        if (root.name().equals("feed")) {
            return FeedFailure.notAFeed("a <feed> outside the Atom 1.0 namespace (Atom 0.3 is not supported)");
        }
        String ns = root.namespace().isEmpty() ? "" : " in namespace " + root.namespace();
        return FeedFailure.notAFeed("XML with root <%s>%s, not RSS, RDF or Atom".formatted(root.name(), ns));
    }

    /** The first characters after a byte-order mark and white space, read as UTF-8 (UTF-16 shows as '<' too). */
    private static String head(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8);
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
            start = new String(bytes, 0, Math.min(bytes.length, 2048),
                    (bytes[0] & 0xFF) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
        }
        return start.replace("\uFEFF", "").replace("\u0000", "").strip();
    }

    private static String shorten(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
