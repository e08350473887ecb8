package org.dyad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.junit.jupiter.api.Test;

class ArticleRecordTest {

    @Test
    void read_fullRecord_givesTheArticleWithItsBodyLaidOutInParagraphs() {
        ReadOutcome outcome = new ArticleRecord("a1", "https://x.example/a1", "Arnor Votes", "NC", "2020-09-14T10:00:00Z",
                "  Arnor voted.\n\n\n\nGondor protested.  ").read("t.parquet (id a1)", "t.parquet");

        assertThat(outcome).isEqualTo(new ReadOutcome.Read(new Article("a1", "https://x.example/a1", "t.parquet",
                "Arnor Votes", "NC", LocalDate.of(2020, 9, 14), "Arnor voted.\n\nGondor protested.")));
    }

    @Test
    void read_blankFieldsAreAbsent_andNoIdHashesTheText() {
        Article article = ((ReadOutcome.Read) new ArticleRecord(" ", "", null, null, " ", "Gondor protested.")
                .read("w", "in")).article();

        assertThat(article.id()).isEqualTo(ArticleIds.fromText("Gondor protested."));
        assertThat(article.url()).isNull();
        assertThat(article.published()).isNull();
    }

    @Test
    void read_noTextEmptyTextOrBadDate_namesTheRecordAndTheFix() {
        assertThat(new ArticleRecord("1", null, null, null, null, null).read("t:1", "t"))
                .isEqualTo(new ReadOutcome.Unreadable("t:1", "no \"text\": every record needs the article's text"));
        assertThat(new ArticleRecord("2", null, null, null, null, " \n ").read("t:2", "t"))
                .isEqualTo(new ReadOutcome.Unreadable("t:2", Problems.EMPTY));
        assertThat(new ArticleRecord("3", null, null, null, "the day after", "A.").read("t:3", "t"))
                .isInstanceOfSatisfying(ReadOutcome.Unreadable.class, u -> assertThat(u.problem()).contains("the day after"));
    }
}
