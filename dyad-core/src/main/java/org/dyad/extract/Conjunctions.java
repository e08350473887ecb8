package org.dyad.extract;

import org.dyad.model.Oblique;
import org.dyad.model.Phrase;
import org.dyad.model.Predication;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.List;

/** Conjoined actors become one predication each: subjects (with a partner), objects, "between" sides. */
final class Conjunctions {

    private Conjunctions() {
    }


    /**
     * One predication per conjoined subject (with another as partner) and per conjoined object;
     * conjoined nationalities count as conjoined actors ("the Russian and Ukrainian delegations").
     */
    static void expand(Sentence s, Predication p, List<Predication> out) {
        List<Predication> bySubject = new ArrayList<>();
        if (p.subject() != null) {
            List<Phrase> members = listed(s, p.subject());
            // "Western countries, including France and Germany, condemned …": each member acts, not on the others.
            members.forEach(m -> bySubject.add(p.withSubject(m, p.partner())));
            List<Phrase> subjects = members.isEmpty() ? conjoined(s, p.subject()) : List.of();
            if (subjects.size() > 1) {
                for (Phrase subject : subjects) {
                    Phrase other = subjects.stream().filter(x -> x != subject).findFirst().orElseThrow();
                    bySubject.add(p.withSubject(subject, other.withHow("conjoined with the subject")));
                }
            }
        }
        if (bySubject.isEmpty()) {
            bySubject.add(p);
        }
        List<Predication> byObject = new ArrayList<>();
        for (Predication q : bySubject) {
            List<Phrase> objects = q.object() == null ? List.of() : listed(s, q.object());
            if (objects.isEmpty() && q.object() != null) {
                objects = conjoined(s, q.object());
            }
            if (objects.size() > 1) {
                objects.forEach(o -> byObject.add(q.withObject(o)));
            } else {
                byObject.add(q);
            }
        }
        for (Predication q : byObject) {
            out.addAll(betweenEach(s, q));
        }
    }

    /**
     * "talks between Ali Shamkhani … and Musaed al-Aiban", "accused Dagorlad and Osgiliath", "met
     * with Putin and Lukashenko": one predication for each conjunct of an oblique.
     */
    private static List<Predication> betweenEach(Sentence s, Predication p) {
        List<Predication> reciprocal = reciprocal(s, p);
        if (reciprocal != null) {
            return reciprocal;
        }
        List<Predication> done = List.of(p);
        for (int i = 0; i < p.obliques().size(); i++) {
            Oblique o = p.obliques().get(i);
            List<Phrase> sides = listed(s, o.phrase());
            if (sides.isEmpty()) {
                sides = ofEach(s, o.phrase());
            }
            if (sides.isEmpty()) {
                sides = Phrases.conjuncts(s, o.phrase().head()).stream().map(h -> Phrases.of(s, h, o.phrase().how())).toList();
            }
            if (sides.size() < 2 && (sides.isEmpty() || sides.get(0).head() == o.phrase().head())) {
                continue;
            }
            List<Predication> next = new ArrayList<>();
            for (Predication q : done) {
                for (Phrase side : sides) {
                    List<Oblique> obliques = new ArrayList<>(q.obliques());
                    obliques.set(i, new Oblique(o.preposition(), side));
                    next.add(q.withObliques(obliques));
                }
            }
            done = next;
        }
        return done;
    }

    /**
     * "a ceasefire between Israel and Iran", "fighting between Thailand and Cambodia": an event noun
     * with no agent of its own whose "between" names two sides is each side's towards the other.
     */
    private static List<Predication> reciprocal(Sentence s, Predication p) {
        if (!p.nominal() || p.subject() != null) {
            return null;
        }
        for (int i = 0; i < p.obliques().size(); i++) {
            Oblique o = p.obliques().get(i);
            List<Integer> sides = o.preposition().equals("between") ? Phrases.conjuncts(s, o.phrase().head()) : List.of();
            if (sides.size() != 2) {
                continue;
            }
            List<Oblique> rest = new ArrayList<>(p.obliques());
            rest.remove(i);
            Phrase first = Phrases.of(s, sides.get(0), "one side of 'between'");
            Phrase second = Phrases.of(s, sides.get(1), "one side of 'between'");
            return List.of(p.withObliques(rest).withSubject(first, second.withHow("the other side of 'between'")),
                    p.withObliques(rest).withSubject(second, first.withHow("the other side of 'between'")));
        }
        return null;
    }

    /**
     * "Human rights groups, including Amnesty International", "Western countries such as France and
     * Germany": the members a phrase lists stand for it, each an actor; empty when it lists none.
     */
    static List<Phrase> listed(Sentence s, Phrase phrase) {
        for (Token c : s.children(phrase.head(), "nmod")) {
            String prep = Syntax.caseOf(s, c.index());
            if (prep.equals("including") || prep.equals("such") || prep.equals("like") && c.index() > phrase.head()) {
                List<Integer> members = Phrases.conjuncts(s, c.index());
                // Names only: "sanctions, including border closures" lists kinds of sanctions, not actors.
                if (members.stream().allMatch(m -> s.token(m).isProperNoun())) {
                    return members.stream()
                            .map(h -> Phrases.of(s, h, phrase.how() + ", listed in '" + s.token(phrase.head()).word() + "'")).toList();
                }
            }
        }
        return List.of();
    }

    /**
     * "the foreign ministers of Lithuania, Latvia and Estonia", "the embassies of Rwanda, France and
     * Belgium": one phrase for each country of the list, headed by it; the actor resolver gives each
     * the role of the noun it belongs to. Empty when the phrase lists no names so.
     */
    static List<Phrase> ofEach(Sentence s, Phrase phrase) {
        Token head = s.token(phrase.head());
        if (!head.pos().equals("NNS") && !head.pos().equals("NNPS")) {
            return List.of();
        }
        for (Token c : s.children(phrase.head(), "nmod")) {
            List<Integer> members = Syntax.caseOf(s, c.index()).equals("of") ? Phrases.conjuncts(s, c.index()) : List.of();
            if (members.size() > 1 && members.stream().allMatch(m -> s.token(m).isProperNoun())) {
                return members.stream().map(m -> Phrases.of(s, m, phrase.how() + ", one of the " + head.word() + " of")).toList();
            }
        }
        return List.of();
    }

    private static List<Phrase> conjoined(Sentence s, Phrase phrase) {
        List<Phrase> members = ofEach(s, phrase);
        if (!members.isEmpty()) {
            return members;
        }
        List<Integer> heads = Phrases.conjuncts(s, phrase.head());
        if (heads.size() > 1) {
            return heads.stream().map(h -> Phrases.of(s, h, phrase.how())).toList();
        }
        for (Token adjective : s.children(phrase.head())) {
            if (!adjective.relation().equals("amod") && !adjective.relation().equals("compound")) {
                continue;
            }
            // "U.S. and British warplanes" hangs the first nationality as a compound.
            List<Integer> adjectives = Phrases.conjuncts(s, adjective.index());
            if (adjectives.size() > 1) {
                // "the Russian and Ukrainian delegations": the first phrase keeps its start, the
                // others start at their own adjective, so each names one country first.
                List<Phrase> out = new ArrayList<>();
                out.add(phrase);
                for (int a : adjectives.subList(1, adjectives.size())) {
                    out.add(new Phrase(phrase.head(), a, phrase.end(), s.words(a, phrase.end()), phrase.how()));
                }
                return out;
            }
        }
        return List.of(phrase);
    }
}
