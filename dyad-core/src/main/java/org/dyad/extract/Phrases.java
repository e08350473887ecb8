package org.dyad.extract;

import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Noun phrases of a dependency tree: the span an argument covers, and its conjuncts. */
public final class Phrases {

    /**
     * Relations whose subtrees are not part of the phrase that names an actor: clauses, conjuncts,
     * and prepositional modifiers other than "of" ("steps toward succession in Belarus" names no
     * actor, but "President of Belarus" and "members of parliament" do).
     */
    private static final Set<String> PRUNED = Set.of("acl", "acl:relcl", "conj", "cc", "parataxis", "advcl",
            "dep", "ccomp", "xcomp", "punct", "mark", "obl", "cop", "aux", "nsubj", "nsubj:pass", "obj");

    private Phrases() {
    }

    public static Phrase of(Sentence s, int head, String how) {
        List<Integer> span = s.subtree(head, i -> pruned(s, i));
        int start = span.get(0);
        int end = span.get(span.size() - 1) + 1;
        while (start < head && isEdge(s.token(start))) {
            start++;
        }
        while (end - 1 > head && isEdge(s.token(end - 1))) {
            end--;
        }
        return new Phrase(head, start, end, s.words(start, end), how);
    }

    /** The whole noun phrase with its modifiers ("five unnamed sources close to the Kremlin"), clauses left out. */
    static Phrase full(Sentence s, int head, String how) {
        Set<String> clauses = Set.of("acl:relcl", "conj", "cc", "parataxis", "advcl", "ccomp", "punct", "dep");
        List<Integer> span = s.subtree(head, i -> clauses.contains(s.token(i).relation()) || s.token(i).isVerb());
        int start = span.get(0);
        int end = span.get(span.size() - 1) + 1;
        while (start < head && isEdge(s.token(start))) {
            start++;
        }
        return new Phrase(head, start, end, s.words(start, end), how);
    }

    private static boolean pruned(Sentence s, int i) {
        Token t = s.token(i);
        if (t.relation().equals("dep") && t.head() >= 0 && s.token(t.head()).isNoun() && onlyNames(s, i)) {
            // "his Turkish counterpart Mevlut Cavusoglu": the parser leaves the name as a bare dependent.
            return false;
        }
        if (PRUNED.contains(t.relation())) {
            return true;
        }
        if (t.baseRelation().equals("nmod") && !t.relation().equals("nmod:poss")) {
            return !Syntax.caseOf(s, i).equals("of");
        }
        return false;
    }

    /**
     * Whether a dependent is nothing but a name ("Mevlut Cavusoglu", "RT and Sputnik"), and so the
     * name of its head; a dependent with other words ("the junta free President Bazoum") is a clause
     * the parser failed to build.
     */
    private static boolean onlyNames(Sentence s, int dependent) {
        for (int i : s.subtree(dependent, x -> false)) {
            Token t = s.token(i);
            boolean name = t.isProperNoun() || !t.ner().equals("O") || t.word().matches("[A-Z]{2,}");
            String rel = t.baseRelation();
            if (!name && !rel.equals("cc") && !rel.equals("punct")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEdge(Token t) {
        String rel = t.baseRelation();
        return rel.equals("case") || rel.equals("punct") || rel.equals("cc") || rel.equals("fixed");
    }

    /** The token and the tokens conjoined with it ("Putin and Lukashenko"), in order. */
    public static List<Integer> conjuncts(Sentence s, int head) {
        List<Integer> out = new ArrayList<>();
        out.add(head);
        for (Token c : s.children(head, "conj")) {
            out.addAll(conjuncts(s, c.index()));
        }
        return out;
    }
}
