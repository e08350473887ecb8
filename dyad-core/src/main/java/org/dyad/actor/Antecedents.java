package org.dyad.actor;

import org.dyad.model.Actor;
import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What pronouns refer to: an actor named earlier in the same sentence ("Russia is sending its
 * paratroopers"), else the last fitting actor of the article; people for he/his, countries and
 * organisations for it/its, either for they/their.
 */
final class Antecedents {

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "them", "their", "theirs");
    private final ActorLexicon lexicon;
    private final ActorResolver resolver;

    Antecedents(ActorLexicon lexicon, ActorResolver resolver) {
        this.lexicon = lexicon;
        this.resolver = resolver;
    }

    Resolution pronoun(String word, Discourse discourse) {
        if (PERSON_PRONOUNS.contains(word) && discourse.lastPerson() != null) {
            Actor last = discourse.lastPerson();
            return Resolution.of(new Actor(last.code(), last.name(), word, "pronoun for " + last.name()));
        }
        if (word.startsWith("the") && discourse.lastGroup() == null && discourse.lastPerson() != null) {
            Actor last = discourse.lastPerson();
            return Resolution.of(new Actor(last.code(), last.name(), word, "pronoun for " + last.name()));
        }
        if (GROUP_PRONOUNS.contains(word) && discourse.lastGroup() != null) {
            Actor last = discourse.lastGroup();
            return Resolution.of(new Actor(last.code(), last.name(), word, "pronoun for " + last.name()));
        }
        return Resolution.none("pronoun '" + word + "' with nothing to refer to");
    }

    /**
     * The actor a pronoun refers to when the same sentence names one before it: "Russia is sending
     * its paratroopers to Belarus" → Russia, whatever the article named last. People for he/his/she,
     * countries and organisations for it/its/they.
     */
    Actor antecedentInSentence(Sentence sentence, int pronoun, Boolean person, LocalDate date, Discourse discourse) {
        Actor speaker = person == Boolean.TRUE ? null : speakerOf(sentence, pronoun, date, discourse);
        if (speaker != null) {
            return speaker;
        }
        Actor found = null;
        int foundAt = -1;
        for (ActorLexicon.NameMatch m : lexicon.names(sentence, 0, pronoun)) {
            boolean group = m.entry() instanceof NameEntry.Organisation
                    || m.entry() instanceof NameEntry.CountryName c && c.kind() != NameEntry.CountryName.Kind.ADJECTIVE;
            boolean fits = person == Boolean.TRUE ? m.entry() instanceof NameEntry.Person
                    : person == Boolean.FALSE ? group : group || m.entry() instanceof NameEntry.Person;
            if (fits) {
                int head = m.end() - 1;
                Resolution r = resolver.resolve(sentence, new Phrase(head, m.start(), m.end(), sentence.words(m.start(), m.end()), "antecedent"),
                        date, discourse);
                if (r.resolved()) {
                    found = r.actor();
                    foundAt = head;
                }
            }
        }
        if (person == Boolean.TRUE) {
            // "al-Ezzi said … for what he called …": a person the lexicon does not know, named with a
            // title earlier in the sentence, is nearer than anyone the article named before.
            for (var mention : sentence.mentions()) {
                if (mention.type().equals("PERSON") && mention.end() <= pronoun && mention.end() - 1 > foundAt) {
                    Resolution r = resolver.resolve(sentence, resolver.personPhrase(sentence, mention), date, discourse);
                    if (r.resolved()) {
                        found = r.actor();
                        foundAt = mention.end() - 1;
                    }
                }
            }
        }
        if (PLURAL_PRONOUNS.contains(sentence.token(pronoun).word().toLowerCase(Locale.ROOT))) {
            // "Police detained dozens of protesters, accusing them of …": a plural pronoun may stand for
            // a group named by what it is, nearer than any name.
            for (int i = pronoun - 1; i > foundAt; i--) {
                Token t = sentence.token(i);
                if (t.pos().equals("NNS") && lexicon.agentRole(t.lemma()) != null) {
                    Resolution r = resolver.resolve(sentence, new Phrase(i, leftEdge(sentence, i), i + 1,
                            sentence.words(leftEdge(sentence, i), i + 1), "antecedent"), date, discourse);
                    if (r.resolved()) {
                        return r.actor();
                    }
                }
            }
        }
        return found;
    }

    /**
     * "The group said it had captured two soldiers", "the ministry said they would respond": the
     * subject of what someone says, when it is a pronoun, is the one who says it.
     */
    private Actor speakerOf(Sentence sentence, int pronoun, LocalDate date, Discourse discourse) {
        Token p = sentence.token(pronoun);
        if (!p.baseRelation().equals("nsubj") || p.head() < 0) {
            return null;
        }
        Token clause = sentence.token(p.head());
        while (clause.relation().equals("conj") && clause.head() >= 0 && clause.head() < clause.index()) {
            // "said 23 of its soldiers had been killed and that it had killed …": the second thing said.
            clause = sentence.token(clause.head());
        }
        if (!clause.relation().equals("ccomp") || clause.head() < 0) {
            return null;
        }
        for (Token subject : sentence.children(clause.head(), "nsubj")) {
            if (subject.isNoun() && subject.index() < pronoun) {
                Resolution r = resolver.resolve(sentence, new Phrase(subject.index(), leftEdge(sentence, subject.index()),
                        subject.index() + 1, sentence.words(leftEdge(sentence, subject.index()), subject.index() + 1), "speaker"),
                        date, discourse);
                return r.resolved() ? r.actor() : null;
            }
        }
        return null;
    }

    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves");

    /** Where a noun's own modifiers before it begin ("Russian riot police"). */
    private static int leftEdge(Sentence sentence, int noun) {
        int start = noun;
        for (Token c : sentence.children(noun)) {
            if (c.index() < start && Set.of("amod", "compound", "nmod:poss", "det").contains(c.relation())) {
                start = Math.min(start, sentence.subtree(c.index(), x -> false).get(0));
            }
        }
        return start;
    }

    /** Whom a pronoun can stand for: people (he, his), groups (it, its), or either (they, their). */
    static Boolean kind(String pronoun) {
        if (PERSON_PRONOUNS.contains(pronoun)) {
            return Boolean.TRUE;
        }
        return pronoun.startsWith("the") ? null : Boolean.FALSE;
    }

    /** The country of a possessive pronoun on the head ("its paratroopers" after "Russia"), or null. */
    String possessorCountry(Sentence sentence, Phrase phrase, LocalDate date, Discourse discourse) {
        for (Token child : sentence.children(phrase.head(), "nmod:poss")) {
            if (child.isPronoun()) {
                String word = child.word().toLowerCase(Locale.ROOT);
                Actor near = antecedentInSentence(sentence, child.index(), kind(word), date, discourse);
                if (near != null && near.country() != null) {
                    return near.country();
                }
                Actor referent = PERSON_PRONOUNS.contains(word) ? discourse.lastPerson() : discourse.lastGroup();
                if (referent != null && referent.country() != null) {
                    return referent.country();
                }
            }
        }
        return null;
    }
}
