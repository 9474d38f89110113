package org.storyline.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * One route of the JSON API with what the OpenAPI document says about it: the route table is the single
 * source of both, so the document cannot list a path the app does not answer, nor miss one it does.
 *
 * <pre>{@code
 * new ApiRoute(HandlerType.GET, "/api/entities/{id}", "An entity", List.of(ApiRoute.Param.path("id", "Entity id")),
 *         false, "Entity", ctx -> ...)
 * }</pre>
 *
 * @param method   HTTP method
 * @param path     Javalin path, {@code {name}} for path parameters (the same syntax as OpenAPI)
 * @param summary  one line for the document
 * @param params   path and query parameters
 * @param writes   true when the route needs an API token ({@code Authorization: Bearer})
 * @param response the schema name of a successful response in {@link OpenApi}, or null for no body
 * @param handler  what answers
 */
public record ApiRoute(HandlerType method, String path, String summary, List<Param> params, boolean writes,
                       String response, Handler handler) {

    public ApiRoute {
        params = List.copyOf(params);
    }

    /**
     * A parameter.
     *
     * @param in       "path" or "query"
     * @param type     JSON schema type: string, integer
     * @param format   JSON schema format (date), or null
     */
    public record Param(String name, String in, String type, String format, String description, boolean required) {

        public static Param path(String name, String description) {
            return new Param(name, "path", "string", null, description, true);
        }

        public static Param query(String name, String description) {
            return new Param(name, "query", "string", null, description, false);
        }

        public static Param date(String name, String description) {
            return new Param(name, "query", "string", "date", description, false);
        }

        public static Param integer(String name, String description) {
            return new Param(name, "query", "integer", null, description, false);
        }
    }
}
