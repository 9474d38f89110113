package org.storyline.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.storyline.index.SearchFilters;
import org.storyline.index.UserQuery;

/**
 * A search as a request asks for it: {@code q}, {@code mode} (hybrid, keyword, semantic), the filters
 * {@code outlet}, {@code from}, {@code to} (ISO dates), {@code hashtag}, {@code language}, {@code entity}, and
 * {@code limit}/{@code offset}. What cannot be read is reported in {@code problem}, not thrown.
 *
 * <pre>{@code
 * /search?q=sputnik+raid&outlet=Reuters&from=2025-07-01&language=en
 * }</pre>
 *
 * @param problem what was wrong with the request, or null
 */
public record SearchRequest(String query, Mode mode, SearchFilters filters, int limit, int offset, String problem) {

    /** Longest query read; the rest is cut off. */
    public static final int MAX_QUERY = 500;
    /** Deepest result page served: fusion ranks candidates, not the whole archive. */
    public static final int MAX_OFFSET = 1000;

    /** Which rankings a search uses. */
    public enum Mode { HYBRID, KEYWORD, SEMANTIC }

    /** True when there is anything to search for: words or a filter. */
    public boolean isEmpty() {
        return query.isEmpty() && filters.isEmpty();
    }

    /** The request's search, with {@code limit} between 1 and {@code maxLimit} (default {@code defaultLimit}). */
    public static SearchRequest of(Context ctx, int defaultLimit, int maxLimit) {
        // Only spaces, controls, zero-width or replacement characters (bad UTF-8) mean no query, not a failure.
        String query = UserQuery.clean(ctx.queryParam("q"));
        if (!UserQuery.hasWords(query)) {
            query = "";
        }
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        StringBuilder problems = new StringBuilder();
        Mode mode = Mode.HYBRID;
        String modeText = param(ctx, "mode");
        if (modeText != null && !modeText.isBlank()) {
            try {
                mode = Mode.valueOf(modeText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.append("mode must be hybrid, keyword or semantic. ");
            }
        }
        LocalDate from = date(ctx, "from", problems);
        LocalDate to = date(ctx, "to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.append("to is before from. ");
        }
        int limit = number(ctx, "limit", defaultLimit, problems);
        int offset = number(ctx, "offset", 0, problems);
        SearchFilters filters = new SearchFilters(param(ctx, "outlet"), from, to, param(ctx, "hashtag"),
                param(ctx, "language"), param(ctx, "entity"));
        return new SearchRequest(query, mode, filters, Math.clamp(limit, 1, maxLimit), Math.clamp(offset, 0, MAX_OFFSET),
                problems.isEmpty() ? null : problems.toString().strip());
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.length() > MAX_QUERY ? value.substring(0, MAX_QUERY) : value;
    }

    private static LocalDate date(Context ctx, String name, StringBuilder problems) {
        String value = param(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.append(name).append(" must be a date like 2025-07-04. ");
            return null;
        }
    }

    private static int number(Context ctx, String name, int fallback, StringBuilder problems) {
        String value = param(ctx, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            problems.append(name).append(" must be a whole number. ");
            return fallback;
        }
    }
}
