package org.dyad.lexicon.petrarch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One file's problems. Some are found only once the file is read (a synset used but never
 * defined), so {@link #lines()} sorts them by line: a user fixes a file from the top down.
 */
final class Problems {

    private record Problem(int line, String text) {
    }

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void at(int line, String message) {
        found.add(new Problem(line, file + ":" + line + ": " + message));
    }

    void ofFile(String message) {
        found.add(new Problem(0, file + ": " + message));
    }

    /** Each problem as {@code file:line: message}, or {@code file: message} for the whole file, by line. */
    List<String> lines() {
        return found.stream().sorted(Comparator.comparingInt(Problem::line)).map(Problem::text).toList();
    }
}
