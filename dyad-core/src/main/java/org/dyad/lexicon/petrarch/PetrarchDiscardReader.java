package org.dyad.lexicon.petrarch;

import java.util.ArrayList;
import java.util.List;

/** Reads a PETRARCH discard dictionary: one phrase a line, {@code +} first for a story-level discard. */
final class PetrarchDiscardReader {

    private PetrarchDiscardReader() {
    }

    static PetrarchDiscards read(String file, String content, Problems problems) {
        List<Discard> discards = new ArrayList<>();
        for (DictionaryLines.Line line : DictionaryLines.of(content, problems)) {
            boolean wholeStory = line.text().startsWith("+");
            String phrase = wholeStory ? line.text().substring(1).strip() : line.text();
            if (phrase.isEmpty()) {
                problems.at(line.number(), "'+' without a phrase: write the phrase after it");
            } else {
                discards.add(new Discard(new Phrase(phrase), wholeStory, line.number()));
            }
        }
        return new PetrarchDiscards(file, discards);
    }
}
