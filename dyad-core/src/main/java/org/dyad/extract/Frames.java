package org.dyad.extract;

import org.dyad.lexicon.Cues;

import org.dyad.model.Predication.Reporter;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Finds the reporting frames around a predicate, outermost first: "Bloomberg reported that …"
 * (ccomp of a reporting verb), "…, Bloomberg reported" (parataxis), "…, according to X",
 * and "X cited Y as saying …", whose chain is X then Y.
 */
final class Frames {

    /** Relations through which a predicate belongs to the clause above it. */
    private static final Set<String> CLIMB = Set.of("conj", "xcomp", "obl", "obj", "nmod", "nsubj", "nsubj:pass",
            "advcl", "acl", "acl:relcl", "dep", "appos");

    private final Cues cues;

    Frames(Cues cues) {
        this.cues = cues;
    }

    List<Reporter> around(Sentence s, Token predicate) {
        List<Reporter> innerFirst = new ArrayList<>();
        Token node = predicate;
        while (node != null) {
            for (Token c : s.children(node.index())) {
                if (c.relation().equals("parataxis") && cues.is(Cues.Kind.REPORTING, c.lemma()) && c != predicate) {
                    addFrame(s, c, innerFirst);
                }
                if ((c.baseRelation().equals("obl") || c.baseRelation().equals("nmod"))
                        && Syntax.caseOf(s, c.index()).equals("according")) {
                    innerFirst.add(new Reporter(Phrases.full(s, c.index(), "according to"), "according"));
                }
            }
            Token parent = Syntax.parent(s, node);
            if (parent == null) {
                break;
            }
            String rel = node.relation();
            if ((rel.equals("ccomp") || rel.equals("parataxis")) && cues.is(Cues.Kind.REPORTING, parent.lemma())) {
                addFrame(s, parent, innerFirst);
            } else if (!CLIMB.contains(rel) && !rel.equals("ccomp")) {
                break;
            }
            node = parent;
        }
        Collections.reverse(innerFirst);
        return innerFirst;
    }

    /** Adds a reporting verb's speakers, inner first: for "X cited Y as saying", Y then X. */
    private void addFrame(Sentence s, Token verb, List<Reporter> innerFirst) {
        Token speaker = Syntax.child(s, verb.index(), "nsubj");
        Token parent = Syntax.parent(s, verb);
        if (speaker == null && parent != null && (parent.lemma().equals("cite") || parent.lemma().equals("quote"))) {
            // "… as saying that X": the frame is the citing verb's.
            addFrame(s, parent, innerFirst);
            return;
        }
        if (verb.lemma().equals("cite") || verb.lemma().equals("quote")) {
            Token cited = Syntax.child(s, verb.index(), "obj");
            if (cited != null) {
                innerFirst.add(new Reporter(Phrases.full(s, cited.index(), "cited by " + verb.word()), verb.lemma()));
            }
        }
        if (speaker != null) {
            innerFirst.add(new Reporter(Phrases.full(s, speaker.index(), "subject of " + verb.word()), verb.lemma()));
        }
    }
}
