package io.newsgraph.app;

import io.newsgraph.opensearch.OpenSearchConnection;
import io.newsgraph.store.StoreException;
import java.net.URI;
import picocli.CommandLine.Option;

/** The --opensearch and --index options of the commands that can use an OpenSearch server. */
final class OpenSearchOptions {
    @Option(names = "--opensearch", paramLabel = "URL", description = "OpenSearch server, such as http://localhost:9200.")
    URI url;

    @Option(names = "--index", paramLabel = "NAME", defaultValue = "newsgraph-articles",
            description = "OpenSearch index (default: ${DEFAULT-VALUE}).")
    String index;

    boolean given() {
        return url != null;
    }

    OpenSearchConnection connect() throws StoreException {
        return OpenSearchConnection.open(url, index);
    }
}
