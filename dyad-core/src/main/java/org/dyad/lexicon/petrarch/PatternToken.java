package org.dyad.lexicon.petrarch;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One element of a verb pattern or synset member, as PETRARCH 2 (CAMEO 2.0 format) reads it.
 * {@link #raw()} gives the element back as written, so joining the tokens of a pattern with
 * spaces gives its text with whitespace normalised.
 */
public sealed interface PatternToken {

    String raw();

    /** A literal word, or words joined by {@code _} ({@code REAL_PLEASANT}). */
    record Word(String raw) implements PatternToken {
        public Word {
            Objects.requireNonNull(raw, "raw");
        }

        public String text() {
            return new Phrase(raw).text();
        }
    }

    /** {@code &NAME}: any member of the synset so named (without the {@code &}). */
    record SynsetRef(String name) implements PatternToken {
        public SynsetRef {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String raw() {
            return "&" + name;
        }
    }

    /** {@code *}: where the verb stands; what is written before it precedes the verb, the rest follows. */
    record Verb() implements PatternToken {
        @Override
        public String raw() {
            return "*";
        }
    }

    /** {@code $}: the source actor. */
    record Source() implements PatternToken {
        @Override
        public String raw() {
            return "$";
        }
    }

    /** {@code +}: the target actor. */
    record Target() implements PatternToken {
        @Override
        public String raw() {
            return "+";
        }
    }

    /** {@code %}: a compound actor that is both source and target (its members act on each other). */
    record Compound() implements PatternToken {
        @Override
        public String raw() {
            return "%";
        }
    }

    /** {@code ^}: TABARI's skip, a place where the phrase standing there is passed over. */
    record Skip() implements PatternToken {
        @Override
        public String raw() {
            return "^";
        }
    }

    /**
     * {@code {...}}: a noun phrase, in PETRARCH 2 matched as one phrase whose last word is its head
     * ({@code {DIPLOMATIC TIES}}, {@code {&TIETYPES RELATIONS}}).
     */
    record NounPhrase(List<PatternToken> tokens) implements PatternToken {
        public NounPhrase {
            tokens = List.copyOf(tokens);
        }

        @Override
        public String raw() {
            return "{" + join(tokens) + "}";
        }
    }

    /**
     * {@code (...)}: a prepositional phrase, the preposition first ({@code (TO PEACE)},
     * {@code (FROM $)}); it may be the preposition alone ({@code (WITH)}).
     */
    record PrepositionalPhrase(List<PatternToken> tokens) implements PatternToken {
        public PrepositionalPhrase {
            tokens = List.copyOf(tokens);
        }

        @Override
        public String raw() {
            return "(" + join(tokens) + ")";
        }
    }

    /** The tokens written back with single spaces. */
    static String join(List<PatternToken> tokens) {
        return tokens.stream().map(PatternToken::raw).collect(Collectors.joining(" "));
    }
}
