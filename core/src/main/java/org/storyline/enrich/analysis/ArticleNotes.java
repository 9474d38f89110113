package org.storyline.enrich.analysis;

import java.util.Map;
import java.util.Optional;
import org.storyline.enrich.opinion.Genre;
import org.storyline.enrich.opinion.GenreClassifier;
import org.storyline.enrich.summary.Summarizer;
import org.storyline.enrich.summary.SummaryInput;
import org.storyline.enrich.timeline.SentenceSplitter;
import org.storyline.model.Article;
import org.storyline.model.ArticleNote;

/**
 * Works out an article's note (its genre and one-paragraph summary) once, when the pipeline takes the article in,
 * and reads a stored note back. Pages show the stored note; an article stored before notes existed, or with a note
 * of an older {@link #FORMAT}, is noted on the spot by {@link #noteOf}, so pages never show less than they did,
 * until {@code org.storyline.pipeline.NoteStage} (run by a server when idle) has stored its note.
 *
 * <p>Thread-safe: its parts keep no state between calls.
 *
 * <pre>{@code
 * ArticleNote note = notes.of(article);                 // at ingest, outside the write transaction
 * tx.putNote(article.id(), ArticleNotes.FORMAT, note);
 * Genre genre = ArticleNotes.genre(store.notes(ids, ArticleNotes.FORMAT).get(id));
 * }</pre>
 */
public final class ArticleNotes {

    /**
     * The version of what a note holds and how it is worked out. Raise it when the genre rules or the summary
     * change: notes of another format are not read, and the articles are noted again when a page needs them.
     */
    public static final int FORMAT = 1;

    private final GenreClassifier genres = new GenreClassifier();
    private final Summarizer summarizer = new Summarizer(new SentenceSplitter());

    /** The note of one article: its genre and its summary of {@link StoryAnalyzer#PARAGRAPH_SENTENCES} sentences. */
    public ArticleNote of(Article article) {
        Genre genre = genres.classify(article);
        String summary = summarizer.paragraph(new SummaryInput(article.id(), article.text()),
                StoryAnalyzer.PARAGRAPH_SENTENCES);
        return new ArticleNote(genre.kind().name(), genre.reason(), summary);
    }

    /** The note of another version of an article with the same text: its genre read again, its summary kept. */
    public ArticleNote withGenreOf(Article version, ArticleNote note) {
        Genre genre = genres.classify(version);
        return new ArticleNote(genre.kind().name(), genre.reason(), note.summary());
    }

    /** The stored note of an article, else its note worked out now. */
    public ArticleNote noteOf(Article article, Map<String, ArticleNote> stored) {
        return Optional.ofNullable(stored.get(article.id())).orElseGet(() -> of(article));
    }

    /** The genre of an article's stored note, else its genre read now. */
    public Genre genreOf(Article article, Map<String, ArticleNote> stored) {
        ArticleNote note = stored.get(article.id());
        return note == null ? genres.classify(article) : genre(note);
    }

    /** The genre a note records. */
    public static Genre genre(ArticleNote note) {
        return new Genre(Genre.Kind.valueOf(note.genre()), note.genreReason());
    }
}
