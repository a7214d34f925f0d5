package io.newsgraph.stories;

import java.nio.charset.StandardCharsets;

/**
 * 64-bit hashes that are the same in every JVM and run (String.hashCode is only 32 bits and
 * {@code HashMap} order must never decide a story): FNV-1a over UTF-8, then the SplitMix64 finaliser so
 * that close inputs land far apart.
 */
final class StableHash {
    private StableHash() {}

    static long of(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: a bijection on longs with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
