package org.storyline.extract.html;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.model.Published;

/**
 * Reads what a page declares about its article: JSON-LD first (the most deliberate source), then OpenGraph
 * and other {@code <meta>} conventions (Parse.ly, Dublin Core, Sailthru), then the markup itself
 * ({@code <time datetime>}, {@code rel=author}, byline classes, {@code <html lang>}).
 */
final class MetadataReader {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{2,8})*");
    private static final Pattern URL_LIKE = Pattern.compile("(?i)^(https?:)?//.*");

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final DateParser dates = new DateParser();
    private final VisibleDate shown = new VisibleDate();
    private final BylineFinder bylines = new BylineFinder();
    private final HeadlineChooser headlines = new HeadlineChooser();
    private final OutletNamer outlets = new OutletNamer();

    /** What {@code document} declares; {@code parts} are its elements gathered in one walk. */
    PageMetadata read(Document document, PageParts parts, String markup, URI base, Instant capturedAt) {
        JsonLdReader.LinkedData ld = jsonLd.read(parts.linkedData());
        MetaTags meta = MetaTags.of(parts.metas());
        URI canonical = canonical(parts, ld, meta, base);
        // A page read without its address (a saved file) still names its host by the canonical address it declares.
        String host = base != null && base.getHost() != null ? base.getHost() : canonical == null ? null : canonical.getHost();
        String outlet = outlets.name(document.title(), parts.h1(), parts.homeLinks(), markup, host,
                meta.first("og:site_name"), ld.publisher(), ld.siteName(),
                meta.first("application-name", "al:android:app_name", "al:ios:app_name"));
        URI image = address(base, firstNonNull(meta.first("og:image", "og:image:url", "og:image:secure_url",
                "twitter:image", "twitter:image:src"), ld.image()));
        String section = TitleCleaner.collapse(firstNonNull(meta.first("article:section", "parsely-section",
                "section"), ld.section()));
        return new PageMetadata(title(document, parts, ld, meta, outlet, host, section), byline(parts, ld, meta),
                published(parts, ld, meta, capturedAt), language(document, ld, meta), canonical,
                outlet, image, section, ld.body(), summaries(meta));
    }

    /** The page's descriptions of itself, collapsed, each once. */
    private static List<String> summaries(MetaTags meta) {
        List<String> summaries = new ArrayList<>();
        for (String key : List.of("description", "og:description", "twitter:description")) {
            String value = TitleCleaner.collapse(meta.first(key));
            if (value != null && !summaries.contains(value)) {
                summaries.add(value);
            }
        }
        return summaries;
    }

    private String title(Document document, PageParts parts, JsonLdReader.LinkedData ld, MetaTags meta,
            String outlet, String host, String section) {
        Element h1 = parts.h1();
        String h1Text = h1 == null ? null : h1.text();
        String declared = meta.first("dc:title", "dcterm:title", "dcterms:title", "dc.title", "dcterms.title",
                "og:title", "twitter:title", "parsely-title", "sailthru.title", "headline");
        return headlines.choose(new HeadlineChooser.Sources(ld.headline(), declared, document.title(), h1Text),
                new HeadlineChooser.Site(outlet, host, section));
    }

    private String byline(PageParts parts, JsonLdReader.LinkedData ld, MetaTags meta) {
        String declared = firstNonNull(ld.author(), meta.first(value -> !URL_LIKE.matcher(value).matches(),
                "dc:creator", "dcterm:creator", "dcterms:creator", "dc.creator", "dcterms.creator", "author",
                "article:author", "parsely-author", "sailthru.author", "byl", "citation_author"));
        return declared != null ? BylineFinder.tidy(declared) : bylines.find(parts.elements());
    }

    private Published published(PageParts parts, JsonLdReader.LinkedData ld, MetaTags meta, Instant capturedAt) {
        Published declared = dates.parse(ld.datePublished());
        if (declared == null) {
            declared = dates.parse(meta.first(value -> dates.parse(value) != null, "article:published_time",
                    "article:published", "og:published_time", "published_time", "parsely-pub-date", "sailthru.date",
                    "dc.date.issued", "dcterms.issued", "dc:date", "dcterms:date", "dc.date", "dcterms.date", "date",
                    "pubdate", "publishdate", "publish-date", "datepublished", "citation_publication_date",
                    "article.published", "og:updated_time"));
        }
        if (declared == null) {
            declared = dates.parse(timeElement(parts));
        }
        return declared != null ? declared : shown.find(parts.bodyElements(), capturedAt);
    }

    private static String timeElement(PageParts parts) {
        Element time = parts.timed();
        if (time == null) {
            return null;
        }
        return time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
    }

    private static String language(Document document, JsonLdReader.LinkedData ld, MetaTags meta) {
        Element html = document.selectFirst("html");
        String[] candidates = {html == null ? null : html.attr("lang"), html == null ? null : html.attr("xml:lang"),
                meta.first("content-language", "language", "dc.language", "og:locale"), ld.language()};
        for (String candidate : candidates) {
            String tag = languageTag(candidate);
            if (tag != null) {
                return tag;
            }
        }
        return null;
    }

    /** "en_US" → "en-US", "EN" → "en"; null for anything that is not a language tag. */
    static String languageTag(String raw) {
        if (raw == null) {
            return null;
        }
        String tag = raw.strip().replace('_', '-').split("[,;\\s]")[0].toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(tag).matches()) {
            return null;
        }
        String[] parts = tag.split("-");
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
        }
        return out.toString();
    }

    private static URI canonical(PageParts parts, JsonLdReader.LinkedData ld, MetaTags meta, URI base) {
        Element link = parts.canonical();
        String href = link == null ? null : link.attr("href");
        return address(base, firstNonNull(href, meta.first("og:url", "twitter:url", "parsely-link"), ld.url()));
    }

    /** {@code raw} resolved against the page address; null when it is not a usable http(s) address. */
    static URI address(URI base, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(raw.strip().replace(" ", "%20"));
            URI resolved = base != null && base.isAbsolute() ? base.resolve(uri) : uri;
            String scheme = resolved.getScheme();
            return scheme != null && scheme.toLowerCase(Locale.ROOT).startsWith("http") ? resolved : null;
        } catch (Exception malformed) {
            return null; // java.net.URI throws on many real-world addresses; an unusable one is just absent
        }
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                return value;
            }
        }
        return null;
    }
}
