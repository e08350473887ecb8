package org.dyad.actor;

import org.dyad.model.Phrase;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.List;
import java.util.Set;

/** Reading the parts of an actor phrase: its title or agent, whether it is definite, the person it names. */
final class PhraseParts {

    private PhraseParts() {
    }

    static final Set<String> PERSON_TITLES = Set.of("president", "leader", "prime minister", "premier",
            "chancellor", "king", "queen", "strongman", "emir", "sultan", "minister", "foreign minister",
            "ruler", "dictator", "head of state", "autocrat", "monarch");

    static String role(Sentence sentence, List<ActorLexicon.AgentMatch> agents, int head) {
        if (agents.isEmpty()) {
            return null;
        }
        boolean office = agents.stream().anyMatch(a -> a.role().equals("GOV") && a.start() <= head && head < a.end());
        // A group role (opposition, rebels, protesters) wins over a title that merely heads it:
        // "leader of the opposition" is OPP, not GOV. A rank before a name does not: "the national
        // security adviser, Lieutenant General Asim Malik" acts in his office.
        for (ActorLexicon.AgentMatch a : agents) {
            boolean rankBeforeName = office && a.role().equals("MIL") && a.end() < sentence.size()
                    && sentence.token(a.end()).isProperNoun() && !(a.start() <= head && head < a.end());
            if (!a.role().equals("GOV") && !rankBeforeName && (a.start() <= head && head < a.end() || agents.size() > 1)) {
                return a.role();
            }
        }
        for (ActorLexicon.AgentMatch a : agents) {
            if (a.start() <= head && head < a.end()) {
                return a.role();
            }
        }
        return agents.get(agents.size() - 1).role();
    }

    /**
     * "Nagorno-Karabakh's ethnic Armenians", "ethnic Serbs in Kosovo": a people as an ethnic group,
     * not the state of that name nor its citizens.
     */
    static boolean ethnic(Sentence sentence, ActorLexicon.NameMatch m) {
        if (m.start() > 0 && sentence.token(m.start() - 1).word().equalsIgnoreCase("ethnic")) {
            return true;
        }
        return sentence.children(m.end() - 1, "amod").stream().anyMatch(a -> a.word().equalsIgnoreCase("ethnic"));
    }

    /** Participles after a hyphen that make the name before them a backer, not the actor ("Iran-backed militias"). */
    private static final Set<String> BACKING = Set.of("backed", "supported", "funded", "sponsored", "armed", "trained",
            "aligned", "allied", "installed", "brokered", "mediated", "friendly", "leaning");

    /** "Iran-backed militias", "a Qatar-brokered truce": the name only says who stands behind the phrase's head. */
    static boolean backer(Sentence sentence, ActorLexicon.NameMatch m) {
        int hyphen = m.end();
        return hyphen + 1 < sentence.size() && sentence.token(hyphen).pos().equals("HYPH")
                && BACKING.contains(sentence.token(hyphen + 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    static String agentWords(List<ActorLexicon.AgentMatch> agents, int head) {
        for (ActorLexicon.AgentMatch a : agents) {
            if (a.start() <= head && head < a.end()) {
                return a.words();
            }
        }
        return agents.get(agents.size() - 1).words();
    }

    /**
     * Whether a name stands beside a capitalised word, which makes it part of a longer name the
     * lexicon does not know: "Kanye West", "West Virginia", "Gulf War", "Asia-Pacific Economic Forum".
     */
    static boolean besideProperNoun(Sentence sentence, ActorLexicon.NameMatch m) {
        if (m.start() > 0 && sentence.token(m.start() - 1).isProperNoun()) {
            return true;
        }
        int next = m.end();
        if (next < sentence.size() && sentence.token(next).pos().equals("HYPH")) {
            next++;
        }
        return next < sentence.size() && sentence.token(next).isProperNoun();
    }

    static boolean covers(ActorLexicon.NameMatch m, int token) {
        return m.start() <= token && token < m.end();
    }

    /** Whether the way from a token up to the head goes through an apposition, the token's own included. */
    static boolean throughApposition(Sentence sentence, int token, int head) {
        for (int t = token, depth = 0; t != head && t >= 0 && depth < 12; t = sentence.token(t).head(), depth++) {
            if (sentence.token(t).relation().equals("appos")) {
                return true;
            }
        }
        return false;
    }

    static boolean isDefinite(Sentence sentence, Phrase phrase) {
        Token first = sentence.token(phrase.start());
        return first.lemma().equalsIgnoreCase("the") || first.lemma().equalsIgnoreCase("this");
    }

    /**
     * Whether a token belongs to the actor the head names, not to a phrase beside it: "Ukraine's
     * ambassador to the United Nations" names a Ukrainian, not the UN. Possessors, compounds,
     * adjectives, appositions and "of" phrases belong; other prepositional phrases and clauses do not.
     */
    static boolean attached(Sentence sentence, int token, int head, boolean throughApposition) {
        int t = token;
        for (int depth = 0; t != head && t >= 0 && depth < 12; depth++) {
            Token tok = sentence.token(t);
            String rel = tok.relation();
            if (rel.equals("appos") && t != token && !throughApposition) {
                // The name in apposition counts, not what describes it: "Nabih Berri, a Hezbollah ally".
                return false;
            }
            boolean inModifier = rel.equals("conj") && tok.head() >= 0
                    && Set.of("amod", "compound").contains(sentence.token(tok.head()).relation());
            if (rel.startsWith("acl") || rel.equals("advcl") || rel.equals("ccomp") || rel.equals("conj") && !inModifier
                    || rel.equals("parataxis") || rel.startsWith("obl")) {
                // A conjunct inside a modifier still qualifies the head: "Pakistani" in "Indian and Pakistani troops".
                return false;
            }
            if (rel.equals("nmod")) {
                String prep = sentence.caseOf(t);
                if (!prep.equals("of") && !prep.isEmpty()) {
                    return false;
                }
            }
            t = tok.head();
        }
        return t == head;
    }

    /**
     * The name of a person the NER found at the phrase's head or in apposition to it ("Ukraine's
     * ambassador, Sergiy Kyslytsya"), when the lexicon does not know it.
     */
    static String unknownPersonName(Sentence sentence, Phrase phrase) {
        for (var m : sentence.mentions()) {
            if (m.type().equals("PERSON") && m.covers(phrase.head())) {
                return m.text();
            }
        }
        for (Token appos : sentence.children(phrase.head(), "appos")) {
            for (var m : sentence.mentions()) {
                if (m.type().equals("PERSON") && m.covers(appos.index())) {
                    return m.text();
                }
            }
        }
        return null;
    }

    static String firstName(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts.length > 1 && parts[0].length() > 2 ? parts[0] : null;
    }

    static String surname(String name) {
        if (name == null) {
            return null;
        }
        String[] parts = name.strip().split("\\s+");
        return parts.length > 1 ? parts[parts.length - 1] : null;
    }
}
