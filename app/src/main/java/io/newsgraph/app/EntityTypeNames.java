package io.newsgraph.app;

import io.newsgraph.entities.EntityType;
import java.util.Locale;

/** The names users read and type for entity types ("person", "org", "place"), for the CLI and the web API alike. */
public final class EntityTypeNames {
    private EntityTypeNames() {}

    public static String name(EntityType t) {
        return switch (t) {
            case PERSON -> "person";
            case ORG -> "org";
            case LOC -> "place";
        };
    }

    /** The type a user means, accepting common synonyms; null when the word names no type. */
    public static EntityType parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "person", "per" -> EntityType.PERSON;
            case "org", "organization", "organisation" -> EntityType.ORG;
            case "place", "loc", "location" -> EntityType.LOC;
            default -> null;
        };
    }
}
