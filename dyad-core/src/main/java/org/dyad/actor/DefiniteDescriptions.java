package org.dyad.actor;

import org.dyad.model.Actor;
import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Definite descriptions that refer back to an organisation the article named before: "the ICC issued
 * a warrant … Moscow does not recognise the court's jurisdiction", "NATO … the alliance".
 *
 * <p>The noun may head the phrase ("the watchdog"), be its possessor ("the court's jurisdiction") or
 * its "of" phrase ("the head of the bloc"): an organisation's officials act for it, as the CAMEO
 * actor codebook codes them. The noun must carry "the" itself, so that "the country's top court" and
 * "Russia's court" stay domestic. What modifies the noun must fit the organisation (see
 * {@link Descriptions}); a prepositional phrase counts only when it names something ("the court in
 * Moscow"), since the parser hangs unrelated ones on the noun ("accused the alliance of aggression").
 */
final class DefiniteDescriptions {

    /** Dependents of the noun that do not say which thing it is: clauses, conjuncts, appositions, function words. */
    private static final Set<String> SKIPPED = Set.of("det", "case", "punct", "cc", "conj", "appos", "acl", "acl:relcl",
            "nmod:poss", "parataxis", "mark", "cop", "nsubj", "advcl", "ccomp");
    /** Inside a modifier, what is not a word of it ("the Russian-led alliance": "Russian" hangs as dep on "led"). */
    private static final Set<String> FUNCTION = Set.of("det", "case", "punct", "cc");

    private final ActorLexicon lexicon;

    DefiniteDescriptions(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Notes the nouns of a sentence that describe organisations but stand for something the article
     * did not name: "a court in Moscow", "Russia's court", "the supreme court", "the court in Minsk",
     * any that no organisation named before fits. A later "the court" is that one, not the ICC named
     * before it.
     */
    void observe(Sentence sentence, Discourse discourse) {
        Descriptions descriptions = lexicon.descriptions();
        boolean[] named = null;
        for (Token t : sentence.tokens()) {
            if (!t.isNoun() || !descriptions.isHead(t.word())) {
                continue;
            }
            if (named == null) {
                named = new boolean[sentence.size()];
                for (ActorLexicon.NameMatch m : lexicon.names(sentence, 0, sentence.size())) {
                    for (int i = m.start(); i < m.end(); i++) {
                        named[i] = true;
                    }
                }
            }
            if (!named[t.index()] && !renames(sentence, t, named) && referent(sentence, t, discourse) == null) {
                discourse.rememberOtherReferent(Descriptions.fold(t.word()), sentence.index(), t.index());
            }
        }
    }

    /** Whether the noun stands beside a name as another name for it: "NATO, the alliance", "the militant group Hamas". */
    private static boolean renames(Sentence sentence, Token noun, boolean[] named) {
        if (noun.relation().equals("appos") && noun.head() >= 0 && named[noun.head()]) {
            return true;
        }
        return sentence.children(noun.index()).stream().anyMatch(c -> named[c.index()]
                && Set.of("appos", "compound", "flat", "dep").contains(c.relation()));
    }

    /** Whether a noun is written as a description can be: with "the" and nothing that names what it is. */
    private boolean mayDescribe(Sentence sentence, Token noun) {
        return sentence.children(noun.index(), "det").stream().anyMatch(d -> d.lemma().equalsIgnoreCase("the"))
                && sentence.children(noun.index(), "nmod:poss").isEmpty() && modifiers(sentence, noun) != null;
    }

    /** The organisation named before that a description in the phrase refers to, or null. */
    Actor resolve(Sentence sentence, Phrase phrase, Discourse discourse) {
        for (Token noun : nouns(sentence, phrase.head())) {
            Actor named = referent(sentence, noun, discourse);
            if (named != null) {
                String text = sentence.words(phrase.start(), phrase.end());
                return new Actor(named.code(), named.name(), text,
                        "'" + sentence.words(noun.index(), noun.index() + 1) + "' describes " + named.name() + ", named before");
            }
        }
        return null;
    }

    /** The organisation named before that a noun of the sentence describes, or null. */
    private Actor referent(Sentence sentence, Token noun, Discourse discourse) {
        Descriptions descriptions = lexicon.descriptions();
        if (!noun.isNoun() || !descriptions.isHead(noun.word()) || !mayDescribe(sentence, noun)) {
            return null;
        }
        List<String> modifiers = modifiers(sentence, noun);
        if (namesAKindOfAgent(sentence, noun, modifiers)) {
            return null;
        }
        String folded = Descriptions.fold(noun.word());
        for (Discourse.NamedOrganisation n : discourse.organisationsBefore(sentence.index(), noun.index())) {
            if (discourse.otherReferentBetween(folded, n, sentence.index(), noun.index())) {
                return null;
            }
            if (descriptions.describes(n.organisation().code().value(), noun.word(), modifiers)
                    && !(n.sentence() == sentence.index() && clauseMates(sentence, n, noun))) {
                return n.organisation();
            }
        }
        return null;
    }

    /**
     * Whether a name of the sentence and the noun are arguments of one predicate, with no other verb
     * between: a description does not refer to its clause-mate ("Amnesty condemned the group" is not
     * about Amnesty), though it may to a name of a clause above ("NATO said the alliance would").
     */
    private static boolean clauseMates(Sentence sentence, Discourse.NamedOrganisation named, Token noun) {
        int head = -1;
        for (int i = named.start(); i < named.end(); i++) {
            int up = sentence.token(i).head();
            if (up < named.start() || up >= named.end()) {
                head = i;
                break;
            }
        }
        int governor = head < 0 ? -1 : sentence.token(head).head();
        if (governor < 0) {
            return false;
        }
        for (int t = noun.head(), depth = 0; t >= 0 && depth < 20; t = sentence.token(t).head(), depth++) {
            if (t == governor) {
                return true;
            }
            if (sentence.token(t).isVerb()) {
                return false;
            }
        }
        return false;
    }

    /** The head, then its possessors and "of" phrases. */
    private static List<Token> nouns(Sentence sentence, int head) {
        List<Token> out = new ArrayList<>();
        out.add(sentence.token(head));
        for (Token child : sentence.children(head)) {
            if (child.relation().equals("nmod:poss") || child.relation().equals("nmod") && preposition(sentence, child).equals("of")) {
                out.add(child);
            }
        }
        return out;
    }

    /**
     * The words that modify the noun, folded as {@link Descriptions#fold} does, numbers left out; null when a prepositional phrase on it names a
     * place, country or organisation, which the description cannot fit.
     */
    private List<String> modifiers(Sentence sentence, Token noun) {
        List<String> out = new ArrayList<>();
        for (Token child : sentence.children(noun.index())) {
            if (SKIPPED.contains(child.relation())) {
                continue;
            }
            List<Integer> span = sentence.subtree(child.index(), i -> i != child.index()
                    && SKIPPED.contains(sentence.token(i).relation()) && !FUNCTION.contains(sentence.token(i).relation()));
            if (child.baseRelation().equals("nmod") && !preposition(sentence, child).isEmpty()) {
                if (namesSomething(sentence, span)) {
                    return null;
                }
                continue;
            }
            for (int i : span) {
                Token t = sentence.token(i);
                if (!FUNCTION.contains(t.relation()) || i == child.index()) {
                    if (!t.pos().equals("CD") && !t.pos().equals("HYPH") && t.word().chars().noneMatch(Character::isDigit)
                            && t.word().chars().anyMatch(Character::isLetter)) {
                        out.add(Descriptions.fold(t.word()));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether the noun is part of a longer agent whose other words are not modifiers the description
     * weighed: "the court of appeal" is a kind of court, not the ICC named before.
     */
    private boolean namesAKindOfAgent(Sentence sentence, Token noun, List<String> modifiers) {
        List<Integer> span = sentence.subtree(noun.index(), i -> false);
        for (ActorLexicon.AgentMatch m : lexicon.agents(sentence, span.get(0), span.get(span.size() - 1) + 1)) {
            if (m.start() <= noun.index() && noun.index() < m.end() && m.end() - m.start() > 1) {
                for (int i = m.start(); i < m.end(); i++) {
                    Token t = sentence.token(i);
                    if (i != noun.index() && !t.pos().equals("HYPH") && !modifiers.contains(Descriptions.fold(t.word()))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean namesSomething(Sentence sentence, List<Integer> span) {
        int from = span.get(0);
        int to = span.get(span.size() - 1) + 1;
        if (!lexicon.names(sentence, from, to).isEmpty()) {
            return true;
        }
        return sentence.mentions().stream().anyMatch(m -> m.start() < to && from < m.end() && !m.type().equals("DATE")
                && !m.type().equals("NUMBER") && !m.type().equals("DURATION") && !m.type().equals("ORDINAL"));
    }

    private static String preposition(Sentence sentence, Token child) {
        return sentence.caseOf(child.index());
    }
}
