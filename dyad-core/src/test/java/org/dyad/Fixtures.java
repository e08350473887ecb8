package org.dyad;

import org.dyad.model.Sentence;
import org.dyad.nlp.ConllU;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Sentences parsed once by CoreNLP and stored as CoNLL-U, so logic tests need no model. */
public final class Fixtures {

    private Fixtures() {
    }

    public static List<Sentence> conllu(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/conllu/" + name)) {
            return ConllU.parseAll(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture sentence whose text starts with the given words. */
    public static Sentence sentence(String file, String start) {
        return conllu(file).stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fixture sentence starts with " + start));
    }
}
