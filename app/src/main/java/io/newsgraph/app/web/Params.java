package io.newsgraph.app.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query parameters turned into typed values once, at the edge; a bad value is a 400 that names the parameter. */
final class Params {
    private Params() {}

    /** The parameter's value, stripped; null when absent or blank. */
    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > 1000) throw ApiException.badRequest(name + ": longer than 1000 characters");
        return v.strip();
    }

    static String required(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) throw ApiException.badRequest(name + ": required");
        return v;
    }

    /** An ISO date (yyyy-MM-dd), or null when absent. */
    static String date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) return null;
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": not a date (want yyyy-MM-dd): " + v);
        }
    }

    /** A count between 1 and {@code max}; {@code fallback} when absent. */
    static int limit(Context ctx, int fallback, int max) {
        String v = text(ctx, "limit");
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("limit: want a whole number from 1 to " + max + ", not " + v);
    }

    /** A stored article's id from the path; an id that cannot exist is simply not found. */
    static long articleId(Context ctx) {
        String v = ctx.pathParam("id");
        try {
            long id = Long.parseLong(v);
            if (id > 0) return id;
        } catch (NumberFormatException e) {
            // not found below
        }
        throw ApiException.notFound("no article " + v);
    }
}
