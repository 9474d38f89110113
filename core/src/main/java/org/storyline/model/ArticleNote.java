package org.storyline.model;

import java.util.Objects;

/**
 * What the pipeline noted about an article when it took the article in, kept so that pages render it instead of
 * working it out on each request (see {@code org.storyline.enrich.analysis.ArticleNotes}, which writes and reads it).
 *
 * <pre>{@code
 * ArticleNote[genre="OPINION", genreReason="section “Opinion”", summary="The minister said on Monday ..."]
 * }</pre>
 *
 * @param genre       the kind of piece: NEWS, ANALYSIS or OPINION
 * @param genreReason the signal that decided the kind, as a reader would read it ("" for plain news)
 * @param summary     the article's one-paragraph summary ("" for an article without sentences)
 */
public record ArticleNote(String genre, String genreReason, String summary) {

    public ArticleNote {
        Objects.requireNonNull(genre, "genre");
        Objects.requireNonNull(genreReason, "genreReason");
        Objects.requireNonNull(summary, "summary");
    }
}
