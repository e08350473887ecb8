package org.dyad.extract;

import org.dyad.lexicon.Cues;
import org.dyad.model.Mode;
import org.dyad.model.Oblique;
import org.dyad.model.Phrase;
import org.dyad.model.Predication;
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
    private final VerbArguments arguments;

    public PredicationExtractor(Cues cues, Predicate<String> eventNoun) {
        this.cues = cues;
        this.eventNoun = eventNoun;
        this.modes = new ModeReader(cues);
        this.frames = new Frames(cues);
        this.arguments = new VerbArguments(cues);
    }

    /** A gerund used as a noun ("Fighting broke out") is looked up as the noun it is written as. */
    private static String nounLemma(Token t) {
        return (t.pos().equals("VBG") ? t.word() : t.lemma()).toLowerCase(java.util.Locale.ROOT);
    }

    /** "Fighting broke out …", "the shelling continued": a gerund that is a clause's subject is an event noun. */
    private boolean isGerundNoun(Token t) {
        return t.pos().equals("VBG") && Set.of("nsubj", "nsubj:pass").contains(t.relation()) && eventNoun.test(nounLemma(t));
    }

    public List<Predication> extract(Sentence s) {
        List<Predication> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.isNoun() && eventNoun.test(t.lemma().toLowerCase(java.util.Locale.ROOT)) || isGerundNoun(t)) {
                Conjunctions.expand(s, nominal(s, t), out);
            } else if (Syntax.isPredicateVerb(t) && !isLightWithEventNoun(s, t) || isStance(s, t)) {
                Conjunctions.expand(s, verbal(s, t), out);
            }
        }
        return out;
    }

    /**
     * "was unhappy with Israel", "is critical of the decision": an adjective that is its clause's
     * predicate, with a subject and a prepositional complement, states a stance like a verb.
     */
    private static boolean isStance(Sentence s, Token t) {
        return t.pos().startsWith("JJ") && s.hasChild(t.index(), "cop") && s.hasChild(t.index(), "nsubj")
                && s.children(t.index(), "obl").stream().anyMatch(c -> !Syntax.caseOf(s, c.index()).isEmpty());
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

    /**
     * "called on Rwanda's army to withdraw" is often parsed with "on" as the marker of a clause whose
     * subject is the army: the "on" is the verb's particle.
     */
    private static Token misreadParticle(Sentence s, Token verb) {
        for (Token clause : s.children(verb.index(), "advcl")) {
            Token subject = Syntax.child(s, clause.index(), "nsubj");
            for (Token mark : s.children(clause.index(), "mark")) {
                String w = mark.word().toLowerCase(java.util.Locale.ROOT);
                if ((w.equals("on") || w.equals("upon")) && subject != null && mark.index() < subject.index()
                        && mark.index() == verb.index() + 1) {
                    return mark;
                }
            }
        }
        return null;
    }

    private Predication verbal(Sentence s, Token verb) {
        VerbArguments.Arguments args = arguments.of(s, verb);
        Token particle = Syntax.child(s, verb.index(), "compound:prt");
        if (particle == null) {
            particle = misreadParticle(s, verb);
        }
        List<Oblique> obliques = new ArrayList<>(obliques(s, verb, args.passive()));
        Phrase object = args.object();
        SmallClause small = cues.is(Cues.Kind.LABELLING, verb.lemma()) && !args.passive() ? smallClause(s, verb) : null;
        if (small != null && !small.named().pos().startsWith("W")) {
            // "for what he called a blatant aggression" names nothing; "called India's strikes an act of war", "called the move regrettable": what is called is the
            // object, what it is called is read as "as" ("described the drills as a provocation").
            Token named = small.as();
            object = Phrases.of(s, small.named().index(), "what is called " + named.word());
            Token what = named;
            if (named.lemma().equalsIgnoreCase("act")) {
                // "an act of war", "an act of justice": what kind of act says what it is called.
                what = s.children(named.index(), "nmod").stream().filter(n -> Syntax.caseOf(s, n.index()).equals("of"))
                        .findFirst().orElse(named);
            }
            obliques.add(new Oblique("as", Phrases.of(s, what.index(), "what it is called")));
        }
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
                args.subject(), object, obliques, null, implied, modes.read(s, verb),
                frames.around(s, verb), Clauses.timeOf(s, verb, object), Anchors.place(s, verb.index()), Clauses.embedded(s, verb));
    }

    /**
     * What a labelling verb names and what it names it, as the parser gives them: a small clause
     * ("called [the vote a sham]", an xcomp with its own subject), two objects ("called India's strikes
     * an "act of war""), or a noun left hanging on the object ("branded the report a lie"); else null.
     */
    private record SmallClause(Token named, Token as) {
    }

    private static SmallClause smallClause(Sentence s, Token verb) {
        for (Token c : s.children(verb.index(), "xcomp")) {
            Token subject = Syntax.child(s, c.index(), "nsubj");
            if ((c.isNoun() || c.pos().startsWith("JJ")) && subject != null) {
                return new SmallClause(subject, c);
            }
        }
        List<Token> objects = s.children(verb.index(), "obj");
        if (objects.size() == 2 && objects.get(1).isNoun()) {
            return new SmallClause(objects.get(0), objects.get(1));
        }
        if (objects.size() == 1) {
            for (Token c : s.children(objects.get(0).index(), "dep")) {
                if (c.index() > objects.get(0).index() && (c.isNoun() || c.pos().startsWith("JJ"))) {
                    return new SmallClause(objects.get(0), c);
                }
            }
        }
        return null;
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
        if (gov != null && gov.isVerb() && position.baseRelation().equals("nsubj")) {
            // "Fighting broke out between the army and the RSF": the sides the verb names are the noun's.
            for (Oblique o : obliques(s, gov, false)) {
                if (o.preposition().equals("between")) {
                    obliques.add(o);
                }
            }
        }
        if (governedByVerb) {
            for (Oblique o : obliques(s, gov, false)) {
                if (o.phrase().head() == noun.index() || o.phrase().head() == position.index()) {
                    continue; // "blamed the blasts on Pakistani air strikes": the noun is not its own target
                }
                if (light || !NON_DESTINATION.contains(o.preposition())) {
                    obliques.add(o);
                }
            }
        }
        Mode mode = governedByVerb || (gov != null && gov.pos().startsWith("JJ")) ? modes.read(s, gov) : Mode.ASSERTED;
        // "in a call with Kagame, called for a ceasefire": a noun that only says where or how the verb
        // happened is not what is called for.
        boolean circumstance = position.baseRelation().equals("obl") && Set.of("in", "with", "into")
                .contains(Syntax.caseOf(s, position.index()));
        if (governedByVerb && !light && !circumstance && mode != Mode.NEGATED) {
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
            time = Clauses.timeOf(s, frameRoot);
        }
        Phrase place = Anchors.place(s, noun.index());
        if (place == null && frameRoot != noun) {
            place = Anchors.place(s, frameRoot.index());
        }
        return new Predication(s.index(), noun.index(), nounLemma(noun), true, null,
                subject, null, obliques, null, null, mode, frames.around(s, frameRoot), time, place,
                light ? Clauses.embedded(s, gov) : List.of());
    }

    private Phrase nominalAgent(Sentence s, Token noun, Token position, Token gov, boolean governedByVerb, boolean light) {
        Token poss = Syntax.child(s, noun.index(), "nmod:poss");
        // "last Sunday's attack": a day is no agent.
        boolean day = poss != null && s.times().stream().anyMatch(t -> t.covers(poss.index()));
        if (poss != null && !day && (poss.isNoun() || poss.isPronoun()) && !(poss.isPronoun() && light)) {
            return Phrases.of(s, poss.index(), "possessor of " + noun.word());
        }
        for (Token c : s.children(noun.index(), "nmod")) {
            if (Syntax.caseOf(s, c.index()).equals("by")) {
                return Phrases.of(s, c.index(), "by-phrase of " + noun.word());
            }
        }
        int leader = s.leaderOf(noun.index());
        if (leader >= 0) {
            // "student-led protests": who leads the event is its agent.
            return Phrases.of(s, leader, "leader of " + noun.word());
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
            Phrase subject = arguments.of(s, gov).subject();
            return subject == null ? null : subject.withHow("subject of " + gov.word() + " " + noun.word());
        }
        if (governedByVerb) {
            // "sending paratroopers … for drills": the actors moved are the ones who act.
            for (Token other : s.children(gov.index(), "obj")) {
                if (other != position) {
                    return Phrases.of(s, other.index(), "sent by " + gov.word() + " for " + noun.word());
                }
            }
            Phrase subject = arguments.of(s, gov).subject();
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
        Token iobj = Syntax.child(s, verb.index(), "iobj");
        if (iobj != null && Syntax.child(s, verb.index(), "obj") != null) {
            // "promised Kyiv more weapons" is "promised more weapons to Kyiv": the one given to.
            out.add(new Oblique("to", Phrases.of(s, iobj.index(), "indirect object")));
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
}
