package org.dyad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {

    private final JsonLinesReader reader = new JsonLinesReader();

    @Test
    void read_fullRecord_givesEveryField() {
        List<ReadOutcome> outcomes = read("""
                {"id":"a1","url":"https://x.example/a1","title":"Arnor Votes","published":"2020-09-14","text":"Arnor voted."}
                """);

        assertThat(outcomes).containsExactly(new ReadOutcome.Read(new Article("a1", "https://x.example/a1",
                "feed.jsonl", "Arnor Votes", null, LocalDate.of(2020, 9, 14), "Arnor voted.")));
    }

    @Test
    void read_textOnly_hashesTheTextForTheId() {
        Article article = ((ReadOutcome.Read) read("{\"text\":\"Gondor protested.\"}").get(0)).article();

        assertThat(article.id()).isEqualTo(ArticleIds.fromText("Gondor protested."));
        assertThat(article.url()).isNull();
        assertThat(article.title()).isNull();
        assertThat(article.published()).isNull();
    }

    @Test
    void read_publishedAsDateTimeOrEnglish_takesTheDate() {
        List<ReadOutcome> outcomes = read("""
                {"id":1,"published":"2020-09-14T23:00:00-04:00","text":"A."}
                {"id":2,"published":"Sept. 14, 2020","text":"B."}
                """);

        assertThat(outcomes).extracting(o -> ((ReadOutcome.Read) o).article().published())
                .containsOnly(LocalDate.of(2020, 9, 14));
        assertThat(outcomes).extracting(o -> ((ReadOutcome.Read) o).article().id()).containsExactly("1", "2");
    }

    @Test
    void read_badLines_areReportedByLineAndTheOthersStillRead() {
        List<ReadOutcome> outcomes = read("""
                {"id":"ok1","text":"Arnor voted."}
                {"id":"broken","text":"Arnor
                {"id":"no-text","title":"Headline only"}

                {"id":"bad-date","published":"last Tuesday","text":"Gondor voted."}
                ["not","an","object"]
                {"id":"blank","text":"   "}
                {"id":"ok2","text":"Gondor voted."} trailing
                {"id":"ok3","text":"Rohan voted."}
                """);

        assertThat(outcomes).hasSize(8);
        assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Read.class);
        assertThat(unreadable(outcomes.get(1))).startsWith("feed.jsonl:2 invalid JSON at column")
                .endsWith(": write one JSON object per line");
        assertThat(unreadable(outcomes.get(2))).isEqualTo("feed.jsonl:3 no \"text\": every line needs the article's text");
        assertThat(unreadable(outcomes.get(3))).isEqualTo("feed.jsonl:5 \"published\" \"last Tuesday\" is not a date:"
                + " write it like \"September 14, 2020\" or \"2020-09-14\"");
        assertThat(unreadable(outcomes.get(4))).startsWith("feed.jsonl:6 not a JSON object");
        assertThat(unreadable(outcomes.get(5))).isEqualTo("feed.jsonl:7 " + Problems.EMPTY);
        assertThat(unreadable(outcomes.get(6))).startsWith("feed.jsonl:8 invalid JSON");
        assertThat(((ReadOutcome.Read) outcomes.get(7)).article().id()).isEqualTo("ok3");
    }

    @Test
    void read_windowsLineEndings_areLineBreaks() {
        assertThat(read("{\"text\":\"A.\"}\r\n{\"text\":\"B.\"}\r\n"))
                .extracting(o -> ((ReadOutcome.Read) o).article().text()).containsExactly("A.", "B.");
    }

    @Test
    void read_oversizedLine_isReportedAndTheNextLineRead() {
        String huge = "{\"text\":\"" + "a".repeat((int) Problems.MAX_ARTICLE_BYTES) + "\"}";

        List<ReadOutcome> outcomes = read(huge + "\n{\"id\":\"next\",\"text\":\"B.\"}\n");

        assertThat(unreadable(outcomes.get(0))).isEqualTo("feed.jsonl:1 too large (11 MB) for one article:"
                + " split its text into several records");
        assertThat(((ReadOutcome.Read) outcomes.get(1)).article().id()).isEqualTo("next");
    }

    private List<ReadOutcome> read(String jsonLines) {
        try (Stream<ReadOutcome> outcomes = reader.read("feed.jsonl", new StringReader(jsonLines))) {
            return outcomes.toList();
        }
    }

    private static String unreadable(ReadOutcome outcome) {
        assertThat(outcome).isInstanceOf(ReadOutcome.Unreadable.class);
        ReadOutcome.Unreadable unreadable = (ReadOutcome.Unreadable) outcome;
        return unreadable.input() + " " + unreadable.problem();
    }
}
