package org.dyad.nlp;

import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Article;

/** Turns an article into annotated sentences. Implementations are safe to share across threads. */
public interface Annotator {

    AnnotatedArticle annotate(Article article);
}
