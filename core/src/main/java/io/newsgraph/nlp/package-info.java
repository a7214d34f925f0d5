/**
 * Sentences, tokens, part-of-speech tags and name chunks over an article body, backed by Apache OpenNLP's
 * English models (loaded from the classpath jars, never downloaded). Everything here keeps character
 * offsets into the text it was given, so later stages can point back into {@code Article.text}.
 * Must not import {@code quotes}, {@code entities} or {@code store}.
 */
package io.newsgraph.nlp;
