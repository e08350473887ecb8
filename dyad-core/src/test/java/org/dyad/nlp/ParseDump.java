package org.dyad.nlp;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Sentence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Developer tool, not a test: prints CoreNLP's annotation of a text file as CoNLL-U, to make fixtures. */
public final class ParseDump {

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : null;
        AnnotatedArticle annotated = new CoreNlpAnnotator().annotate(new Article("dump", null, args[0], null, null, date, text));
        for (Sentence s : annotated.sentences()) {
            System.out.println(ConllU.write(s));
        }
    }
}
