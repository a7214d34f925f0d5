package io.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageReaderTest {
    @TempDir Path dir;
    private final PageReader reader = new PageReader();

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] gzip(byte[] plain) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(plain);
        }
        return out.toByteArray();
    }

    @Test
    void emptyFileIsRefusedWithReason() throws Exception {
        Path f = write("empty.html", new byte[0]);
        assertThatThrownBy(() -> reader.read(f, "empty.html")).hasMessage("empty file");
    }

    @Test
    void whitespaceOnlyFileIsRefused() throws Exception {
        Path f = write("blank.txt", " \n\n\t ".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> reader.read(f, "blank.txt")).hasMessageContaining("no text");
    }

    @Test
    void binaryFilesAreRefusedWhateverTheirName() throws Exception {
        byte[] png = new byte[2048];
        png[0] = (byte) 0x89; png[1] = 'P'; png[2] = 'N'; png[3] = 'G';
        Path f = write("photo.html", png);
        assertThatThrownBy(() -> reader.read(f, "photo.html")).hasMessageContaining("binary file (PNG)");

        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        noise[0] = 'x';
        Path g = write("noise.txt", noise);
        assertThatThrownBy(() -> reader.read(g, "noise.txt")).hasMessageContaining("binary file");
    }

    @Test
    void gzipIsReadByContentAndTruncatedGzipIsReported() throws Exception {
        byte[] html = "<html><head><title>T</title></head><body><p>Hello world.</p></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] gz = gzip(html);
        Page page = reader.read(write("page.bin", gz), "page.bin");
        assertThat(page.type()).isEqualTo(PageType.HTML);
        assertThat(page.text()).contains("Hello world.");

        Path cut = write("cut.html.gz", Arrays.copyOf(gz, gz.length / 2));
        assertThatThrownBy(() -> reader.read(cut, "cut.html.gz")).hasMessageContaining("truncated gzip");
    }

    @Test
    void hugeFileIsRefusedWithoutReadingIt() throws Exception {
        Path f = dir.resolve("huge.html");
        try (var raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024); // sparse: costs no disk
        }
        assertThatThrownBy(() -> reader.read(f, "huge.html")).hasMessageContaining("too large");
    }

    @Test
    void typeComesFromContentNotExtension() throws Exception {
        Page html = reader.read(write("a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>".getBytes(StandardCharsets.UTF_8)), "a.txt");
        assertThat(html.type()).isEqualTo(PageType.HTML);
        Page text = reader.read(write("b.html", "Headline\n\nA paragraph of text, with words.\n".getBytes(StandardCharsets.UTF_8)), "b.html");
        assertThat(text.type()).isEqualTo(PageType.TEXT);
    }

    @Test
    void charsetFromBomMetaOrDetection() throws Exception {
        String words = "Ziyad al-Nakhalah’s café — déjà vu";
        // UTF-8 with a BOM
        byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = words.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(reader.read(write("bom.txt", withBom), "bom.txt").text()).isEqualTo(words);
        // declared windows-1251 in a meta tag
        Charset cp1251 = Charset.forName("windows-1251");
        String russian = "<html><head><meta charset=\"windows-1251\"></head><body><p>Москва сегодня</p></body></html>";
        assertThat(reader.read(write("ru.html", russian.getBytes(cp1251)), "ru.html").text()).contains("Москва сегодня");
        // undeclared windows-1252 bytes: not valid UTF-8, so detected
        String french = "Le président a déclaré à la presse que l’économie était forte. " .repeat(5);
        assertThat(reader.read(write("fr.txt", french.getBytes(Charset.forName("windows-1252"))), "fr.txt").text())
                .contains("président a déclaré");
        // wrongly declared: says ISO-8859-1 but the bytes are UTF-8
        String mislabelled = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + words + "</p></body></html>";
        assertThat(reader.read(write("mis.html", mislabelled.getBytes(StandardCharsets.UTF_8)), "mis.html").text()).contains(words);
    }

    @Test
    void sameBytesSameHashWhateverTheName() throws Exception {
        byte[] b = "Some page text.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(write("one.txt", b), "one.txt").contentHash())
                .isEqualTo(reader.read(write("two.txt", b), "two.txt").contentHash())
                .hasSize(64);
    }
}
