package io.newsgraph.app;

import io.newsgraph.opensearch.OpenSearchConnection;
import io.newsgraph.store.StoreException;
import java.net.URI;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

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

    /** Rejects a URL without http(s) and a host as a usage error, before anything connects. */
    void check(CommandSpec spec) {
        if (url == null) return;
        if (url.getHost() == null || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
            throw new ParameterException(spec.commandLine(), "--opensearch: not a server URL (want http://HOST:PORT): " + url);
        }
    }

    OpenSearchConnection connect() throws StoreException {
        return OpenSearchConnection.open(url, index);
    }
}
