package org.storyline.source.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): 1.0's {@code author} and 1.1's {@code authors}. */
final class JsonFeedMapper {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFeedMapper() {
    }

    static FeedResult fromJson(byte[] bytes, URI feedUrl) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line %d, column %d".formatted(at.getLineNr(), at.getColumnNr());
            return FeedFailure.malformed("invalid JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            return FeedFailure.malformed("unreadable JSON: " + e.getMessage());
        }
        String version = root == null || !root.isObject() ? "" : root.path("version").asText("");
        if (!version.startsWith("https://jsonfeed.org/version/") || !root.path("items").isArray()) {
            return FeedFailure.notAFeed("JSON, but not a JSON Feed (needs a \"version\" of https://jsonfeed.org/version/1 "
                    + "or 1.1 and an \"items\" array)");
        }
        Feed.Format format = version.endsWith("/1") ? Feed.Format.JSON_FEED_1_0 : Feed.Format.JSON_FEED_1_1;
        String feedAuthor = author(root);
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            if (item.isObject()) {
                items.add(item(item, feedUrl, feedAuthor));
            }
        }
        return new Feed(feedUrl, format, PlainText.of(text(root, "title")), Links.resolve(feedUrl, text(root, "home_page_url")),
                items);
    }

    private static FeedItem item(JsonNode item, URI feedUrl, String feedAuthor) {
        URI url = Links.resolve(feedUrl, text(item, "url"));
        Body content = Body.of(text(item, "content_html"), Body.Markup.HTML);
        if (content == null) {
            content = Body.of(text(item, "content_text"), Body.Markup.TEXT);
        }
        List<String> tags = new ArrayList<>();
        item.path("tags").forEach(tag -> tags.add(tag.isValueNode() ? tag.asText() : null));
        String author = author(item);
        String date = RssMapper.first(text(item, "date_published"), text(item, "date_modified"));
        return FeedItem.of(text(item, "id"), url != null ? url : Links.resolve(feedUrl, text(item, "external_url")),
                PlainText.of(text(item, "title")), author != null ? author : feedAuthor, FeedDates.parse(date),
                Body.of(text(item, "summary"), Body.Markup.TEXT), content, tags);
    }

    private static String author(JsonNode node) {
        JsonNode authors = node.path("authors");
        if (authors.isArray() && !authors.isEmpty()) {
            return text(authors.get(0), "name");
        }
        return text(node.path("author"), "name");
    }

    /** A string or number field as text (ids are often numbers), or null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() || value.isNumber() ? XmlNode.blankToNull(value.asText()) : null;
    }
}
