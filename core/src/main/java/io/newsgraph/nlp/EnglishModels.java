package io.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Properties;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models, read once from the {@code opennlp-models-*-en} jars on the classpath.
 * Models are immutable and thread-safe; the ME classes built on them are not, see {@link TextAnalyzer}.
 * Each model jar holds a {@code model.properties} naming its model file, so the version in the file name
 * never appears here and upgrading the jars needs no code change.
 */
final class EnglishModels {

    private EnglishModels() {
    }

    // Holder classes: each model loads on first use only, and class initialisation makes that thread-safe.
    private static final class Sentences {
        static final SentenceModel MODEL = load("-sentence-", "opennlp-models-sentdetect-en", SentenceModel::new);
    }

    private static final class Tokens {
        static final TokenizerModel MODEL = load("-tokens-", "opennlp-models-tokenizer-en", TokenizerModel::new);
    }

    private static final class Tags {
        static final POSModel MODEL = load("-pos-", "opennlp-models-pos-en", POSModel::new);
    }

    static SentenceModel sentences() {
        return Sentences.MODEL;
    }

    static TokenizerModel tokens() {
        return Tokens.MODEL;
    }

    static POSModel tags() {
        return Tags.MODEL;
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String marker, String artifact, Reader<T> reader) {
        ClassLoader loader = EnglishModels.class.getClassLoader();
        try {
            Enumeration<URL> props = loader.getResources("model.properties");
            while (props.hasMoreElements()) {
                Properties p = new Properties();
                try (InputStream in = props.nextElement().openStream()) {
                    p.load(in);
                }
                String name = p.getProperty("model.name", "");
                if (name.contains(marker) && "en".equals(p.getProperty("model.language"))) {
                    try (InputStream model = loader.getResourceAsStream(name)) {
                        if (model != null) return reader.read(model);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("nlp: could not read the OpenNLP model " + artifact, e);
        }
        throw new IllegalStateException("nlp: no OpenNLP English model '" + marker + "' on the classpath; add "
                + "org.apache.opennlp:" + artifact + " to the dependencies");
    }
}
