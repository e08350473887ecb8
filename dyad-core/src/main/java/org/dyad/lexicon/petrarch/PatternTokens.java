package org.dyad.lexicon.petrarch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Splits the text of a pattern or synset member into {@link PatternToken}s. */
final class PatternTokens {

    private PatternTokens() {
    }

    /** The tokens of {@code text}; braces and parentheses must pair up and may nest. */
    static List<PatternToken> parse(String text) throws MalformedLine {
        Deque<Group> open = new ArrayDeque<>();
        open.push(new Group('\0'));
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "{}()".indexOf(c) >= 0) {
                flush(word, open.peek().tokens);
            }
            switch (c) {
                case '{', '(' -> open.push(new Group(c));
                case '}', ')' -> {
                    Group group = open.pop();
                    char opener = c == '}' ? '{' : '(';
                    if (group.opener != opener) {
                        throw new MalformedLine(group.opener == '\0'
                                ? "'" + c + "' closes nothing: remove it or add its '" + opener + "'"
                                : "'" + c + "' closes '" + group.opener + "': make the brackets pair up");
                    }
                    if (group.tokens.isEmpty()) {
                        throw new MalformedLine("empty '" + opener + c + "': write the words inside or remove it");
                    }
                    open.peek().tokens.add(opener == '{'
                            ? new PatternToken.NounPhrase(group.tokens)
                            : new PatternToken.PrepositionalPhrase(group.tokens));
                }
                case '[', ']' -> throw new MalformedLine("'" + c + "' inside a pattern: a code comes last, in one pair of [ ]");
                default -> {
                    if (!Character.isWhitespace(c)) {
                        word.append(c);
                    }
                }
            }
        }
        flush(word, open.peek().tokens);
        if (open.size() > 1) {
            throw new MalformedLine("'" + open.peek().opener + "' is never closed: add its '"
                    + (open.peek().opener == '{' ? '}' : ')') + "'");
        }
        return List.copyOf(open.peek().tokens);
    }

    /** Calls {@code action} on every token of {@code tokens}, inside phrases too. */
    static void forEachDeep(List<PatternToken> tokens, Consumer<PatternToken> action) {
        for (PatternToken token : tokens) {
            action.accept(token);
            if (token instanceof PatternToken.NounPhrase np) {
                forEachDeep(np.tokens(), action);
            } else if (token instanceof PatternToken.PrepositionalPhrase pp) {
                forEachDeep(pp.tokens(), action);
            }
        }
    }

    private static void flush(StringBuilder word, List<PatternToken> into) throws MalformedLine {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        into.add(switch (w) {
            case "*" -> new PatternToken.Verb();
            case "$" -> new PatternToken.Source();
            case "+" -> new PatternToken.Target();
            case "%" -> new PatternToken.Compound();
            case "^" -> new PatternToken.Skip();
            default -> word(w);
        });
    }

    private static PatternToken word(String w) throws MalformedLine {
        if (w.indexOf('*') >= 0) {
            throw new MalformedLine("'*' inside the word '" + w + "': the verb's place stands alone, between spaces");
        }
        if (w.startsWith("&")) {
            if (w.length() == 1) {
                throw new MalformedLine("'&' without a synset name: write &NAME");
            }
            return new PatternToken.SynsetRef(w.substring(1));
        }
        return new PatternToken.Word(w);
    }

    private static final class Group {
        final char opener;
        final List<PatternToken> tokens = new ArrayList<>();

        Group(char opener) {
            this.opener = opener;
        }
    }
}
