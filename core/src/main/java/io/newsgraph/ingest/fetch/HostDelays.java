package io.newsgraph.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps requests to one host at least {@code delay} apart: each request reserves the host's next slot
 * and sleeps until it. Thread-safe; the sleep happens outside the lock, so other hosts are not held up.
 */
final class HostDelays {
    private final long delayNanos;
    private final Map<String, Long> nextSlot = new HashMap<>();

    HostDelays(Duration delay) {
        this.delayNanos = delay.toNanos();
    }

    void await(URI url) throws InterruptedException {
        if (delayNanos == 0) return;
        String host = url.getHost() + ":" + url.getPort();
        long now = System.nanoTime();
        long at;
        synchronized (this) {
            at = Math.max(now, nextSlot.getOrDefault(host, now));
            nextSlot.put(host, at + delayNanos);
        }
        long wait = at - now;
        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
}
