package io.newsgraph.entities;

/** What a mention or an entity names. */
public enum EntityType {
    PERSON, ORG, LOC
}
