package io.newsgraph.app;

import io.newsgraph.app.web.ServerConfig;
import io.newsgraph.app.web.WebServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP until stopped: the JSON API under /api/v1/ (described at"
                + " /api/v1/openapi.json) and the web page at /.",
                "Listens on 127.0.0.1 unless --bind says otherwise; an address other machines can reach needs --token"
                        + " (or NEWSGRAPH_TOKEN), which POST requests must send as 'Authorization: Bearer TOKEN'."})
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Bearer token for POST requests (default: $NEWSGRAPH_TOKEN).")
    String token;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config;
        try {
            config = new ServerConfig(store.dir, bind, port, token != null ? token : System.getenv("NEWSGRAPH_TOKEN"),
                    ServerConfig.DEFAULT_MAX_BODY);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        WebServer server = WebServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("newsgraph: while stopping: " + e.getMessage());
            }
            stopped.countDown();
        }, "newsgraph-stop"));
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        err.println("newsgraph: serving " + store.dir + " on http://" + host + ":" + server.port() + "/ (Ctrl-C stops)");
        err.flush();
        stopped.await();
        return Main.OK;
    }
}
