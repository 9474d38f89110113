package org.storyline.sanitize;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Makes article HTML safe to show inside Storyline's pages, on the OWASP Java HTML Sanitizer.
 *
 * <p>Two passes: the HTML is first parsed as a browser would and pruned to a well-formed tree of kept elements
 * ({@code TreePruner}), then OWASP applies the allow-list below; OWASP alone decides what is emitted.
 *
 * <p>Keeps the elements an article needs (paragraphs, headings, lists, quotes, emphasis, code, figures and
 * images, links, tables, {@code time}, {@code abbr}) and embedded players from the hosts in {@link Settings};
 * drops everything else, all styles, classes and ids, and every URL that is not http(s) (or mailto for links).
 * Relative links and images are made absolute against the page's URL; links get
 * {@code rel="noopener noreferrer nofollow"}; {@code h1} becomes {@code h2} (the page has its own title);
 * tracking pixels (an image 2 pixels wide or high, or less) are dropped; an allowed iframe gets a sandbox.
 *
 * <pre>{@code
 * var sanitizer = new ArticleHtmlSanitizer(ArticleHtmlSanitizer.Settings.defaults());
 * String safe = sanitizer.sanitize(articleHtml, URI.create("https://news.example/2025/story"));
 * }</pre>
 */
public final class ArticleHtmlSanitizer {

    /** Element names the output can contain; anything else in the input is dropped (its text kept). */
    public static final Set<String> ELEMENTS = Set.of("p", "br", "h2", "h3", "h4", "h5", "h6", "blockquote", "q",
            "cite", "ul", "ol", "li", "dl", "dt", "dd", "strong", "b", "em", "i", "u", "s", "sub", "sup", "small",
            "code", "pre", "figure", "figcaption", "img", "a", "table", "caption", "thead", "tbody", "tfoot", "tr", "th",
            "td", "time", "abbr", "iframe");

    private static final Set<String> WEB = Set.of("http", "https");
    private static final Set<String> LINK = Set.of("http", "https", "mailto");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,5}");
    private static final Pattern DATETIME = Pattern.compile("[0-9T:.+\\-Z ]{1,40}");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9+#_-]{1,30}");
    private static final String SANDBOX = "allow-scripts allow-same-origin allow-presentation";

    /**
     * @param iframeHosts hosts whose https iframes (video players) are kept; a host also allows its subdomains
     */
    public record Settings(Set<String> iframeHosts) {
        public Settings {
            iframeHosts = iframeHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(
                    java.util.stream.Collectors.toUnmodifiableSet());
        }

        /** YouTube's privacy-enhanced player and Vimeo's player. */
        public static Settings defaults() {
            return new Settings(Set.of("youtube-nocookie.com", "player.vimeo.com"));
        }
    }

    private final Settings settings;
    private final TreePruner pruner;
    private final PolicyFactory policy;

    public ArticleHtmlSanitizer(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Set<String> kept = new java.util.HashSet<>(ELEMENTS);
        if (settings.iframeHosts().isEmpty()) {
            kept.remove("iframe");
        }
        this.pruner = new TreePruner(Set.copyOf(kept), LINK, WEB);
        this.policy = buildPolicy();
    }

    /**
     * @param html    article HTML, any quality
     * @param pageUrl the page's URL, to make relative links absolute; null drops relative links and images
     * @return HTML with only the allowed elements and attributes; empty for empty input
     */
    public String sanitize(String html, URI pageUrl) {
        if (html == null || html.isBlank()) {
            return "";
        }
        // OWASP decides what is emitted; the pruner only hands it a browser-shaped tree with absolute URLs.
        String safe = policy.sanitize(pruner.prune(html, pageUrl));
        return safe.isBlank() ? "" : safe;
    }

    private PolicyFactory buildPolicy() {
        return new HtmlPolicyBuilder()
                .allowElements(ELEMENTS.stream().filter(e -> !e.equals("img") && !e.equals("iframe")).toArray(String[]::new))
                .allowElements((name, attrs) -> "h2", "h1")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").matching(url(LINK)).onElements("a")
                .allowAttributes("title").onElements("a", "abbr")
                .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
                .allowAttributes("src").matching(url(WEB)).onElements("img")
                .allowAttributes("alt").onElements("img")
                .allowAttributes("width", "height").matching(NUMBER).onElements("img", "iframe")
                .allowElements((name, attrs) -> keepImage(attrs) ? name : null, "img")
                .allowAttributes("src").matching(iframeSource()).onElements("iframe")
                .allowAttributes("title").onElements("iframe")
                .allowAttributes("allowfullscreen").matching(Pattern.compile("|allowfullscreen|true")).onElements("iframe")
                .allowElements((name, attrs) -> sandbox(attrs) ? name : null, "iframe")
                .allowAttributes("colspan", "rowspan").matching(NUMBER).onElements("th", "td")
                .allowAttributes("start").matching(NUMBER).onElements("ol")
                .allowAttributes("datetime").matching(DATETIME).onElements("time")
                .allowAttributes("class").matching(CODE_LANGUAGE).onElements("code")
                .toFactory();
    }

    private AttributePolicy url(Set<String> schemes) {
        return (element, attribute, value) -> SafeUrl.resolve(value, null, schemes);
    }

    private AttributePolicy iframeSource() {
        return (element, attribute, value) -> {
            String url = SafeUrl.resolve(value, null, Set.of("https"));
            return url != null && allowedHost(SafeUrl.host(url)) ? url : null;
        };
    }

    private boolean allowedHost(String host) {
        return settings.iframeHosts().stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
    }

    /** An image needs a source and is not a tracking pixel. */
    private static boolean keepImage(List<String> attrs) {
        return value(attrs, "src") != null && !tiny(value(attrs, "width")) && !tiny(value(attrs, "height"));
    }

    /** An iframe needs an allowed source; it always gets a sandbox. */
    private static boolean sandbox(List<String> attrs) {
        if (value(attrs, "src") == null) {
            return false;
        }
        attrs.add("sandbox");
        attrs.add(SANDBOX);
        return true;
    }

    private static boolean tiny(String size) {
        return size != null && Integer.parseInt(size) <= 2;
    }

    /** The value of attribute {@code name} in OWASP's flat name, value, name, value list. */
    private static String value(List<String> attrs, String name) {
        for (int i = 0; i + 1 < attrs.size(); i += 2) {
            if (attrs.get(i).equals(name)) {
                return attrs.get(i + 1);
            }
        }
        return null;
    }
}
