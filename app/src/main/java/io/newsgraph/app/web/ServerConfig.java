package io.newsgraph.app.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * How to run the server (immutable).
 *
 * @param storeDir     the store folder
 * @param bind         the address to listen on
 * @param port         the port; 0 for any free one
 * @param token        the bearer token POST requests must carry, or null for none (allowed on loopback only)
 * @param maxBodyBytes the largest request body accepted (413 above)
 */
public record ServerConfig(Path storeDir, String bind, int port, String token, long maxBodyBytes) {
    /** The same limit as ingest's for files ({@code PageReader.DEFAULT_MAX_BYTES}). */
    public static final long DEFAULT_MAX_BODY = io.newsgraph.ingest.PageReader.DEFAULT_MAX_BYTES;

    public ServerConfig {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535, not " + port);
        if (token != null && token.isBlank()) token = null;
        // Anyone who reaches a non-loopback address could write to the store: such a server must demand a token.
        if (token == null && !isLoopback(bind)) {
            throw new IllegalArgumentException("--bind " + bind + " is reachable from other machines: give --token TOKEN"
                    + " (or set NEWSGRAPH_TOKEN) so that POST requests need 'Authorization: Bearer TOKEN'");
        }
    }

    /** True when {@code host} names a loopback address only (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) {
                if (!a.isLoopbackAddress()) return false;
            }
            return true;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: unknown host " + host, e);
        }
    }
}
