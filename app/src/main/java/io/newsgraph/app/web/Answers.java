package io.newsgraph.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.newsgraph.app.Json;

/** How the API answers: JSON bodies, errors as {@code {"error": "..."}}. */
final class Answers {
    private Answers() {}

    static void json(Context ctx, JsonNode body) {
        ctx.contentType("application/json; charset=utf-8").result(Json.write(body));
    }

    static void error(Context ctx, int status, String message) {
        ctx.status(status);
        json(ctx, Json.object().put("error", message));
    }
}
