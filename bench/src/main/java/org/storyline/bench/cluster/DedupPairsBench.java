package org.storyline.bench.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.storyline.dedup.DuplicateDetector;

/**
 * Labelled copy / not-copy probes against a store of originals. Originals: the Scrapinghub benchmark's
 * ground-truth article bodies, and "articles" made of 20 headlines of one Google News story. Copies:
 * headline changed plus subheadings inserted, paragraphs trimmed (keep 35-70%), extended with an
 * unrelated tail, or trimmed and given subheadings. Non-copies: other bodies not in the store, the same
 * Google News story told by 20 other headlines (same story, different article), and a different story
 * carrying the same 60-word outlet footer as a stored one.
 */
final class DedupPairsBench {

    private static final String FOOTER = "The views expressed in this article are the author's own and do not "
            + "necessarily reflect the editorial stance of this outlet. Sign up for our daily newsletter to get the "
            + "latest news and analysis delivered to your inbox every morning. Follow us on social media and "
            + "share your thoughts with our editors in the comments section below this story today.";

    private record Probe(String text, String copyOf, String kind) {
    }

    private DedupPairsBench() {
    }

    static void run(LabelledSnippets news, Path groundTruth) throws IOException {
        Random random = new Random(3);
        Map<String, String> originals = new HashMap<>();
        List<Probe> probes = new ArrayList<>();
        List<String> bodies = bodies(groundTruth);
        int half = bodies.size() / 2;
        for (int i = 0; i < bodies.size(); i++) {
            String body = bodies.get(i);
            if (i >= half) {
                probes.add(new Probe(body, null, "other body"));
                continue;
            }
            originals.put("sh" + i, i % 4 == 0 ? body + "\n\n" + FOOTER : body);
            String tail = bodies.get(half + random.nextInt(bodies.size() - half));
            probes.add(new Probe(subheadings("A new headline\n\n" + body, random), "sh" + i, "subheadings"));
            probes.add(new Probe(trim(body, random), "sh" + i, "trimmed"));
            probes.add(new Probe(body + "\n\n" + trim(tail, random), "sh" + i, "extended"));
            probes.add(new Probe(subheadings(trim(body, random), random), "sh" + i, "trimmed+subheadings"));
            probes.add(new Probe(updated(body, tail, random), "sh" + i, "updated"));
            if (i % 4 == 0) {
                probes.add(new Probe(tail + "\n\n" + FOOTER, null, "same footer"));
            }
        }
        googleNews(news, random, originals, probes);
        report(originals, probes);
        SimHashComparison.report(originals, probes.stream()
                .map(p -> new SimHashComparison.Probe(p.text, p.copyOf, p.kind)).toList());
    }

    /**
     * A later version of the same article: the lead rewritten (replaced by another text's first paragraph)
     * and a new paragraph appended at the end, the way developing stories are updated in place.
     */
    private static String updated(String body, String other, Random random) {
        String[] parts = body.split("\n\n");
        String[] news = other.split("\n\n");
        if (parts.length < 3) {
            return body + "\n\n" + news[0];
        }
        parts[0] = news[random.nextInt(news.length)];
        return String.join("\n\n", parts) + "\n\n" + news[news.length - 1];
    }

    private static void googleNews(LabelledSnippets news, Random random, Map<String, String> originals,
                                   List<Probe> probes) {
        Map<String, List<String>> byStory = new HashMap<>();
        for (int i = 0; i < news.inputs().size(); i++) {
            byStory.computeIfAbsent(news.stories().get(i), s -> new ArrayList<>()).add(news.inputs().get(i).title());
        }
        byStory.forEach((story, titles) -> {
            if (titles.size() >= 40) {
                String a = String.join(".\n\n", titles.subList(0, 20));
                String b = String.join(".\n\n", titles.subList(20, 40));
                originals.put("gn" + story, a);
                probes.add(new Probe(b, null, "same story"));
                probes.add(new Probe(trim(a, random), "gn" + story, "gn trimmed"));
            }
        });
    }

    private static void report(Map<String, String> originals, List<Probe> probes) {
        System.out.printf("== dedup pairs: %d stored originals, %d probes (%d copies)%n", originals.size(),
                probes.size(), probes.stream().filter(p -> p.copyOf != null).count());
        for (double th : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9}) {
            DuplicateDetector copies = new DuplicateDetector(th);
            originals.forEach(copies::add);
            int tp = 0, fp = 0, fn = 0;
            Map<String, int[]> missesByKind = new HashMap<>();
            for (Probe p : probes) {
                String found = copies.findCopyOf(p.text).orElse(null);
                boolean hit = found != null && found.equals(p.copyOf);
                tp += hit ? 1 : 0;
                fp += found != null && !hit ? 1 : 0;
                fn += p.copyOf != null && !hit ? 1 : 0;
                if (found != null && !hit || p.copyOf != null && !hit) {
                    missesByKind.computeIfAbsent(p.kind, k -> new int[1])[0]++;
                }
            }
            StringBuilder errors = new StringBuilder();
            missesByKind.forEach((k, v) -> errors.append(k).append('=').append(v[0]).append(' '));
            System.out.printf("threshold %.1f  precision %.3f  recall %.3f  (tp %d fp %d fn %d)  errors: %s%n", th,
                    tp + fp == 0 ? 1.0 : (double) tp / (tp + fp), (double) tp / (tp + fn), tp, fp, fn, errors);
        }
    }

    private static List<String> bodies(Path groundTruth) throws IOException {
        JsonNode root = new ObjectMapper().readTree(groundTruth.toFile());
        List<String> out = new ArrayList<>();
        root.properties().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String body = e.getValue().path("articleBody").asText("");
            if (body.split("\\s+").length >= 80) {
                out.add(body);
            }
        });
        return out;
    }

    /** Keeps a random 35-70% run of the paragraphs (by sentences when there is one paragraph). */
    private static String trim(String text, Random random) {
        String[] parts = text.contains("\n\n") ? text.split("\n\n") : text.split("(?<=\\.) ");
        int keep = Math.max(1, (int) Math.round(parts.length * (0.35 + 0.35 * random.nextDouble())));
        int from = random.nextInt(parts.length - keep + 1);
        return String.join("\n\n", java.util.Arrays.copyOfRange(parts, from, from + keep));
    }

    private static String subheadings(String text, Random random) {
        String[] parts = text.split("\n\n");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            out.append(parts[i]).append("\n\n");
            if (i % 3 == 2) {
                out.append("What happens next for the ").append(random.nextInt(100)).append(" people\n\n");
            }
        }
        return out.toString();
    }
}
