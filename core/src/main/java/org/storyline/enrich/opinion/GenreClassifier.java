package org.storyline.enrich.opinion;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.model.Article;

/**
 * Labels an article news, analysis or opinion from what the article carries: its section, headline, byline and
 * the voice of its body (see the package notes for the signals and where they come from).
 *
 * <pre>{@code
 * new GenreClassifier().classify(article)   // Genre[kind=ANALYSIS, reason="headline asks a question"]
 * }</pre>
 */
public final class GenreClassifier {

    /** Below this many words the voice is not judged: briefs and wire flashes are too short to tell. */
    static final int MIN_WORDS_FOR_VOICE = 500;
    /** Reporting verbs per 1,000 words below which a piece does not read as reported news. */
    static final double MAX_REPORTING_RATE = 3.0;
    /** First-person and prescriptive words per 1,000 words (outside quotes) from which a piece argues. */
    static final double MIN_ARGUING_RATE = 6.0;

    private static final Pattern OPINION_WORDS = Pattern.compile(
            "\\b(opinions?|comments?|commentary|editorials?|op-?eds?|columns?|columnists?|viewpoints?|perspectives?|letters)\\b");
    private static final Pattern ANALYSIS_WORDS = Pattern.compile("\\b(analysis|explainer|explained|in depth|fact check)\\b");
    private static final Pattern PREFIX = Pattern.compile("^\\s*([\\p{L} -]{3,20})\\s*[:|]");
    private static final Pattern DISCLAIMER = Pattern.compile(
            "(views|opinions) expressed (in this (article|piece|column) )?are (those of the author|the author's own|"
                    + "solely those)|do not necessarily reflect the (editorial )?(views|position|stance)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("[\"“«„][^\"”»“]{0,800}[\"”»“]");
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(said|says|told|according to|stated|announced|reported|added)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARGUING = Pattern.compile("\\b(I|I'm|I've|my|we|our|us|should|must|ought)\\b");

    /** The genre of one article; never null. */
    public Genre classify(Article article) {
        Genre own = fromOutletWords(article);
        if (own != null) {
            return own;
        }
        if (DISCLAIMER.matcher(article.text()).find()) {
            return new Genre(Genre.Kind.OPINION, "the author's views, as the page says");
        }
        Genre voice = fromVoice(article.text());
        if (voice != null) {
            return voice;
        }
        String title = article.title().strip();
        if (title.endsWith("?") && !title.startsWith("\"") && !title.startsWith("“")) {
            return new Genre(Genre.Kind.ANALYSIS, "headline asks a question");
        }
        return Genre.news();
    }

    /** The outlet's own label: a section, a headline prefix ("Opinion: ..."), a columnist byline. */
    private static Genre fromOutletWords(Article article) {
        Genre section = labelled(article.section(), "section");
        if (section != null) {
            return section;
        }
        Matcher prefix = PREFIX.matcher(article.title());
        if (prefix.find()) {
            Genre title = labelled(prefix.group(1), "headline");
            if (title != null) {
                return title;
            }
        }
        String author = article.author() == null ? "" : article.author().toLowerCase(Locale.ROOT);
        if (author.contains("columnist") || author.contains("contributor") || author.contains("opinion")) {
            return new Genre(Genre.Kind.OPINION, "byline “" + article.author().strip() + "”");
        }
        return null;
    }

    private static Genre labelled(String words, String where) {
        if (words == null || words.isBlank()) {
            return null;
        }
        String lower = words.toLowerCase(Locale.ROOT);
        String shown = where + " “" + words.strip() + "”";
        if (OPINION_WORDS.matcher(lower).find()) {
            return new Genre(Genre.Kind.OPINION, shown);
        }
        return ANALYSIS_WORDS.matcher(lower).find() ? new Genre(Genre.Kind.ANALYSIS, shown) : null;
    }

    /** A long piece that attributes almost nothing is analysis; one that also argues in its own voice, opinion. */
    private static Genre fromVoice(String text) {
        int words = count(text, Pattern.compile("\\S+"));
        if (words < MIN_WORDS_FOR_VOICE) {
            return null;
        }
        double reporting = 1000.0 * count(text, REPORTING) / words;
        if (reporting >= MAX_REPORTING_RATE) {
            return null;
        }
        String ownVoice = QUOTED.matcher(text).replaceAll(" ");
        double arguing = 1000.0 * count(ownVoice, ARGUING) / words;
        return arguing >= MIN_ARGUING_RATE
                ? new Genre(Genre.Kind.OPINION, "argues in its own voice")
                : new Genre(Genre.Kind.ANALYSIS, "reads as analysis: few attributed statements");
    }

    private static int count(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
