package org.dyad.extract;

import org.dyad.lexicon.Cues;
import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.Set;

/**
 * The subject and object of a verb: its own, or, when it has none, those it takes through
 * conjunction, control ("urged X to", "are expected to"), object control ("accused X of"), the noun
 * it modifies, or the antecedent of a relative pronoun; a passive's {@code by} phrase is its subject.
 */
final class VerbArguments {

    private final Cues cues;

    VerbArguments(Cues cues) {
        this.cues = cues;
    }


    private static final Set<String> QUANTIFIERS = Set.of("some", "many", "others", "most", "several", "few", "all", "both");

    private static boolean isBareQuantifier(Sentence s, Token t) {
        return QUANTIFIERS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)) && s.children(t.index()).isEmpty();
    }

    static boolean isRelative(Token t) {
        return Syntax.RELATIVE_PRONOUNS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))
                && (t.pos().startsWith("W") || t.pos().equals("IN") || t.pos().equals("DT"));
    }

    /** The noun a relative clause hangs from ("Washington, which imposed …" → Washington). */
    static Token antecedent(Sentence s, Token from) {
        Token t = Syntax.parent(s, from);
        for (int depth = 0; t != null && depth < 4; depth++) {
            if (t.isNoun() && !isRelative(t)) {
                return t;
            }
            t = Syntax.parent(s, t);
        }
        return null;
    }

    /** Subject and object of a verb, following conjunction, control and passive. */
    record Arguments(Phrase subject, Phrase object, boolean passive) {
    }

    /**
     * "Ethiopia indicated it would act against Libya" is sometimes parsed with "Ethiopia indicated" as
     * the clausal subject of "act" and "it" as the object of "indicated": the pronoun right after the
     * reporting verb is the subject of the clause.
     */
    private static Token misreadSubject(Sentence s, Token verb) {
        Token clause = Syntax.child(s, verb.index(), "csubj");
        if (clause == null || !clause.isVerb()) {
            return null;
        }
        Token obj = Syntax.child(s, clause.index(), "obj");
        if (obj != null && obj.isPronoun() && obj.index() == clause.index() + 1 && obj.index() < verb.index()) {
            return obj;
        }
        return null;
    }

    /** A present participle right after a comma: ", accusing them of …". */
    private static boolean afterComma(Sentence s, Token verb) {
        return verb.pos().equals("VBG") && verb.index() > 0 && s.token(verb.index() - 1).word().equals(",");
    }

    /**
     * The verb whose subject wields a noun: "with strikes", "with waves of missiles" (an instrument),
     * or the object of a light verb ("launched strikes", "carried out raids"); else null.
     */
    private Token wielder(Sentence s, Token noun) {
        Token n = noun;
        // "waves of missiles", "a salvo of drones": up through the measure.
        if (n.baseRelation().equals("nmod") && Syntax.caseOf(s, n.index()).equals("of") && n.head() >= 0
                && s.token(n.head()).isNoun() && s.token(n.head()).index() < n.index()) {
            n = s.token(n.head());
        }
        if (n.head() < 0 || !s.token(n.head()).isVerb()) {
            return null;
        }
        Token verb = s.token(n.head());
        boolean instrument = n.baseRelation().equals("obl") && Syntax.caseOf(s, n.index()).equals("with");
        boolean light = n.baseRelation().equals("obj") && cues.is(Cues.Kind.LIGHT, verb.lemma());
        return instrument || light ? verb : null;
    }

    private static boolean isInfinitive(Sentence s, Token verb) {
        return s.children(verb.index(), "mark").stream().anyMatch(m -> m.word().equalsIgnoreCase("to"));
    }

    /**
     * The verb a gerund belongs to when the parser hangs it on its preposition ("by closing", "after
     * accusing", "before leaving") and the preposition on the verb; null otherwise.
     */
    private static Token gerundGovernor(Sentence s, Token gerund, Token preposition) {
        if (!gerund.pos().equals("VBG") || !preposition.pos().equals("IN") || preposition.index() != gerund.index() - 1
                || !Set.of("advmod", "mark", "case", "dep").contains(preposition.relation()) || preposition.head() < 0) {
            return null;
        }
        Token verb = s.token(preposition.head());
        return verb.isVerb() ? verb : null;
    }

    /**
     * The verb whose object or oblique the noun heads (up through "of" and other noun modifiers), or
     * null when the noun is on the subject's side of its clause.
     */
    private static Token clauseVerbOf(Sentence s, Token noun) {
        Token t = noun;
        for (int depth = 0; t != null && depth < 6; depth++) {
            String rel = t.baseRelation();
            if (rel.equals("nsubj") || rel.equals("csubj")) {
                return null;
            }
            Token up = t.head() < 0 ? null : s.token(t.head());
            if (up == null) {
                return null;
            }
            if (up.isVerb() && up.index() < noun.index() && Set.of("obj", "iobj", "obl", "nmod").contains(rel)) {
                return up;
            }
            if (!Set.of("nmod", "obj", "iobj", "obl", "compound", "appos", "conj").contains(rel)) {
                return null;
            }
            t = up;
        }
        return null;
    }

    Arguments of(Sentence s, Token verb) {
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
            } else if (inner != null && clause.relation().equals("ccomp") && Set.of("VB", "VBP").contains(clause.pos())
                    && s.children(clause.index()).stream().noneMatch(c -> Set.of("mark", "aux").contains(c.baseRelation()))) {
                // "help Congo's army fight the M23", "let the convoy pass": a bare infinitive's subject is
                // the one helped or let.
                object = Phrases.of(s, inner.index(), "subject of the bare infinitive");
            }
        }
        if (nsubj == null && pass == null) {
            nsubj = misreadSubject(s, verb);
        }
        if (nsubj != null && isBareQuantifier(s, nsubj) && verb.relation().equals("conj")) {
            // "Thousands rallied, and some tried to …": "some" are some of the first verb's subject.
            nsubj = null;
        }
        if (nsubj != null) {
            if (isRelative(nsubj)) {
                Token antecedent = antecedent(s, verb);
                Token wielder = antecedent == null ? null : wielder(s, antecedent);
                if (wielder != null && depth < 4) {
                    // "launched the war with strikes that killed Iran's commanders": who strikes, kills.
                    Arguments up = arguments(s, wielder, depth + 1);
                    if (up.subject() != null && !up.passive()) {
                        return new Arguments(up.subject().withHow("subject of " + wielder.word() + " " + antecedent.word()), object, false);
                    }
                }
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
            case "dep" -> {
                if (afterComma(s, verb) && parent.isVerb()) {
                    // "The army shelled the town, killing six civilians": the parser leaves the
                    // participle loose; it speaks for the clause's subject.
                    Arguments up = arguments(s, parent, depth + 1);
                    return new Arguments(up.subject(), object, false);
                }
                Token governor = gerundGovernor(s, verb, parent);
                if (governor != null) {
                    // "retaliated by closing its airspace", "sent troops after accusing the TPLF": CoreNLP
                    // hangs the gerund on its preposition, made an adverb of the verb; the gerund's subject
                    // is that verb's.
                    Arguments up = arguments(s, governor, depth + 1);
                    return new Arguments(up.subject() == null ? null : up.subject().withHow("subject of " + governor.word()),
                            object, false);
                }
            }
            case "acl" -> {
                Token noun = isRelative(parent) ? antecedent(s, parent) : parent;
                if (noun == null) {
                    return new Arguments(null, object, false);
                }
                // The tagger often takes such a participle for a past tense (VBD).
                Token wielder = Set.of("VBN", "VBD").contains(verb.pos()) && s.children(verb.index()).stream()
                        .noneMatch(c -> Syntax.caseOf(s, c.index()).equals("by")) ? wielder(s, noun) : null;
                if (wielder != null) {
                    // "answered with waves of missiles fired at Israeli cities": who answers with them, fires them.
                    Arguments up = arguments(s, wielder, depth + 1);
                    if (up.subject() != null && !up.passive()) {
                        return new Arguments(up.subject().withHow("subject of " + wielder.word() + " with " + noun.word()),
                                Phrases.of(s, noun.index(), "what is " + verb.word()), false);
                    }
                }
                if (cues.is(Cues.Kind.PURPOSE, noun.lemma()) && noun.baseRelation().equals("obl") && noun.head() >= 0
                        && s.token(noun.head()).isVerb() && isInfinitive(s, verb)) {
                    // "sent troops under a mission to help Congo's army", "in an effort to end the war": the
                    // purpose is the verb's subject's.
                    Arguments up = arguments(s, s.token(noun.head()), depth + 1);
                    if (up.subject() != null && !up.passive()) {
                        return new Arguments(up.subject().withHow("subject of " + s.token(noun.head()).word()), object, false);
                    }
                }
                if (cues.is(Cues.Kind.DOCUMENT, noun.lemma()) && noun.baseRelation().equals("obj") && noun.head() >= 0
                        && s.token(noun.head()).isVerb() && !verb.pos().equals("VBN")) {
                    // "issued a statement condemning the strikes", "signed a letter urging Biden": the
                    // document speaks for whoever issued it.
                    Token issuer = s.token(noun.head());
                    Arguments up = arguments(s, issuer, depth + 1);
                    if (up.subject() != null && !up.passive()) {
                        return new Arguments(up.subject().withHow("issuer of the " + noun.word()), object, false);
                    }
                }
                Token clauseVerb = afterComma(s, verb) ? clauseVerbOf(s, noun) : null;
                if (clauseVerb != null) {
                    // "Police detained dozens of protesters, accusing them of rioting": a participle set
                    // off by a comma after the clause's object speaks for the clause's subject.
                    Arguments up = arguments(s, clauseVerb, depth + 1);
                    if (up.subject() != null) {
                        return new Arguments(up.subject().withHow("subject of " + clauseVerb.word()), object, false);
                    }
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
}
