package org.dyad.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * One annotated sentence: tokens, the dependency tree they form, named entities and time expressions.
 * Sentence 0 is the headline when the article has one; body sentences follow in order.
 */
public record Sentence(int index, boolean headline, String text, List<Token> tokens,
                       List<Mention> mentions, List<TimeExpression> times) {

    public Sentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Dependents of a token, in sentence order. */
    public List<Token> children(int head) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == head) {
                out.add(t);
            }
        }
        return out;
    }

    /** Dependents of a token whose relation (full, or base when {@code relation} has no subtype) matches. */
    public List<Token> children(int head, String relation) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == head && (t.relation().equals(relation) || t.baseRelation().equals(relation))) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * "Hamas-led fighters", "a Saudi-led coalition", "student-led protests": the token that leads the
     * noun at {@code head} through a hyphenated "-led", or -1.
     */
    public int leaderOf(int head) {
        for (Token led : children(head, "amod")) {
            if (!led.word().equalsIgnoreCase("led") || led.index() < 2 || !tokens.get(led.index() - 1).pos().equals("HYPH")) {
                continue;
            }
            Token before = tokens.get(led.index() - 2);
            if (before.head() == led.index() && (before.isNoun() || before.pos().startsWith("JJ"))) {
                return before.index();
            }
        }
        return -1;
    }

    /** The preposition of an oblique or nominal modifier ("according to" → "according"), or "". */
    public String caseOf(int token) {
        for (Token t : tokens) {
            if (t.head() == token && t.baseRelation().equals("case")) {
                // The word, not the lemma: CoreNLP lemmatises "according" to "accord".
                return t.word().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "";
    }

    public boolean hasChild(int head, String relation) {
        return !children(head, relation).isEmpty();
    }

    /** Tokens of the subtree rooted at {@code head}, skipping subtrees whose root matches {@code prune}. */
    public List<Integer> subtree(int head, IntPredicate prune) {
        List<Integer> out = new ArrayList<>();
        collect(head, prune, out);
        Collections.sort(out);
        return out;
    }

    private void collect(int node, IntPredicate prune, List<Integer> out) {
        out.add(node);
        for (Token child : tokens) {
            if (child.head() == node && !prune.test(child.index())) {
                collect(child.index(), prune, out);
            }
        }
    }

    /** The words from token {@code start} to {@code end} (exclusive), joined as written. */
    public String words(int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            if (sb.length() > 0 && i > start && tokens.get(i - 1).end() < t.begin()) {
                sb.append(' ');
            }
            sb.append(t.word());
        }
        return sb.toString();
    }

    /** The named entity covering a token, if any. */
    public Mention mentionAt(int token) {
        for (Mention m : mentions) {
            if (m.covers(token)) {
                return m;
            }
        }
        return null;
    }
}
