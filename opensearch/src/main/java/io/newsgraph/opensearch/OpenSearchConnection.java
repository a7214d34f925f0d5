package io.newsgraph.opensearch;

import io.newsgraph.store.StoreException;
import java.io.IOException;
import java.net.URI;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * A client for one index on one OpenSearch server (Apache HttpClient 5 transport, Jackson for JSON).
 * Creates the index with its explicit mapping on first use. Close it to release the HTTP connections.
 */
public final class OpenSearchConnection implements AutoCloseable {
    private final URI url;
    private final String index;
    private final OpenSearchTransport transport;
    private final OpenSearchClient client;

    private OpenSearchConnection(URI url, String index, OpenSearchTransport transport) {
        this.url = url;
        this.index = index;
        this.transport = transport;
        this.client = new OpenSearchClient(transport);
    }

    /**
     * Connects to the server at {@code url} (such as {@code http://localhost:9200}) and makes sure
     * {@code index} exists, creating it from {@code article-index.json} if not.
     */
    public static OpenSearchConnection open(URI url, String index) throws StoreException {
        if (url.getScheme() == null || url.getHost() == null) {
            throw new IllegalArgumentException("not a server URL (want http://HOST:PORT): " + url);
        }
        HttpHost host = new HttpHost(url.getScheme(), url.getHost(), url.getPort() < 0 ? 9200 : url.getPort());
        OpenSearchTransport transport = ApacheHttpClient5TransportBuilder.builder(host).setMapper(new JacksonJsonpMapper()).build();
        OpenSearchConnection c = new OpenSearchConnection(url, index, transport);
        try {
            IndexDefinition.ensureExists(c.client, index);
            return c;
        } catch (IOException | RuntimeException e) {
            c.closeQuietly();
            throw c.failure("cannot open index " + index, e);
        }
    }

    OpenSearchClient client() {
        return client;
    }

    String index() {
        return index;
    }

    /** A store error that names the server, what failed and the likely fix. */
    StoreException failure(String what, Exception e) {
        String hint = e instanceof IOException ? " (is OpenSearch running at " + url + "?)" : "";
        return new StoreException("OpenSearch at " + url + ": " + what + ": " + e.getMessage() + hint, e);
    }

    @Override
    public void close() throws StoreException {
        try {
            transport.close();
        } catch (IOException e) {
            throw failure("cannot close the connection", e);
        }
    }

    private void closeQuietly() {
        try {
            transport.close();
        } catch (IOException ignored) {
            // already failing with the more useful error
        }
    }
}
