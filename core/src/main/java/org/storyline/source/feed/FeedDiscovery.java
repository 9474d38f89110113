package org.storyline.source.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feeds a page offers: {@code <link rel="alternate">} with an RSS, Atom or JSON Feed type, in page
 * order and resolved against the page URL (and its {@code <base href>}), then common paths ({@code /feed},
 * {@code /rss.xml}...) on the page's host as low-priority guesses. It does not fetch anything: the caller
 * tries candidates in order and keeps the first that parses.
 *
 * <pre>{@code
 * List<FeedCandidate> found = new FeedDiscovery().discover(fetched.text(), fetched.finalUrl());
 * }</pre>
 */
public final class FeedDiscovery {

    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/feed+json", "application/rdf+xml");
    private static final List<String> GUESSES = List.of("/feed", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml", "/rss");

    public List<FeedCandidate> discover(String html, URI pageUrl) {
        Document page = Jsoup.parse(html, pageUrl.toString());
        Map<URI, FeedCandidate> found = new LinkedHashMap<>();
        for (Element link : page.select("link[rel][href][type]")) {
            String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
            int semicolon = type.indexOf(';');
            type = semicolon < 0 ? type : type.substring(0, semicolon).strip();
            boolean alternate = List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("alternate");
            URI url = Links.resolve(null, link.absUrl("href"));
            if (alternate && FEED_TYPES.contains(type) && url != null) {
                found.putIfAbsent(url, new FeedCandidate(url, XmlNode.blankToNull(link.attr("title")), type,
                        FeedCandidate.Confidence.DECLARED));
            }
        }
        for (URI guess : guesses(pageUrl)) {
            found.putIfAbsent(guess, new FeedCandidate(guess, null, null, FeedCandidate.Confidence.GUESSED));
        }
        return new ArrayList<>(found.values());
    }

    private static List<URI> guesses(URI pageUrl) {
        URI root = Links.resolve(pageUrl, "/");
        if (root == null) {
            return List.of();
        }
        List<URI> guesses = new ArrayList<>();
        for (String path : GUESSES) {
            guesses.add(root.resolve(path));
        }
        return guesses;
    }
}
