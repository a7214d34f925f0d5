/**
 * Mentions of persons, organizations and places in an article, name keys that survive transliteration
 * and spelling, and cross-document resolution of mentions into entities. {@link
 * io.newsgraph.entities.MentionFinder} is a pure function of one article (it runs in the worker pool like
 * extraction); {@link io.newsgraph.entities.EntityResolver} is the cross-document stage, incremental and
 * in memory, for the store to drive. May import {@code extract} and {@code nlp}; must not import
 * {@code quotes} or {@code store}.
 */
package io.newsgraph.entities;
