package org.dyad.eval;

import org.dyad.lexicon.petrarch.PetrarchDictionaries;
import org.dyad.nlp.Annotator;
import org.dyad.pipeline.Lexicons;
import org.dyad.pipeline.PetrarchLexicons;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** PETRARCH's unit-test records and dictionaries, read from ../shared beside the checkout. */
public final class PetrarchSuite {

    public static final Path DIR = locate();
    public static final Path UDPIPE = DIR.resolve("PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml");

    private PetrarchSuite() {
    }

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("../shared/third_party/petrarch").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("../shared/third_party/petrarch not found beside the checkout: the PETRARCH suite tests read it from there");
    }

    public static Lexicons lexicons() {
        return PetrarchLexicons.from(PetrarchDictionaries.load(DIR), Lexicons.bundled(), new ArrayList<>());
    }

    /** Scores every record of a file with the pipeline the function builds from the records. */
    public static Scorer score(Path file, Function<List<ValidationRecord>, Annotator> annotator) throws Exception {
        List<ValidationRecord> records = ValidationFile.read(file);
        RecordCoder coder = new RecordCoder(annotator.apply(records), lexicons(), file.toString());
        Scorer scorer = new Scorer();
        for (ValidationRecord r : records) {
            scorer.score(r, Evaluation.keys(coder.code(r)));
        }
        return scorer;
    }
}
