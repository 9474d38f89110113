package org.storyline.web;

import io.javalin.http.HttpStatus;

/**
 * A request the API refuses, with the status and the message the client gets as
 * {@code {"error": message, "status": code}}; thrown by handlers, turned into a response by {@link ApiErrors}.
 */
public final class ApiProblem extends RuntimeException {

    private final HttpStatus status;

    public ApiProblem(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    static ApiProblem badRequest(String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, message);
    }

    static ApiProblem notFound(String what) {
        return new ApiProblem(HttpStatus.NOT_FOUND, what + " not found");
    }
}
