package org.dyad.nlp;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;
import org.dyad.model.Sentence;

import java.util.List;
import java.util.Map;

/**
 * An annotator for articles that come with their parse (validation records): it returns the
 * sentences given for the article's id instead of parsing its text.
 */
public final class GivenParses implements Annotator {

    private final Map<String, List<Sentence>> byArticle;

    public GivenParses(Map<String, List<Sentence>> byArticle) {
        this.byArticle = Map.copyOf(byArticle);
    }

    /**
     * The sentences of one given parse: CoNLL-U as it is (with CoreNLP's lemmas), a Penn Treebank
     * tree converted to UD by CoreNLP. Throws IllegalArgumentException when there is none.
     */
    public static List<Sentence> sentences(String parse) {
        if (parse.isBlank()) {
            throw new IllegalArgumentException("the record has no <Parse>");
        }
        return Character.isDigit(parse.charAt(0))
                ? ConllU.parseAllWithCoreNlpLemmas(parse) : List.of(PennTrees.toSentence(parse, 0));
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        List<Sentence> sentences = byArticle.get(article.id());
        if (sentences == null) {
            throw new IllegalArgumentException("no parse given for article " + article.id());
        }
        return new AnnotatedArticle(article, sentences);
    }
}
