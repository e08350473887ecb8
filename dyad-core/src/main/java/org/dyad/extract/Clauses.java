package org.dyad.extract;

import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a predicate takes from the clauses around it: arguments of clauses it governs, and times. */
final class Clauses {

    private Clauses() {
    }


    /**
     * Subjects and objects of the clauses a verb governs, in order, where a speech act finds its target;
     * and, for a purpose clause, the object of the verb it serves ("telephoned Erdogan to offer
     * condolences": the condolences are offered to Erdogan).
     */
    static List<Phrase> embedded(Sentence s, Token verb) {
        List<Phrase> out = new ArrayList<>();
        boolean purpose = (verb.relation().equals("advcl") || verb.relation().equals("xcomp"))
                && s.children(verb.index(), "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("to"));
        Token parent = Syntax.parent(s, verb);
        if (purpose && parent != null && parent.isVerb()) {
            Token parentObject = Syntax.child(s, parent.index(), "obj");
            if (parentObject != null && verb.relation().equals("advcl")) {
                out.add(Phrases.of(s, parentObject.index(), "object of " + parent.word() + ", which it serves"));
            }
        }
        for (Token clause : s.children(verb.index())) {
            String rel = clause.relation();
            boolean infinitive = rel.equals("advcl") && s.children(clause.index(), "mark").stream()
                    .anyMatch(m -> m.word().equalsIgnoreCase("to"));
            if (!rel.equals("ccomp") && !rel.equals("xcomp") && !infinitive) {
                continue;
            }
            List<Phrase> towards = new ArrayList<>();
            for (Token arg : s.children(clause.index())) {
                String r = arg.relation();
                if ((r.equals("nsubj") || r.equals("nsubj:pass") || r.equals("obj") || r.equals("iobj")) && !VerbArguments.isRelative(arg)) {
                    out.add(Phrases.of(s, arg.index(), r + " of " + clause.word()));
                } else if (r.equals("obl") && TOWARDS.contains(Syntax.caseOf(s, arg.index()))) {
                    towards.add(Phrases.of(s, arg.index(), "'" + Syntax.caseOf(s, arg.index()) + "' phrase of " + clause.word()));
                }
            }
            // "offered to send tanks to Ukraine", "threatened to impose sanctions on Russia": after the
            // clause's own subject and object, the one it is aimed at.
            out.addAll(towards);
        }
        return out;
    }

    /** Prepositions of a governed clause that name whom it is aimed at. */
    private static final Set<String> TOWARDS = Set.of("to", "with", "against", "on", "toward", "towards", "into", "upon", "for");

    private static final Set<String> NEAR_IN_TIME = Set.of("after", "when", "as", "while", "once");

    /**
     * The predicate's own time, else that of a clause right beside it in time ("hours after the bill
     * was signed on Wednesday, … announced"), else that of the clause that embeds it ("announced last
     * month that …").
     */
    /**
     * The verb's time, else a day the parser hung on its object ("signed an agreement in Pretoria on
     * Wednesday"): only an "on" day, as "the 2015 agreement" dates the agreement, not the signing.
     */
    static TimeExpression timeOf(Sentence s, Token verb, org.dyad.model.Phrase object) {
        TimeExpression own = timeOf(s, verb);
        if (own != null || object == null) {
            return own;
        }
        for (Token c : s.children(object.head(), "nmod")) {
            if (Syntax.caseOf(s, c.index()).equals("on")) {
                for (TimeExpression t : s.times()) {
                    if (t.covers(c.index())) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    static TimeExpression timeOf(Sentence s, Token predicate) {
        TimeExpression own = Anchors.time(s, predicate.index());
        if (own != null) {
            return own;
        }
        for (Token clause : s.children(predicate.index(), "advcl")) {
            boolean near = s.children(clause.index()).stream().anyMatch(m -> (m.baseRelation().equals("mark")
                    || m.baseRelation().equals("case")) && NEAR_IN_TIME.contains(m.word().toLowerCase(java.util.Locale.ROOT)));
            TimeExpression t = near ? Anchors.time(s, clause.index()) : null;
            if (t != null) {
                return t;
            }
        }
        Token node = predicate;
        for (int depth = 0; node != null && depth < 4; depth++) {
            TimeExpression t = Anchors.time(s, node.index());
            if (t != null) {
                return t;
            }
            String rel = node.relation();
            Token parent = Syntax.parent(s, node);
            boolean instrument = parent != null && parent.baseRelation().equals("obl") && Syntax.caseOf(s, parent.index()).equals("with");
            if ((rel.equals("acl") && parent != null && parent.baseRelation().equals("obj") || (rel.startsWith("acl") && instrument))
                    && parent.head() >= 0 && s.token(parent.head()).isVerb()) {
                // "launched the war on June 13 with strikes that killed …": the strikes' time is the launch's.
                // "adopted a resolution on Wednesday demanding …": what the object says, it says when it was issued.
                node = s.token(parent.head());
                continue;
            }
            if (!Set.of("ccomp", "xcomp", "conj", "advcl").contains(rel)) {
                return null;
            }
            node = parent;
        }
        return null;
    }
}
