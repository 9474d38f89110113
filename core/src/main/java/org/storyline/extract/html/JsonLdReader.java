package org.storyline.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org JSON-LD blocks: the first article object (NewsArticle, Article, BlogPosting and kin,
 * also inside {@code @graph} arrays or nested under {@code mainEntity}) and the site's name.
 *
 * <p>Broken JSON is common (trailing commas, raw newlines in strings); a block that still fails to parse is
 * skipped, never thrown.
 */
final class JsonLdReader {

    /** Fields of the page's article object; any may be null. */
    record LinkedData(String headline, String author, String datePublished, String publisher, String image,
                      String section, String language, String url, String body, String siteName) {

        static final LinkedData EMPTY = new LinkedData(null, null, null, null, null, null, null, null, null, null);
    }

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "blogposting", "liveblogposting", "report", "techarticle", "scholarlyarticle", "socialmediaposting",
            "medicalscholarlyarticle", "askpublicnewsarticle", "satiricalarticle", "posting");
    private static final int MAX_NODES = 20_000;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    /** What {@code scripts}, the page's JSON-LD {@code <script>} elements in document order, say. */
    LinkedData read(List<Element> scripts) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : scripts) {
            JsonNode root = parse(script.data());
            if (root != null) {
                flatten(root, objects);
            }
        }
        JsonNode article = null;
        String siteName = null;
        for (JsonNode node : objects) {
            Set<String> types = types(node);
            if (article == null && types.stream().anyMatch(ARTICLE_TYPES::contains)) {
                article = node;
            }
            if (siteName == null && (types.contains("website") || types.contains("newsmediaorganization"))) {
                siteName = JsonText.name(node);
            }
        }
        return article == null ? withSite(siteName) : fromArticle(article, siteName);
    }

    private static LinkedData withSite(String siteName) {
        return siteName == null ? LinkedData.EMPTY
                : new LinkedData(null, null, null, null, null, null, null, null, null, siteName);
    }

    private static LinkedData fromArticle(JsonNode a, String siteName) {
        String headline = JsonText.first(a, "headline", "name", "alternativeHeadline");
        String author = JsonText.names(a.get("author"));
        if (author == null) {
            author = JsonText.names(a.get("creator"));
        }
        String date = JsonText.first(a, "datePublished", "dateCreated", "uploadDate");
        String publisher = JsonText.name(a.get("publisher"));
        String image = JsonText.url(a.get("image"));
        if (image == null) {
            image = JsonText.url(a.get("thumbnailUrl"));
        }
        String section = JsonText.firstOf(a.get("articleSection"));
        String language = JsonText.firstOf(a.get("inLanguage"));
        String url = JsonText.url(a.get("mainEntityOfPage"));
        if (url == null) {
            url = JsonText.first(a, "url");
        }
        String body = JsonText.first(a, "articleBody", "text");
        return new LinkedData(headline, author, date, publisher, image, section, language, url, body, siteName);
    }

    private JsonNode parse(String raw) {
        // pages wrap the JSON in CDATA markers or HTML comments; the value lies between the outer brackets
        String json = raw.replace("<![CDATA[", "").replace("]]>", "").replace("<!--", "").replace("-->", "");
        int start = firstOf(json, '{', '[');
        int end = Math.max(json.lastIndexOf('}'), json.lastIndexOf(']'));
        if (start < 0 || end <= start) {
            return null;
        }
        try {
            return mapper.readTree(json.substring(start, end + 1));
        } catch (Exception malformed) {
            return null; // a page's broken structured data is its problem, not a reason to fail the page
        }
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** Every object in the tree that has an {@code @type}, breadth first, bounded against huge blocks. */
    private static void flatten(JsonNode root, List<JsonNode> out) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < MAX_NODES) {
            JsonNode node = queue.poll();
            if (node.isArray()) {
                node.forEach(queue::add);
            } else if (node.isObject()) {
                if (node.has("@type")) {
                    out.add(node);
                }
                node.properties().forEach(field -> {
                    if (field.getValue().isContainerNode()) {
                        queue.add(field.getValue());
                    }
                });
            }
        }
    }

    private static Set<String> types(JsonNode node) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = node.get("@type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
        } else if (type != null) {
            types.add(type.asText().toLowerCase(Locale.ROOT));
        }
        return types;
    }
}
