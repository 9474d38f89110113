package org.storyline.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Names the outlet that published a page from what the page says about itself: {@code og:site_name}, the
 * JSON-LD publisher and web-site names, the name a {@code <title>} carries after its headline, the
 * copyright line and the home link's logo text.
 *
 * <p>Each says something, and each is wrong on some sites: {@code og:site_name} is a slug ("nj",
 * "cleveland"), a section ("U.S.") or an address; the JSON-LD publisher repeats the slug; the copyright holder
 * is a parent company. So every candidate is scored by how it reads (a slug or an address reads as a
 * stand-in, a sentence as a description) and by how many of the others and the host name agree with it, and
 * the best wins; at equal scores the more deliberate declaration (earlier in the list) wins. No site is
 * named anywhere: the rules are about how names are written.
 */
final class OutletNamer {

    /** Where a candidate came from, most deliberate first. */
    enum Source { SITE_NAME, PUBLISHER, WEB_SITE, APPLICATION, TITLE_PART, LOGO, COPYRIGHT }

    private record Candidate(String name, Source source) {
    }

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:»/·•]{1,2}\\s+|\\s*[|ㅣ｜]\\s*");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|&copy;|copyright)\\s*(?:©|&copy;)?\\s*(?:\\d{4}\\s*(?:[-–]\\s*\\d{4})?)?\\s*,?\\s*"
                    + "([\\p{L}\\p{N}](?:[^<>|©.\\n]|\\.(?=\\p{L})){1,60}?)\\s*(?:\\.(?!\\p{L})|,|\\||<|all rights|alle rechte|tous droits"
                    + "|todos los derechos|\\d{4}|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEGAL = Pattern.compile("(?i)\\b(gmbh|ag|ltd|limited|inc|llc|plc|group|s\\.a"
            + "|s\\.p\\.a|spa|kg|co\\. kg|verlag\\w*|corp|corporation|holdings?|b\\.v|oy|ab|as|sa)\\b\\.?");
    private static final Pattern URL = Pattern.compile("(?i)^(https?:)?//.*|^www\\..*");
    private static final int MAX_NAME = 60;
    private static final int MAX_WORDS = 6;
    /** How far from the end of the markup a copyright line is looked for. */
    private static final int FOOTER = 100_000;
    /** Copyright markers tried from the end of the page. */
    private static final int MARKERS = 5;

    /**
     * The outlet's name, or null when the page names none.
     *
     * @param title     the document's {@code <title>}
     * @param h1        the page's first {@code <h1>}, or null
     * @param homeLinks the links to the home page, in document order ({@link PageParts#homeLinks})
     * @param declared  og:site_name, JSON-LD publisher, JSON-LD web site and application-name, in that order,
     *                  each possibly null
     */
    String name(String title, Element h1, List<Element> homeLinks, String markup, String host, String... declared) {
        List<Candidate> candidates = new ArrayList<>();
        Source[] sources = {Source.SITE_NAME, Source.PUBLISHER, Source.WEB_SITE, Source.APPLICATION};
        for (int i = 0; i < declared.length && i < sources.length; i++) {
            add(candidates, declared[i], sources[i]);
        }
        titleParts(title, h1 == null ? "" : squash(h1.text()), candidates);
        add(candidates, logo(homeLinks), Source.LOGO);
        add(candidates, copyright(markup), Source.COPYRIGHT);
        String label = hostLabel(host);
        Candidate best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Candidate c : candidates) {
            int score = score(c, candidates, label);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best != null && bestScore >= 0) {
            return best.name();
        }
        // only stand-ins: the first declared one, an address shortened to its host ("kleinezeitung.at")
        for (Candidate c : candidates) {
            if (c.source().ordinal() <= Source.APPLICATION.ordinal() && c.name().length() <= MAX_NAME) {
                return c.name().replaceFirst("(?i)^(https?:)?//", "").replaceFirst("(?i)^www\\.", "")
                        .replaceFirst("/.*$", "");
            }
        }
        return null;
    }

    private static void add(List<Candidate> candidates, String raw, Source source) {
        String name = TitleCleaner.collapse(raw);
        if (name != null && name.length() <= 200) {
            candidates.add(new Candidate(name, source));
        }
    }

    /**
     * The first and last parts of a {@code <title>} split at separators ("Storm hits | The Daily"): one of
     * them is often the outlet. Only short parts count, and none the {@code <h1>} shows: that is the headline.
     */
    private static void titleParts(String title, String headline, List<Candidate> candidates) {
        String[] parts = TITLE_SEPARATOR.split(title == null ? "" : title.strip());
        if (parts.length < 2) {
            return;
        }
        for (String part : new String[] {parts[parts.length - 1], parts[0]}) {
            String squashed = squash(part);
            // a short headline is a part too: one the page's <h1> shows is not the outlet's name
            if (part.length() <= 40 && words(part) <= 5 && !(squashed.length() > 3 && headline.contains(squashed))) {
                add(candidates, part, Source.TITLE_PART);
            }
        }
    }

    /** The text of the logo in the link home: {@code <a href="/"><img alt="The Daily">}. */
    private static String logo(List<Element> homeLinks) {
        for (Element a : homeLinks) {
            if (!a.attr("href").equals("/") && !a.attr("rel").equalsIgnoreCase("home")) {
                continue;
            }
            Element img = a.selectFirst("img[alt]");
            if (img != null && !img.attr("alt").isBlank()) {
                String alt = img.attr("alt");
                return alt.toLowerCase(Locale.ROOT).contains("logo") ? alt.replaceAll("(?i)\\s*logo\\s*", " ") : alt;
            }
        }
        return null;
    }

    /**
     * The holder named in the last copyright line of the page ("© 2019 NJ.com. All rights reserved"). The
     * markers are found by plain search and the pattern runs only on the line after the last one: a regular
     * expression over the whole footer would cost more than the rest of the metadata.
     */
    static String copyright(String markup) {
        if (markup == null) {
            return null;
        }
        int from = Math.max(0, markup.length() - FOOTER);
        int at = markup.length();
        // the last marker may be a script's "copyright" field: try a few, from the end back
        for (int tries = 0; tries < MARKERS && (at = lastMarker(markup, from, at - 1)) >= 0; tries++) {
            Matcher m = COPYRIGHT.matcher(markup.substring(at, Math.min(markup.length(), at + 200)));
            if (m.lookingAt()) {
                String holder = m.group(1).strip();
                if (!holder.isEmpty() && Character.isLetter(holder.codePointAt(0))) {
                    return holder;
                }
            }
        }
        return null;
    }

    /** Where the last "©", "&copy;" or "copyright" (any case) in [from, before] starts; -1 if none. */
    private static int lastMarker(String text, int from, int before) {
        for (int i = Math.min(before, text.length() - 1); i >= from; i--) {
            char c = text.charAt(i);
            if (c == '©' || c == '&' && text.startsWith("&copy;", i)
                    || (c | 0x20) == 'c' && text.regionMatches(true, i, "copyright", 0, 9)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Higher for a name that reads as one and that others confirm. A stand-in (slug, address) or a
     * description starts below zero; title parts, logos and copyright holders need a confirmation to count.
     */
    private static int score(Candidate c, List<Candidate> all, String hostLabel) {
        int score = reads(c.name()) ? 2 : -2;
        boolean weakSource = c.source() == Source.TITLE_PART || c.source() == Source.COPYRIGHT
                || c.source() == Source.LOGO;
        int support = 0;
        for (Candidate other : all) {
            if (other != c && other.source() != c.source() && agree(c.name(), other.name())) {
                support++;
            }
        }
        if (hostLabel != null && matchesHost(c.name(), hostLabel)) {
            support++;
        }
        if (weakSource && support == 0) {
            return -5;
        }
        if (c.source() == Source.SITE_NAME && score > 0) {
            score++; // the one field meant for exactly this
        }
        if (LEGAL.matcher(c.name()).find()) {
            score -= 3; // "Tamedia AG", "Verlags GmbH": the company that owns the masthead, not the masthead
        }
        return score + Math.min(support, 2) * 2 - (c.source() == Source.COPYRIGHT ? 1 : 0);
    }

    /** Written as a name: not an address, not a lower-case slug, not a sentence. */
    private static boolean reads(String name) {
        if (URL.matcher(name).matches() || name.length() > MAX_NAME || words(name) > MAX_WORDS) {
            return false;
        }
        boolean upper = false;
        boolean caseless = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            upper |= Character.isUpperCase(ch);
            caseless |= Character.isLetter(ch) && !Character.isUpperCase(ch) && !Character.isLowerCase(ch);
        }
        // "nj", "usatoday": a slug; scripts without case (朝日新聞デジタル, 한국일보) cannot be judged by case
        return upper || caseless || name.indexOf(' ') > 0;
    }

    private static boolean agree(String a, String b) {
        String x = squash(a);
        String y = squash(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return x.equals(y) || x.contains(y) && y.length() * 2 >= x.length()
                || y.contains(x) && x.length() * 2 >= y.length();
    }

    private static boolean matchesHost(String name, String label) {
        String n = squash(name).replaceFirst("(com|net|org|info|news|co|uk|de|ru|fr|jp|kr|cn)+$", "");
        return n.length() >= 2 && (n.equals(label) || label.length() >= 4 && n.startsWith(label)
                || n.length() >= 4 && label.startsWith(n));
    }

    /**
     * The host's registered name: "ap" for hosted.ap.org, "bbc" for www.bbc.co.uk; null when none.
     * A second-level label of up to three letters under a two-letter country code ("co.uk", "com.au") is
     * taken as part of the suffix.
     */
    static String hostLabel(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length < 2) {
            return labels[0];
        }
        int i = labels.length - 2;
        if (labels.length >= 3 && labels[labels.length - 1].length() == 2 && labels[i].length() <= 3) {
            i--;
        }
        return labels[i].replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    private static String squash(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
