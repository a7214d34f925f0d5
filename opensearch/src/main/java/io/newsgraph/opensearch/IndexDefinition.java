package io.newsgraph.opensearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * The index's settings and explicit mapping, kept in {@code article-index.json} as the server reads them.
 * The analyzer splits on what is not a letter, digit or mark, lowercases and folds to ASCII: the same
 * words, ignoring case and diacritics, as the embedded store's FTS5 {@code unicode61 remove_diacritics}
 * tokenizer. {@code dynamic: strict} makes a document with an unmapped field fail instead of growing the
 * mapping silently.
 */
final class IndexDefinition {
    private IndexDefinition() {}

    static void ensureExists(OpenSearchClient client, String index) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) return;
        try (Response r = client.generic().execute(Requests.builder().method("PUT").endpoint("/" + index).json(json()).build())) {
            String body = r.getBody().map(b -> b.bodyAsString()).orElse("");
            // another loader may have created it between the two calls
            if (r.getStatus() >= 300 && !body.contains("resource_already_exists_exception")) {
                throw new IOException("creating the index failed with HTTP " + r.getStatus() + ": " + body);
            }
        }
    }

    private static String json() {
        try (InputStream in = IndexDefinition.class.getResourceAsStream("article-index.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("article-index.json missing from the jar", e);
        }
    }
}
