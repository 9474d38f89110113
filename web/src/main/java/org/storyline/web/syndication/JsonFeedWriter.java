package org.storyline.web.syndication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
 *
 * <pre>{@code
 * String json = JsonFeedWriter.write(channel);
 * }</pre>
 *
 * <p>Strings lose the same characters as in the XML formats, so the three formats of a channel say the same.
 */
public final class JsonFeedWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFeedWriter() {
    }

    public static String write(Channel channel) {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", XmlText.clean(channel.title()));
        feed.put("home_page_url", channel.page().toString());
        feed.put("feed_url", channel.self().toString());
        if (channel.description() != null) {
            feed.put("description", XmlText.clean(channel.description()));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (Channel.Entry e : channel.entries()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", e.link().toString());
            item.put("url", e.link().toString());
            if (e.original() != null) {
                item.put("external_url", e.original().toString());
            }
            item.put("title", XmlText.clean(e.title()));
            item.put("content_html", e.html());
            item.put("content_text", XmlText.clean(e.text() == null ? "" : e.text()));
            if (e.image() != null) { // JSON Feed 1.1: "the main image for the item"
                item.put("image", e.image().toString());
            }
            if (e.summary() != null) {
                item.put("summary", XmlText.clean(e.summary()));
            }
            if (e.published() != null) {
                item.put("date_published", DateTimeFormatter.ISO_INSTANT.format(e.published()));
            }
            if (e.author() != null || e.outlet() != null) {
                item.put("authors", List.of(Map.of("name", XmlText.clean(e.author() != null ? e.author() : e.outlet()))));
            }
            if (!e.tags().isEmpty()) {
                item.put("tags", e.tags().stream().map(XmlText::clean).toList());
            }
            if (e.language() != null) {
                item.put("language", XmlText.clean(e.language()));
            }
            items.add(item);
        }
        feed.put("items", items);
        try {
            return JSON.writeValueAsString(feed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("feeds: cannot write JSON", e);
        }
    }
}
