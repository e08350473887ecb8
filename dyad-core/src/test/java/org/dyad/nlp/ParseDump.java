package org.dyad.nlp;

import org.dyad.model.*;
import java.nio.file.*;
import java.time.LocalDate;

/** Developer tool: prints the annotation of a text file's paragraphs (not a test). */
public final class ParseDump {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : null;
        Article a = new Article("x", null, args[0], null, null, date, text);
        long t0 = System.nanoTime();
        CoreNlpAnnotator ann = new CoreNlpAnnotator();
        long t1 = System.nanoTime();
        AnnotatedArticle aa = ann.annotate(a);
        long t2 = System.nanoTime();
        System.err.printf("load %.1fs annotate %.1fs%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        for (Sentence s : aa.sentences()) {
            System.out.println("## " + s.index() + " " + s.text());
            for (Token t : s.tokens()) {
                System.out.printf("%d\t%s\t%s\t%s\t%s\t%d\t%s%n", t.index(), t.word(), t.lemma(), t.pos(), t.ner(), t.head(), t.relation());
            }
            System.out.println("mentions " + s.mentions());
            System.out.println("times " + s.times());
        }
    }
}
