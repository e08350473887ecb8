package org.dyad.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HouseTextReaderTest {

    private static final Path SHARED_EXAMPLE =
            Path.of("../../shared/examples/moscow-times-2020-09-14-belarus-succession.txt");

    private final HouseTextReader reader = new HouseTextReader();

    @Test
    void read_houseLayout_givesHeadlinePublisherDateUrlAndCleanBody() throws IOException {
        Article article = article(reader.read("house-layout.txt", resource("house-layout.txt")));

        assertThat(article.title()).isEqualTo("Arnor and Gondor Agree to Reopen Border Crossings");
        assertThat(article.publisher()).isEqualTo("Northern Courier");
        assertThat(article.published()).isEqualTo(LocalDate.of(2020, 9, 14));
        assertThat(article.url()).isEqualTo("https://courier.example/2020/09/14/arnor-gondor-border-crossings");
        assertThat(article.input()).isEqualTo("house-layout.txt");
        assertThat(article.text()).isEqualTo("""
                Trucks wait at the Osgiliath crossing, closed since the spring.

                Arnor's Foreign Minister Elara Venn said on Monday that the two governments would reopen \
                three border crossings next week, the Northern Courier reported.

                The agreement follows two days of talks in Annuminas, where Gondor's delegation was led by \
                Deputy Prime Minister Tomas Brand.

                Traders on both sides had protested the closure every week since April.""");
        assertThat(article.id()).isEqualTo(ArticleIds.fromText(article.text()));
    }

    @Test
    void read_sharedExample_givesItsHeadlineDateUrlAndAMarkdownFreeBody() {
        List<ReadOutcome> outcomes = new ArticleSource(InputStream.nullInputStream())
                .read(List.of(SHARED_EXAMPLE.toString())).toList();

        assertThat(outcomes).hasSize(1);
        Article article = article(Optional.of(outcomes.get(0)));
        assertThat(article.title()).isEqualTo("Putin Backs Lukashenko's 'Eventual Succession' in Belarus");
        assertThat(article.publisher()).isEqualTo("Bloomberg");
        assertThat(article.published()).isEqualTo(LocalDate.of(2020, 9, 14));
        assertThat(article.url()).isEqualTo("https://www.themoscowtimes.com/2020/09/14/"
                + "putin-backs-lukashenkos-eventual-succession-in-belarus-bloomberg-a71427");
        assertThat(article.text())
                .doesNotContain("**", "Related article", "](#)", "Metzel", "Original url")
                .startsWith("On Monday, Lukashenko and Putin will hold their first face-to-face meeting")
                .contains("Bloomberg reported Sunday.")
                .endsWith("was ready for deployment in Belarus in the event of unrest.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gondor Votes – Ithilien Times          | Gondor Votes                   | Ithilien Times
            Gondor Votes — Ithilien Times          | Gondor Votes                   | Ithilien Times
            Gondor Votes - Ithilien Times          | Gondor Votes                   | Ithilien Times
            Gondor Votes                           | Gondor Votes                   |
            Arnor-Gondor Talks – Round Two – NC    | Arnor-Gondor Talks – Round Two | NC
            **Gondor** Votes [Again](#) – NC       | Gondor Votes Again             | NC
            """)
    void read_headlineLine_splitsTitleFromPublisherAtTheLastDash(String headline, String title, String publisher) {
        Article article = article(reader.read("in.txt", "# " + headline + "\n\n2020-09-14\n\nGondor held a vote.\n"));

        assertThat(article.title()).isEqualTo(title);
        assertThat(article.publisher()).isEqualTo(publisher);
    }

    @Test
    void read_urlOnTheSameLine_takesIt() {
        Article article = article(reader.read("in.txt",
                "# Headline\nSept. 14, 2020\nBody.\nOriginal url: https://courier.example/a\n"));

        assertThat(article.url()).isEqualTo("https://courier.example/a");
        assertThat(article.text()).isEqualTo("Body.");
    }

    @Test
    void read_noUrlLine_hasNullUrl() {
        Article article = article(reader.read("in.txt", "# Headline\n\n14 September 2020\n\nBody.\n"));

        assertThat(article.url()).isNull();
        assertThat(article.text()).isEqualTo("Body.");
    }

    @Test
    void read_dateLineThatIsNotADate_isUnreadableWithTheFix() {
        Optional<ReadOutcome> outcome = reader.read("in.txt", "# Headline – NC\n\nSeptember 45, 2020\n\nBody.\n");

        assertThat(outcome).contains(new ReadOutcome.Unreadable("in.txt",
                "date line \"September 45, 2020\" is not a date: write it like \"September 14, 2020\" or \"2020-09-14\""));
    }

    @Test
    void read_headlineWithoutDateLine_isNotHouseLayout() {
        assertThat(reader.read("in.txt", "# Headline\n\nGondor held a vote on Sunday.\n")).isEmpty();
    }

    @Test
    void read_noHeadline_isNotHouseLayout() {
        assertThat(reader.read("in.txt", "September 14, 2020\n\nGondor held a vote.\n")).isEmpty();
        assertThat(reader.read("in.txt", "## Subheading\n\nSeptember 14, 2020\n\nBody.\n")).isEmpty();
    }

    @Test
    void read_headlineAndDateButNoBody_isEmptyArticle() {
        assertThat(reader.read("in.txt", "# Headline\n\nSeptember 14, 2020\n\nOriginal url: https://x.example\n"))
                .contains(new ReadOutcome.Unreadable("in.txt", Problems.EMPTY));
    }

    static Article article(Optional<ReadOutcome> outcome) {
        assertThat(outcome).isPresent();
        assertThat(outcome.get()).isInstanceOf(ReadOutcome.Read.class);
        return ((ReadOutcome.Read) outcome.get()).article();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = HouseTextReaderTest.class.getResourceAsStream("/read/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
