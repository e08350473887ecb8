package org.dyad.lexicon.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.lexicon.petrarch.DictionaryLines.Line;
import org.junit.jupiter.api.Test;

class DictionaryLinesTest {

    @Test
    void of_commentsAndBlankLines_areDroppedAndNumbersKept() {
        Problems problems = new Problems("x.txt");

        List<Line> lines = DictionaryLines.of("""
                # a comment
                ONE   # trailing
                \t
                  <!-- a block
                  TWO
                -->
                THREE [###]#after
                """, problems);

        assertThat(lines).containsExactly(new Line(2, "ONE"), new Line(7, "THREE [###]"));
        assertThat(problems.lines()).isEmpty();
    }

    @Test
    void of_unclosedBlockOrTextAfterIt_isReported() {
        Problems problems = new Problems("x.txt");

        List<Line> lines = DictionaryLines.of("<!-- x --> ONE\nTWO\n<!-- never closed\nTHREE\n", problems);

        assertThat(lines).containsExactly(new Line(2, "TWO"));
        assertThat(problems.lines()).containsExactly(
                "x.txt:1: text after '-->' on the same line is ignored: put it on a line of its own",
                "x.txt:3: comment opened with '<!' is never closed with '-->': the rest of the file is skipped");
    }
}
