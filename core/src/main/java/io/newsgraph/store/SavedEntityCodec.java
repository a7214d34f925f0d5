package io.newsgraph.store;

import io.newsgraph.entities.EntityType;
import io.newsgraph.entities.SavedEntity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stored form of a {@link SavedEntity}: a compact binary record. A new process reads every saved
 * entity before it resolves anything, so this is on the start-up path of each ingest; JSON was about
 * five times slower to read and twice the size. Strings are length-prefixed UTF-8; collections are
 * written in the order they iterate, which restoring does not depend on (it sorts what it needs).
 */
final class SavedEntityCodec {
    /** Bumped when the layout changes; a stored record of another version is refused, not misread. */
    private static final byte VERSION = 1;

    private SavedEntityCodec() {}

    static byte[] encode(SavedEntity e) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(e.id());
            out.writeByte(e.type().ordinal());
            out.writeInt(e.mergedInto());
            writeCounts(out, e.variants());
            writeCounts(out, e.referents());
            writeStrings(out, e.givens());
            writeStrings(out, e.surnames());
            writeStrings(out, e.strongKeys());
            writeStrings(out, e.weakKeys());
            writeStrings(out, e.acronyms());
            writeCounts(out, e.context());
            writeStrings(out, e.blockKeys());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    static SavedEntity decode(byte[] data) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
        byte version = in.readByte();
        if (version != VERSION) throw new IOException("saved entity of layout " + version + ", expected " + VERSION);
        int id = in.readInt();
        EntityType type = EntityType.values()[in.readByte()];
        int mergedInto = in.readInt();
        return new SavedEntity(id, type, mergedInto, readCounts(in), readCounts(in), readSet(in), readSet(in),
                readSet(in), readSet(in), readSet(in), readCounts(in), readList(in));
    }

    private static void writeCounts(DataOutputStream out, Map<String, Integer> counts) throws IOException {
        out.writeInt(counts.size());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            writeString(out, e.getKey());
            out.writeInt(e.getValue());
        }
    }

    private static void writeStrings(DataOutputStream out, Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) writeString(out, s);
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static Map<String, Integer> readCounts(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Integer> out = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) out.put(readString(in), in.readInt());
        return out;
    }

    private static Set<String> readSet(DataInputStream in) throws IOException {
        return new HashSet<>(readList(in));
    }

    private static List<String> readList(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(readString(in));
        return out;
    }

    private static String readString(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }
}
