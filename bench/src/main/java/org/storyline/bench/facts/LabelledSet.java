package org.storyline.bench.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled set: articles ({@code id, title, text, published, story}) and one record per incident
 * ({@code story, date, city, killed, injured, participants}), as in the GVC development files.
 */
record LabelledSet(List<Item> articles, List<Incident> incidents) {

    record Item(String id, String title, String text, LocalDate published, String story) {}

    record Person(String name, String role, boolean named) {

        /** The last word of the name, the part a news text always repeats. */
        String surname() {
            String[] words = name.strip().split("\\s+");
            String last = words[words.length - 1].replaceAll("[.,]", "");
            return last.matches("(?i)jr|sr|ii|iii|iv") && words.length > 1 ? words[words.length - 2] : last;
        }
    }

    record Incident(String story, LocalDate date, String state, String city, int killed, int injured, List<Person> people,
                    List<String> articleIds) {}

    static LabelledSet read(Path articles, Path facts) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(articles)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            String published = n.path("published").asText(null);
            items.add(new Item(n.get("id").asText(), n.path("title").isTextual() ? n.get("title").asText() : null,
                    n.get("text").asText(), published == null ? null : LocalDate.parse(published.substring(0, 10)),
                    n.get("story").asText()));
        }
        List<Incident> incidents = new ArrayList<>();
        for (String line : Files.readAllLines(facts)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            List<Person> people = new ArrayList<>();
            for (JsonNode p : n.path("participants")) {
                if (p.path("name").isTextual() && !p.get("name").asText().isBlank()) {
                    people.add(new Person(p.get("name").asText(), p.path("role").asText(),
                            p.path("name_in_articles").asBoolean(false)));
                }
            }
            List<String> ids = new ArrayList<>();
            n.path("articles").forEach(a -> ids.add(a.asText()));
            incidents.add(new Incident(n.get("story").asText(), LocalDate.parse(n.get("date").asText()), n.path("state").asText(""),
                    n.path("city").asText(""), n.path("killed").asInt(), n.path("injured").asInt(), people, ids));
        }
        return new LabelledSet(items, incidents);
    }
}
