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

    @Override
    public AnnotatedArticle annotate(Article article) {
        List<Sentence> sentences = byArticle.get(article.id());
        if (sentences == null) {
            throw new IllegalArgumentException("no parse given for article " + article.id());
        }
        return new AnnotatedArticle(article, sentences);
    }
}
