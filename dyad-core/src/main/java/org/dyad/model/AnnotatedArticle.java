package org.dyad.model;

import java.util.List;

/** An article with its sentences annotated; what the NLP stage hands to extraction. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
