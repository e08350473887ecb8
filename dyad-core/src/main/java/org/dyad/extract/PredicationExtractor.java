package org.dyad.extract;

import org.dyad.lexicon.Cues;

import org.dyad.model.Mode;
import org.dyad.model.Oblique;
import org.dyad.model.Phrase;
import org.dyad.model.Predication;
import org.dyad.model.Predication.Reporter;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the predications of a sentence on its UD tree.
 *
 * <p>Verbs give verbal predications: the subject is {@code nsubj}, or for a passive the
 * {@code obl:agent}/"by" phrase (the {@code nsubj:pass} becoming the object); a verb without a
 * subject takes it from the verb it is conjoined with, from its controller ({@code xcomp}: the
 * object of "urged X to", else the subject of "are expected to"), or from the noun it modifies.
 * An agentless passive gets an implied agent from a possessed event noun of the same sentence
 * ("detained … in the authorities' crackdown").
 *
 * <p>Event nouns give nominal predications: the agent is the possessor ("the authorities'
 * crackdown"), a "by" phrase, a nationality adjective ("Russian drills"), an organisation
 * compound ("NATO drills"), or the subject of the light verb that governs the noun ("hold talks");
 * a noun that is the purpose of a transfer ("sending paratroopers … for drills") takes the moved
 * actors as its agent. A light verb with an event noun is not a predication of its own.
 *
 * <p>Conjoined subjects give one predication each, the other conjunct being the partner of a
 * reciprocal event ("Putin and Lukashenko will hold talks"); conjoined objects one each.
 */
public final class PredicationExtractor {

    private static final Set<String> NON_DESTINATION = Set.of("by", "since", "after", "before", "during", "for",
            "amid", "despite", "in", "at", "of", "over", "about", "through", "until", "like", "as");

    private final Cues cues;
    private final Predicate<String> eventNoun;
    private final ModeReader modes;
    private final Frames frames;

    public PredicationExtractor(Cues cues, Predicate<String> eventNoun) {
        this.cues = cues;
        this.eventNoun = eventNoun;
        this.modes = new ModeReader(cues);
        this.frames = new Frames(cues);
    }

    public List<Predication> extract(Sentence s) {
        List<Predication> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.isNoun() && eventNoun.test(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
                expand(s, nominal(s, t), out);
            } else if (Syntax.isPredicateVerb(t) && !isLightWithEventNoun(s, t)) {
                expand(s, verbal(s, t), out);
            }
        }
        return out;
    }

    private boolean isLightWithEventNoun(Sentence s, Token verb) {
        if (!cues.is(Cues.Kind.LIGHT, verb.lemma())) {
            return false;
        }
        for (Token c : s.children(verb.index())) {
            String rel = c.relation();
            if ((rel.equals("obj") || rel.equals("nsubj:pass")) && c.isNoun() && eventNoun.test(c.lemma().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private Predication verbal(Sentence s, Token verb) {
        Arguments args = arguments(s, verb);
        Token particle = Syntax.child(s, verb.index(), "compound:prt");
        List<Oblique> obliques = new ArrayList<>(obliques(s, verb, args.passive()));
        if (args.object() != null && !args.passive()) {
            // "lodged a protest with China", "restored ties with Iran": the parser often hangs the
            // verb's oblique on its object.
            for (Token c : s.children(args.object().head(), "nmod")) {
                String prep = Syntax.caseOf(s, c.index());
                if (!prep.isEmpty() && !prep.equals("of") && !c.relation().equals("nmod:poss")) {
                    obliques.add(new Oblique(prep, Phrases.of(s, c.index(), "nmod " + prep + " of the object")));
                }
            }
        }
        Phrase implied = args.subject() == null && args.passive() ? impliedAgent(s, verb) : null;
        return new Predication(s.index(), verb.index(), verb.lemma().toLowerCase(java.util.Locale.ROOT), false,
                particle == null ? null : particle.lemma().toLowerCase(java.util.Locale.ROOT),
                args.subject(), args.object(), obliques, null, implied, modes.read(s, verb),
                frames.around(s, verb), timeOf(s, verb), Anchors.place(s, verb.index()), embedded(s, verb));
    }

    private static final Set<String> PURPOSE = Set.of("for", "to", "into", "in", "on", "with");

    private Predication nominal(Sentence s, Token noun) {
        Token gov = Syntax.parent(s, noun);
        Token slot = noun;
        String nounCase = Syntax.caseOf(s, noun.index());
        if (gov != null && noun.baseRelation().equals("nmod") && (nounCase.equals("of") || nounCase.equals("in"))
                && (gov.pos().equals("CD") || gov.pos().equals("$") || cues.is(Cues.Kind.MEASURE, gov.lemma()))) {
            // The measure stands where the event would: "ended three days of drills" governs the drills.
            slot = gov;
            gov = Syntax.parent(s, gov);
        }
        final Token position = slot;
        // A verb lends its agent to an event noun that is its object or purpose ("sent troops for
        // drills", "approved a ceasefire"), not to one that only dates it ("speaking after the talks").
        boolean governedByVerb = gov != null && gov.isVerb()
                && (Set.of("obj", "nsubj:pass").contains(position.relation())
                || position.baseRelation().equals("obl") && PURPOSE.contains(Syntax.caseOf(s, position.index())));
        boolean light = governedByVerb && cues.is(Cues.Kind.LIGHT, gov.lemma());
        Phrase subject = nominalAgent(s, noun, position, gov, governedByVerb, light);

        List<Oblique> obliques = new ArrayList<>();
        List<Token> modifiers = new ArrayList<>(s.children(noun.index(), "nmod"));
        if (position != noun) {
            // "three days of drills around Taiwan": the parser may hang the modifier on the measure.
            modifiers.addAll(s.children(position.index(), "nmod").stream().filter(t -> t != noun).toList());
        }
        for (Token c : modifiers) {
            if (!c.relation().equals("nmod:poss") && !c.relation().equals("nmod:tmod")) {
                String prep = Syntax.caseOf(s, c.index());
                if (!prep.equals("by")) {
                    obliques.add(new Oblique(prep, Phrases.of(s, c.index(), "nmod " + prep)));
                }
            }
        }
        if (governedByVerb) {
            for (Oblique o : obliques(s, gov, false)) {
                if (light || !NON_DESTINATION.contains(o.preposition())) {
                    obliques.add(o);
                }
            }
        }
        Mode mode = governedByVerb || (gov != null && gov.pos().startsWith("JJ")) ? modes.read(s, gov) : Mode.ASSERTED;
        if (governedByVerb && !light && mode != Mode.NEGATED) {
            // "called for new protests", "planning an intervention", "rejected talks": what is asked for,
            // planned or refused has not happened.
            if (cues.is(Cues.Kind.NEGATING, gov.lemma())) {
                mode = Mode.NEGATED;
            } else if (cues.is(Cues.Kind.HYPOTHETICAL, gov.lemma())) {
                mode = Mode.HYPOTHETICAL;
            } else if (cues.is(Cues.Kind.FUTURE, gov.lemma()) && mode == Mode.ASSERTED) {
                mode = Mode.FUTURE;
            }
        }
        if (mode == Mode.ASSERTED && (hasNegation(s, noun) || "nsubj:pass".equals(position.relation()) && gov != null && hasNegation(s, gov))) {
            mode = Mode.NEGATED;
        }
        if (mode != Mode.NEGATED && modes.read(s, noun) == Mode.HYPOTHETICAL) {
            mode = Mode.HYPOTHETICAL;
        }
        Token frameRoot = gov != null && (governedByVerb || gov.pos().startsWith("JJ")) ? gov : noun;
        TimeExpression time = Anchors.time(s, noun.index());
        if (time == null && frameRoot != noun) {
            time = timeOf(s, frameRoot);
        }
        Phrase place = Anchors.place(s, noun.index());
        if (place == null && frameRoot != noun) {
            place = Anchors.place(s, frameRoot.index());
        }
        return new Predication(s.index(), noun.index(), noun.lemma().toLowerCase(java.util.Locale.ROOT), true, null,
                subject, null, obliques, null, null, mode, frames.around(s, frameRoot), time, place,
                light ? embedded(s, gov) : List.of());
    }

    private Phrase nominalAgent(Sentence s, Token noun, Token position, Token gov, boolean governedByVerb, boolean light) {
        Token poss = Syntax.child(s, noun.index(), "nmod:poss");
        if (poss != null && (poss.isNoun() || poss.isPronoun()) && !(poss.isPronoun() && light)) {
            return Phrases.of(s, poss.index(), "possessor of " + noun.word());
        }
        for (Token c : s.children(noun.index(), "nmod")) {
            if (Syntax.caseOf(s, c.index()).equals("by")) {
                return Phrases.of(s, c.index(), "by-phrase of " + noun.word());
            }
        }
        for (Token c : s.children(noun.index())) {
            boolean nationality = c.relation().equals("amod") && c.ner().equals("NATIONALITY");
            boolean organisation = c.relation().equals("compound") && (c.ner().equals("ORGANIZATION") || c.ner().equals("PERSON"));
            if (nationality || organisation) {
                return Phrases.of(s, c.index(), (nationality ? "nationality of " : "compound of ") + noun.word());
            }
        }
        if (gov == null) {
            return null;
        }
        if (gov.pos().startsWith("JJ") && position.baseRelation().equals("obl")) {
            // "a reserve was ready for deployment", "troops prepared for an offensive".
            Token subject = Syntax.child(s, gov.index(), "nsubj");
            if (subject != null) {
                return Phrases.of(s, subject.index(), "subject of " + gov.word() + " for " + noun.word());
            }
        }
        if (light) {
            Phrase subject = arguments(s, gov).subject();
            return subject == null ? null : subject.withHow("subject of " + gov.word() + " " + noun.word());
        }
        if (governedByVerb) {
            // "sending paratroopers … for drills": the actors moved are the ones who act.
            for (Token other : s.children(gov.index(), "obj")) {
                if (other != position) {
                    return Phrases.of(s, other.index(), "sent by " + gov.word() + " for " + noun.word());
                }
            }
            Phrase subject = arguments(s, gov).subject();
            return subject == null ? null : subject.withHow("subject of " + gov.word());
        }
        return null;
    }

    private boolean hasNegation(Sentence s, Token t) {
        for (Token c : s.children(t.index())) {
            if ((c.baseRelation().equals("advmod") || c.baseRelation().equals("det")) && cues.is(Cues.Kind.NEGATION, c.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Subject and object of a verb, following conjunction, control and passive. */
    record Arguments(Phrase subject, Phrase object, boolean passive) {
    }

    private Arguments arguments(Sentence s, Token verb) {
        return arguments(s, verb, 0);
    }

    private Arguments arguments(Sentence s, Token verb, int depth) {
        Token nsubj = Syntax.child(s, verb.index(), "nsubj");
        Token pass = Syntax.child(s, verb.index(), "nsubj:pass");
        Token obj = Syntax.child(s, verb.index(), "obj");
        if (obj == null) {
            // "would ban the Russian media outlets RT and Sputnik" comes out with an indirect object alone.
            obj = Syntax.child(s, verb.index(), "iobj");
        }
        Phrase object = null;
        if (obj != null && isRelative(obj)) {
            // "demanded that the junta free Bazoum" is often parsed with "that" as the object and the
            // clause's subject hanging from it.
            Token dependent = s.children(obj.index(), "dep").stream().filter(Token::isNoun).findFirst().orElse(null);
            if (dependent != null && cues.is(Cues.Kind.HYPOTHETICAL, verb.lemma())) {
                object = Phrases.of(s, dependent.index(), "subject of the clause it demands");
            }
            obj = null;
        } else if (obj != null) {
            object = Phrases.of(s, obj.index(), "obj");
        }
        if (object == null) {
            // "demanded that the junta free Bazoum", "urged that Moscow withdraw": the one addressed is
            // the subject of the clause.
            Token clause = Syntax.child(s, verb.index(), "ccomp");
            if (clause == null) {
                // "appealed directly to Putin to keep …" is often parsed as a "for X to do" clause.
                clause = Syntax.child(s, verb.index(), "advcl");
            }
            Token inner = clause == null ? null : Syntax.child(s, clause.index(), "nsubj");
            if (inner != null && !inner.isPronoun() && cues.is(Cues.Kind.HYPOTHETICAL, verb.lemma())) {
                object = Phrases.of(s, inner.index(), "subject of the clause it demands");
            }
        }
        if (nsubj != null && isBareQuantifier(s, nsubj) && verb.relation().equals("conj")) {
            // "Thousands rallied, and some tried to …": "some" are some of the first verb's subject.
            nsubj = null;
        }
        if (nsubj != null) {
            if (isRelative(nsubj)) {
                Token antecedent = antecedent(s, verb);
                return new Arguments(antecedent == null ? null : Phrases.of(s, antecedent.index(), "antecedent of " + nsubj.word()),
                        object, false);
            }
            return new Arguments(Phrases.of(s, nsubj.index(), "nsubj"), object, false);
        }
        if (pass != null) {
            Phrase agent = null;
            for (Token c : s.children(verb.index(), "obl")) {
                if (c.relation().equals("obl:agent") || Syntax.caseOf(s, c.index()).equals("by")) {
                    agent = Phrases.of(s, c.index(), "passive agent");
                    break;
                }
            }
            return new Arguments(agent, Phrases.of(s, pass.index(), "nsubj:pass"), true);
        }
        Token parent = Syntax.parent(s, verb);
        if (parent == null || depth > 4) {
            return new Arguments(null, object, false);
        }
        switch (verb.relation()) {
            case "conj", "advcl" -> {
                Token parentObject = Syntax.child(s, parent.index(), "obj");
                boolean ofOrFor = s.children(verb.index()).stream().anyMatch(c -> (c.baseRelation().equals("mark")
                        || c.baseRelation().equals("case")) && Set.of("of", "for").contains(c.word().toLowerCase(java.util.Locale.ROOT)));
                if (verb.relation().equals("advcl") && ofOrFor && parentObject != null) {
                    // "accused Moscow of declaring war", "thanked Athens for sending": the object acts.
                    return new Arguments(Phrases.of(s, parentObject.index(), "object of " + parent.word()), object, false);
                }
                if (parent.isVerb() || verb.relation().equals("conj")) {
                    Arguments up = arguments(s, parent, depth + 1);
                    return up.passive() && object == null
                            ? new Arguments(up.subject(), up.object(), true)
                            : new Arguments(up.subject(), object, false);
                }
            }
            case "xcomp" -> {
                Token controllerObj = Syntax.child(s, parent.index(), "obj");
                if (controllerObj != null) {
                    return new Arguments(Phrases.of(s, controllerObj.index(), "object of " + parent.word()), object, false);
                }
                Arguments up = arguments(s, parent, depth + 1);
                Phrase controller = up.passive() && up.object() != null ? up.object() : up.subject();
                return new Arguments(controller == null ? null : controller.withHow("controller " + parent.word()), object, false);
            }
            case "acl" -> {
                Token noun = isRelative(parent) ? antecedent(s, parent) : parent;
                if (noun == null) {
                    return new Arguments(null, object, false);
                }
                if (verb.pos().equals("VBN")) {
                    return new Arguments(null, Phrases.of(s, noun.index(), "noun modified by " + verb.word()), true);
                }
                return new Arguments(Phrases.of(s, noun.index(), "noun modified by " + verb.word()), object, false);
            }
            default -> {
            }
        }
        return new Arguments(null, object, false);
    }

    /**
     * Subjects and objects of the clauses a verb governs, in order, where a speech act finds its target;
     * and, for a purpose clause, the object of the verb it serves ("telephoned Erdogan to offer
     * condolences": the condolences are offered to Erdogan).
     */
    private static List<Phrase> embedded(Sentence s, Token verb) {
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
            for (Token arg : s.children(clause.index())) {
                String r = arg.relation();
                if ((r.equals("nsubj") || r.equals("nsubj:pass") || r.equals("obj") || r.equals("iobj")) && !isRelative(arg)) {
                    out.add(Phrases.of(s, arg.index(), r + " of " + clause.word()));
                }
            }
        }
        return out;
    }

    private static final Set<String> QUANTIFIERS = Set.of("some", "many", "others", "most", "several", "few", "all", "both");

    private static boolean isBareQuantifier(Sentence s, Token t) {
        return QUANTIFIERS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) && s.children(t.index()).isEmpty();
    }

    private static boolean isRelative(Token t) {
        return Syntax.RELATIVE_PRONOUNS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))
                && (t.pos().startsWith("W") || t.pos().equals("IN") || t.pos().equals("DT"));
    }

    /** The noun a relative clause hangs from ("Washington, which imposed …" → Washington). */
    private static Token antecedent(Sentence s, Token from) {
        Token t = Syntax.parent(s, from);
        for (int depth = 0; t != null && depth < 4; depth++) {
            if (t.isNoun() && !isRelative(t)) {
                return t;
            }
            t = Syntax.parent(s, t);
        }
        return null;
    }

    private List<Oblique> obliques(Sentence s, Token verb, boolean passive) {
        List<Oblique> out = new ArrayList<>();
        for (Token c : s.children(verb.index(), "obl")) {
            if (c.relation().equals("obl:tmod") || c.relation().equals("obl:npmod") || c.relation().equals("obl:agent")) {
                continue;
            }
            String prep = Syntax.caseOf(s, c.index());
            if (passive && prep.equals("by")) {
                continue;
            }
            out.add(new Oblique(prep, Phrases.of(s, c.index(), "obl " + prep)));
        }
        return out;
    }

    private Phrase impliedAgent(Sentence s, Token verb) {
        for (Token t : s.tokens()) {
            if (t.index() != verb.index() && t.isNoun() && eventNoun.test(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
                Token poss = Syntax.child(s, t.index(), "nmod:poss");
                if (poss != null && !poss.isPronoun()) {
                    return Phrases.of(s, poss.index(), "implied by " + t.word());
                }
            }
        }
        return null;
    }

    private static final Set<String> NEAR_IN_TIME = Set.of("after", "when", "as", "while", "once");

    /**
     * The predicate's own time, else that of a clause right beside it in time ("hours after the bill
     * was signed on Wednesday, … announced"), else that of the clause that embeds it ("announced last
     * month that …").
     */
    private static TimeExpression timeOf(Sentence s, Token predicate) {
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
            if (!Set.of("ccomp", "xcomp", "conj", "advcl").contains(rel)) {
                return null;
            }
            node = Syntax.parent(s, node);
        }
        return null;
    }

    /**
     * One predication per conjoined subject (with another as partner) and per conjoined object;
     * conjoined nationalities count as conjoined actors ("the Russian and Ukrainian delegations").
     */
    private static void expand(Sentence s, Predication p, List<Predication> out) {
        List<Predication> bySubject = new ArrayList<>();
        if (p.subject() != null) {
            List<Phrase> subjects = conjoined(s, p.subject());
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
            List<Phrase> objects = q.object() == null ? List.of() : conjoined(s, q.object());
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

    /** "talks between Ali Shamkhani … and Musaed al-Aiban": one predication for each side named. */
    private static List<Predication> betweenEach(Sentence s, Predication p) {
        for (int i = 0; i < p.obliques().size(); i++) {
            Oblique o = p.obliques().get(i);
            List<Integer> sides = o.preposition().equals("between") ? Phrases.conjuncts(s, o.phrase().head()) : List.of();
            if (sides.size() > 1) {
                List<Predication> out = new ArrayList<>();
                for (int side : sides) {
                    List<Oblique> obliques = new ArrayList<>(p.obliques());
                    obliques.set(i, new Oblique("between", Phrases.of(s, side, o.phrase().how())));
                    out.add(p.withObliques(obliques));
                }
                return out;
            }
        }
        return List.of(p);
    }

    private static List<Phrase> conjoined(Sentence s, Phrase phrase) {
        List<Integer> heads = Phrases.conjuncts(s, phrase.head());
        if (heads.size() > 1) {
            return heads.stream().map(h -> Phrases.of(s, h, phrase.how())).toList();
        }
        for (Token adjective : s.children(phrase.head(), "amod")) {
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

    /** For tests and --explain: the reporters as plain text. */
    static List<String> speakers(List<Reporter> reporters) {
        return reporters.stream().map(r -> r.speaker().text()).toList();
    }
}
