package io.newsgraph.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * The index's settings and explicit mapping, kept in {@code article-index.json} as the server reads them.
 * The analyzer splits on what is not a letter, digit or mark, lowercases and folds to ASCII: the same
 * words, ignoring case and diacritics, as the embedded store's FTS5 {@code unicode61 remove_diacritics}
 * tokenizer. {@code dynamic: strict} makes a document with an unmapped field fail instead of growing the
 * mapping silently. The mapping's {@code _meta.newsgraph_index_version} names its version; an index made
 * with another one is refused rather than searched with the wrong analysis.
 */
final class IndexDefinition {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION_KEY = "newsgraph_index_version";

    private IndexDefinition() {}

    static void ensureExists(OpenSearchClient client, String index) throws IOException {
        String definition = definition();
        int version = JSON.readTree(definition).path("mappings").path("_meta").path(VERSION_KEY).asInt();
        if (client.indices().exists(e -> e.index(index)).value()) {
            int found = existingVersion(client, index);
            if (found != version) {
                throw new IOException("index " + index + " has mapping version " + found + " but this newsgraph writes version "
                        + version + ": delete the index (DELETE /" + index + ") or choose another --index, then run 'index' again");
            }
            return;
        }
        try (Response r = send(client, "PUT", "/" + index, definition)) {
            String body = r.getBody().map(Body::bodyAsString).orElse("");
            // another loader may have created it between the two calls
            if (r.getStatus() >= 300 && !body.contains("resource_already_exists_exception")) {
                throw new IOException("creating the index failed with HTTP " + r.getStatus() + ": " + body);
            }
        }
    }

    /** The version in the index's mapping; 0 when it has none (not made by newsgraph). */
    private static int existingVersion(OpenSearchClient client, String index) throws IOException {
        try (Response r = send(client, "GET", "/" + index + "/_mapping", null)) {
            String body = r.getBody().map(Body::bodyAsString).orElse("{}");
            if (r.getStatus() >= 300) throw new IOException("reading the mapping failed with HTTP " + r.getStatus() + ": " + body);
            // the response is keyed by the concrete index name, which differs from the one asked for behind an alias
            JsonNode mappings = JSON.readTree(body).elements().next().path("mappings");
            return mappings.path("_meta").path(VERSION_KEY).asInt(0);
        }
    }

    private static Response send(OpenSearchClient client, String method, String endpoint, String json) throws IOException {
        var request = Requests.builder().method(method).endpoint(endpoint);
        if (json != null) request.json(json);
        return client.generic().execute(request.build());
    }

    private static String definition() {
        try (InputStream in = IndexDefinition.class.getResourceAsStream("article-index.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("article-index.json missing from the jar", e);
        }
    }
}
