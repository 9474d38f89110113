package org.storyline.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Limit/offset paging for API listings: {@code limit} 1–{@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}),
 * {@code offset} from 0; a listing is {@code {"items": [...], "limit": 20, "offset": 0, "next": URL|null}},
 * where {@code next} is the absolute address of the following page, present only when there is one.
 *
 * <pre>{@code
 * Paging paging = Paging.of(ctx);
 * List<Story> page = store.stories(paging.limit() + 1, paging.offset());   // one more tells if more follow
 * ctx.json(paging.listing(ctx, page, this::json));
 * }</pre>
 */
record Paging(int limit, int offset) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 1_000_000;

    /** The request's paging; a value that is not a number, or out of range, is a 400. */
    static Paging of(Context ctx) {
        return new Paging(number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT), number(ctx, "offset", 0, 0, MAX_OFFSET));
    }

    /** The listing of {@code fetched} (up to limit + 1 items: the extra one only says that more follow). */
    <T> Map<String, Object> listing(Context ctx, List<T> fetched, BiFunction<Context, T, Object> json) {
        boolean more = fetched.size() > limit;
        List<Object> items = fetched.stream().limit(limit).map(item -> json.apply(ctx, item)).toList();
        return listing(ctx, items, more);
    }

    /** The listing of items already shaped, with {@code more} known by the caller. */
    Map<String, Object> listing(Context ctx, List<?> items, boolean more) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", items);
        out.put("limit", limit);
        out.put("offset", offset);
        out.put("next", more ? next(ctx) : null);
        return out;
    }

    private String next(Context ctx) {
        Map<String, List<String>> params = new TreeMap<>(ctx.queryParamMap());
        params.put("offset", List.of(String.valueOf(offset + limit)));
        params.put("limit", List.of(String.valueOf(limit)));
        StringBuilder query = new StringBuilder();
        params.forEach((name, values) -> values.forEach(v -> query.append(query.isEmpty() ? "?" : "&")
                .append(encode(name)).append('=').append(encode(v))));
        return Links.origin(ctx) + ctx.path() + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int number(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw ApiProblem.badRequest(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " must be a whole number");
        }
    }
}
