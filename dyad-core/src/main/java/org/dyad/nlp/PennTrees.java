package org.dyad.nlp;

import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Penn Treebank constituency trees (PETRARCH's {@code <Parse>}) converted to Universal Dependencies
 * with CoreNLP's own converter, so that records coded from a given parse go through the same
 * extraction as text annotated by Dyad. Given parses carry no named entities and no times.
 */
public final class PennTrees {

    private PennTrees() {
    }

    /** The sentence of a bracketed tree; an {@link IllegalArgumentException} names what is malformed. */
    public static Sentence toSentence(String bracketed, int index) {
        Tree tree;
        try {
            tree = Tree.valueOf(bracketed.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a Penn Treebank tree: " + e.getMessage());
        }
        if (tree == null) {
            throw new IllegalArgumentException("not a Penn Treebank tree");
        }
        List<TaggedWord> words = tree.taggedYield();
        int n = words.size();
        int[] heads = new int[n];
        String[] relations = new String[n];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "dep");
        GrammaticalStructure structure = new UniversalEnglishGrammaticalStructure(tree);
        for (TypedDependency d : structure.typedDependencies()) {
            int dependent = d.dep().index() - 1;
            if (dependent < 0 || dependent >= n) {
                continue;
            }
            int governor = d.gov().index() - 1;
            heads[dependent] = governor;
            relations[dependent] = governor < 0 ? "root" : d.reln().toString();
        }
        List<Token> tokens = new ArrayList<>(n);
        int offset = 0;
        for (int i = 0; i < n; i++) {
            TaggedWord w = words.get(i);
            String word = unescape(w.word());
            tokens.add(new Token(i, word, Morphology.lemmaStatic(word, w.tag()), w.tag(), "O", heads[i], relations[i],
                    offset, offset + word.length()));
            offset += word.length() + 1;
        }
        String text = String.join(" ", tokens.stream().map(Token::word).toList());
        return new Sentence(index, false, text, tokens, List.of(), List.of());
    }

    private static String unescape(String word) {
        return switch (word) {
            case "-LRB-" -> "(";
            case "-RRB-" -> ")";
            case "-LCB-" -> "{";
            case "-RCB-" -> "}";
            case "``", "''" -> "\"";
            default -> word;
        };
    }
}
