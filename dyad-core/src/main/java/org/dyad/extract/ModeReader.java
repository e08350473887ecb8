package org.dyad.extract;

import org.dyad.lexicon.Cues;

import org.dyad.model.Mode;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Reads the mode of a predicate from its auxiliaries, negation, markers and the verbs that control
 * it. Negation outranks hypothesis, which outranks future: "will not accept" is negated, "would
 * attack if" hypothetical, "are expected to discuss" future.
 */
final class ModeReader {

    private final Cues cues;

    ModeReader(Cues cues) {
        this.cues = cues;
    }

    /** Whether a clause is what a reporting verb reports, with no condition ("if", "unless") of its own. */
    private boolean reportedWithoutCondition(Sentence s, Token clause) {
        Token node = clause;
        while (node != null && (node.relation().equals("conj") || node.relation().equals("xcomp"))) {
            node = Syntax.parent(s, node);
        }
        if (node == null || !node.relation().equals("ccomp") || node.head() < 0
                || !cues.is(Cues.Kind.REPORTING, s.token(node.head()).lemma())) {
            return false;
        }
        for (Token c : s.children(clause.index())) {
            if (c.relation().equals("advcl") && s.children(c.index(), "mark").stream()
                    .anyMatch(m -> cues.is(Cues.Kind.HYPOTHETICAL, m.lemma()))) {
                return false;
            }
        }
        return true;
    }

    Mode read(Sentence s, Token predicate) {
        boolean negated = false;
        boolean hypothetical = false;
        boolean future = false;
        Token node = predicate;
        boolean own = true;
        while (node != null) {
            boolean hasAux = false;
            for (Token c : s.children(node.index())) {
                String lemma = c.lemma();
                switch (c.baseRelation()) {
                    case "aux" -> {
                        hasAux = true;
                        if (cues.is(Cues.Kind.FUTURE, lemma) || cues.is(Cues.Kind.FUTURE, c.word())) {
                            future = true;
                        } else if (lemma.equals("would") && reportedWithoutCondition(s, node)) {
                            // "said that the EU would ban …": the future of reported speech.
                            future = true;
                        } else if (cues.is(Cues.Kind.HYPOTHETICAL, lemma)) {
                            hypothetical = true;
                        }
                    }
                    case "advmod", "det" -> {
                        if (own && cues.is(Cues.Kind.NEGATION, lemma)) {
                            negated = true;
                        }
                    }
                    case "mark" -> {
                        if (cues.is(Cues.Kind.HYPOTHETICAL, lemma)) {
                            hypothetical = true;
                        }
                    }
                    case "obl", "nmod" -> {
                        // "in the event of unrest", "in case of an attack"; not "in a call with Kagame".
                        if (cues.is(Cues.Kind.HYPOTHETICAL, lemma) && Syntax.caseOf(s, c.index()).equals("in")
                                && s.children(c.index(), "nmod").stream().anyMatch(n -> Syntax.caseOf(s, n.index()).equals("of"))) {
                            hypothetical = true;
                        }
                    }
                    default -> {
                    }
                }
            }
            Token parent = Syntax.parent(s, node);
            if (parent == null) {
                break;
            }
            String rel = node.relation();
            if (rel.equals("xcomp")) {
                // The controlling verb colours what it controls: "expected to", "refused to".
                if (cues.is(Cues.Kind.NEGATING, parent.lemma())) {
                    negated = true;
                } else if (cues.is(Cues.Kind.FUTURE, parent.lemma())) {
                    future = true;
                } else if (cues.is(Cues.Kind.HYPOTHETICAL, parent.lemma())) {
                    hypothetical = true;
                }
                own = true;
            } else if (rel.equals("conj") && !hasAux) {
                // "will encourage and support": the second verb shares the first one's auxiliary,
                // but not its negation.
                own = false;
            } else if (rel.equals("advcl") && s.children(node.index(), "mark").stream()
                    .anyMatch(m -> cues.is(Cues.Kind.HYPOTHETICAL, m.lemma()))) {
                hypothetical = true;
                break;
            } else if (rel.equals("advcl") && cues.is(Cues.Kind.HYPOTHETICAL, parent.lemma())
                    && s.children(node.index()).stream().anyMatch(m -> (m.relation().equals("mark") || m.relation().equals("case"))
                    && (m.word().equalsIgnoreCase("to") || m.word().equalsIgnoreCase("of")))) {
                // "called on the army to withdraw", parsed as a clause of its own: what is called for;
                // "accused them of organising a rally": what is alleged.
                hypothetical = true;
                break;
            } else {
                break;
            }
            node = parent;
        }
        if (negated) {
            return Mode.NEGATED;
        }
        if (hypothetical) {
            return Mode.HYPOTHETICAL;
        }
        return future ? Mode.FUTURE : Mode.ASSERTED;
    }
}
