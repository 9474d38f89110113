package org.storyline.enrich.hashtag;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.enrich.Countries;

/**
 * A story's hashtags: those its pages gave, then generated ones (see the package notes).
 *
 * <pre>{@code
 * Hashtags.of("Sputnik Azerbaijan")     // "SputnikAzerbaijan"
 * new Hashtags().story(articles)        // [SputnikAzerbaijan, RussiaAzerbaijan, Yekaterinburg, ...]
 * }</pre>
 */
public final class Hashtags {

    /** How many of the earliest articles generated hashtags come from. */
    static final int FOUNDERS = 5;
    static final int MAX_GENERATED = 5;
    /** Only the start of a body: the gist, not the background paragraphs every story shares. */
    static final int LEAD_CHARS = 1200;

    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,4})");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "As", "But", "And",
            "For", "With", "From", "After", "Before", "Since", "While", "When", "It", "He", "She", "They", "We", "This",
            "That", "These", "Those", "His", "Her", "Their", "Its", "Our", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "President", "Prime", "Minister",
            "Foreign", "Ministry", "Last", "Meanwhile", "However", "According", "Several", "Two", "One", "Some",
            "Read", "More", "Also", "Politics", "News", "Updated", "Mr", "Ms", "Mrs", "If", "Yet", "Why", "What",
            "How", "Who", "Is", "Are", "Was", "There", "Here", "Both", "Many", "Most", "All", "No", "Not", "By", "To",
            "Of", "Latest", "Committee", "Office", "Court", "Service", "Agency", "Council", "Spokesman", "Spokeswoman", "Deputy", "General", "State", "Related", "Articles", "Editor", "Reuters", "AP", "AFP");
    private final Countries countries = new Countries();

    /** A name as a hashtag: words capitalised and joined, accents and punctuation dropped; "" for none. */
    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("['’]s\\b", "");
        StringBuilder out = new StringBuilder();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return out.toString();
    }

    /** The story's hashtags: the pages' own (most used first), then up to five generated ones. */
    public List<String> story(List<HashtagInput> articles) {
        Set<String> out = new LinkedHashSet<>(given(articles));
        Set<String> seen = new java.util.HashSet<>();
        out.forEach(t -> seen.add(t.toLowerCase(Locale.ROOT)));
        int added = 0;
        for (String tag : generated(founders(articles))) {
            if (added < MAX_GENERATED && seen.add(tag.toLowerCase(Locale.ROOT))) {
                out.add(tag);
                added++;
            }
        }
        return List.copyOf(out);
    }

    /** The hashtags the pages gave, by the number of articles giving each, ties by first appearance. */
    static List<String> given(List<HashtagInput> articles) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, String> spelling = new HashMap<>();
        for (HashtagInput a : articles) {
            for (String tag : new LinkedHashSet<>(a.given())) {
                String key = tag.toLowerCase(Locale.ROOT);
                spelling.putIfAbsent(key, tag);
                count.merge(key, 1, Integer::sum);
            }
        }
        List<String> keys = new ArrayList<>(count.keySet());
        keys.sort(Comparator.comparingInt(k -> -count.get(k)));
        return keys.stream().map(spelling::get).toList();
    }

    private static List<HashtagInput> founders(List<HashtagInput> articles) {
        List<HashtagInput> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(HashtagInput::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(HashtagInput::articleId));
        return sorted.subList(0, Math.min(FOUNDERS, sorted.size()));
    }

    private List<String> generated(List<HashtagInput> founders) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> countryMentions = new LinkedHashMap<>();
        Map<String, Set<String>> nameArticles = new LinkedHashMap<>();
        Map<String, Integer> nameMentions = new HashMap<>();
        for (HashtagInput a : founders) {
            String lead = a.title() + ".\n" + (a.text().length() > LEAD_CHARS ? a.text().substring(0, LEAD_CHARS) : a.text());
            countries.mentions(lead).forEach(c -> countryMentions.merge(c, 1, Integer::sum));
            for (String name : names(lead)) {
                nameArticles.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(a.articleId());
                nameMentions.merge(name, 1, Integer::sum);
            }
        }
        List<String> topCountries = countryMentions.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(2).map(Map.Entry::getKey).toList();
        if (topCountries.size() == 2) {
            out.add(of(topCountries.get(0)) + of(topCountries.get(1)));
        }
        foldSurnames(nameArticles, nameMentions);
        int needed = Math.min(2, founders.size());
        nameArticles.entrySet().stream().filter(e -> e.getValue().size() >= needed)
                .sorted(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> -e.getValue().size())
                        .thenComparingInt(e -> -nameMentions.get(e.getKey())).thenComparing(Map.Entry::getKey))
                .map(e -> of(e.getKey())).forEach(out::add);
        return out;
    }

    /**
     * Capitalised runs of words, split at titles and function words ("Azerbaijan President Ilham Aliyev" →
     * "Azerbaijan", "Ilham Aliyev"); a lone word that starts a sentence, a lone country word, and a lone word
     * cut from an institution ("Interior" of "Interior Ministry") are not names.
     */
    private List<String> names(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String[] words = m.group(1).split("\\s+");
            boolean start = sentenceStart(text, m.start());
            List<String> segment = new ArrayList<>();
            for (int i = 0; i <= words.length; i++) {
                boolean separator = i == words.length || NOT_NAMES.contains(clean(words[i]));
                if (!separator) {
                    segment.add(clean(words[i]));
                    continue;
                }
                boolean cutBeforeTitle = i < words.length && segment.size() == 1;
                boolean loneStart = start && segment.size() == 1 && i - segment.size() == 0;
                if (!segment.isEmpty() && !cutBeforeTitle && !loneStart) {
                    add(out, String.join(" ", segment));
                } else if (cutBeforeTitle && countries.first(segment.get(0)) != null) {
                    add(out, segment.get(0)); // "Azerbaijan President ..." still names the country, dropped below
                }
                segment.clear();
            }
        }
        return out;
    }

    private void add(List<String> out, String name) {
        boolean countryOnly = !name.contains(" ") && countries.first(name) != null;
        if (!countryOnly && name.length() > 2) {
            out.add(name);
        }
    }

    /** Counts a lone surname ("Aliyev") toward the full name the founders also use ("Ilham Aliyev"). */
    private static void foldSurnames(Map<String, Set<String>> articles, Map<String, Integer> mentions) {
        for (String single : List.copyOf(articles.keySet())) {
            if (single.contains(" ")) {
                continue;
            }
            articles.keySet().stream().filter(n -> n.endsWith(" " + single)).findFirst().ifPresent(full -> {
                articles.get(full).addAll(articles.remove(single));
                mentions.merge(full, mentions.remove(single), Integer::sum);
            });
        }
    }

    private static String clean(String word) {
        return word.replaceAll("(?:['’]s|['’])$", "");
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\'' || text.charAt(i) == '‘')) {
            i--;
        }
        return i < 0 || ".!?\n:—–-".indexOf(text.charAt(i)) >= 0;
    }
}
