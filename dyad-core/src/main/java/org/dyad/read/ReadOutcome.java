package org.dyad.read;

import java.util.Objects;
import org.dyad.model.Article;

/** What reading one input gave: an article, or a one-line problem naming the input and the fix. */
public sealed interface ReadOutcome {

    /** An article read from its input. */
    record Read(Article article) implements ReadOutcome {
        public Read {
            Objects.requireNonNull(article, "article");
        }
    }

    /**
     * An input, or one record of it ("feed.jsonl:7"), that gave no article, with what is wrong and
     * what to do, in one line: "binary data, not text: give a text, HTML, JSON Lines, PETRARCH XML or WARC file".
     */
    record Unreadable(String input, String problem) implements ReadOutcome {
        public Unreadable {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(problem, "problem");
            // One line, whatever a parser's message held: the CLI prints it as "input: problem".
            problem = problem.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        }
    }
}
