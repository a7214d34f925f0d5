package io.newsgraph.stories;

import io.newsgraph.stories.SentenceEncoder.SentenceVector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The saved form of {@link ArticleFeatures}: exact, so a clusterer restored from it decides as the one that
 * computed it, and tagged with the encoder's name, so vectors of two encoders are never compared.
 */
final class FeaturesCodec {
    private static final int VERSION = 1;

    private FeaturesCodec() {}

    static byte[] encode(ArticleFeatures f, SentenceEncoder encoder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + 64 * f.statements().size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(encoder.name());
            out.writeUTF(f.id());
            out.writeLong(f.day());
            writeInts(out, f.text().shingles());
            writeInts(out, f.text().words());
            out.writeInt(f.entities().size());
            for (String e : f.entities()) out.writeUTF(e);
            out.writeInt(f.statements().size());
            for (SentenceVector v : f.statements()) v.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** @throws IllegalArgumentException when the bytes are not features, or were encoded by another encoder */
    static ArticleFeatures decode(byte[] saved, SentenceEncoder encoder) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) throw new IllegalArgumentException("saved story features of version " + version + ", expected " + VERSION);
            String name = in.readUTF();
            if (!name.equals(encoder.name())) {
                throw new IllegalArgumentException("saved story features were encoded by " + name + ", not " + encoder.name());
            }
            String id = in.readUTF();
            long day = in.readLong();
            TextFeatures text = new TextFeatures(readInts(in), readInts(in));
            List<String> entities = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) entities.add(in.readUTF());
            List<SentenceVector> statements = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) statements.add(encoder.read(in));
            return new ArticleFeatures(id, day, text, List.copyOf(entities), List.copyOf(statements));
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated story features: " + e.getMessage(), e);
        }
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        out.writeShort(values.length);
        for (int v : values) out.writeInt(v);
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] values = new int[in.readUnsignedShort()];
        for (int i = 0; i < values.length; i++) values[i] = in.readInt();
        return values;
    }
}
