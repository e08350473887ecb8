package org.dyad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dyad.read.HouseTextReaderTest.article;
import static org.dyad.read.HouseTextReaderTest.resource;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.dyad.model.Article;
import org.dyad.model.ArticleIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    @Test
    void read_newsPage_givesMetadataFromOpenGraphJsonLdAndCanonicalLink() throws IOException {
        Article article = read(resource("page.html"));

        assertThat(article.title()).isEqualTo("Gondor Court Frees Jailed Editor");
        assertThat(article.publisher()).isEqualTo("Ithilien Times");
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 3, 2));
        assertThat(article.url()).isEqualTo("https://ithilien.example/2021/03/02/gondor-court-frees-editor");
        assertThat(article.input()).isEqualTo("page.html");
        assertThat(article.id()).isEqualTo(ArticleIds.fromText(article.text()));
    }

    @Test
    void read_newsPage_keepsTheArticleParagraphsAndDropsTheClutter() throws IOException {
        String text = read(resource("page.html")).text();

        assertThat(text).contains(
                "A court in Gondor on Tuesday ordered the release of newspaper editor Halbarad Stone, who had been held"
                        + " for six months on charges of insulting the steward.\n\nProsecutors said",
                "called a victory for the free press.",
                "welcomed the decision.\nThey urged Gondor",
                "The steward's office did not respond");
        assertThat(text).doesNotContain("Home", "World", "Advertisement", "Mineral Water", "Sponsored",
                "Rohan", "courthouse", "Tracking", "Copyright", "display:", "Jailed", "Jane Roe", "Steward Tightens");
    }

    @Test
    void read_metaTagsOnly_takesArticlePublishedTimeTitleAndOgUrl() {
        Article article = read("""
                <html><head><title>Arnor Votes</title>
                <meta property="article:published_time" content="2020-09-14T08:00:00Z">
                <meta property="og:url" content="https://arnor.example/votes">
                </head><body><p>Arnor voted on Sunday.</p></body></html>""");

        assertThat(article.title()).isEqualTo("Arnor Votes");
        assertThat(article.published()).isEqualTo(LocalDate.of(2020, 9, 14));
        assertThat(article.url()).isEqualTo("https://arnor.example/votes");
        assertThat(article.publisher()).isNull();
        assertThat(article.text()).isEqualTo("Arnor voted on Sunday.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "<meta name=\"date\" content=\"2020-09-14\">",
            "<meta name=\"pubdate\" content=\"September 14, 2020\">",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-09-14T10:00:00+03:00\"}</script>",
            "<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-09-14\"}]</script>",
            "<time datetime=\"2020-09-14T10:00\">Monday</time>",
            "<time datetime=\"14 Sep 2020\">Monday</time><time datetime=\"2011-01-01\">Later</time>"})
    void read_dateDeclaredOneWay_findsIt(String declaration) {
        Article article = read("<html><head>" + declaration + "</head><body><h1>Arnor</h1>"
                + declaration + "<p>Arnor voted on Sunday.</p></body></html>");

        assertThat(article.published()).isEqualTo(LocalDate.of(2020, 9, 14));
    }

    @Test
    void read_undeclaredOrUnparseableDate_hasNoDate() {
        Article article = read("<html><head><meta name=\"date\" content=\"soon\">"
                + "<script type=\"application/ld+json\">{not json</script></head><body><p>Text.</p></body></html>");

        assertThat(article.published()).isNull();
        assertThat(article.title()).isNull();
    }

    @Test
    void read_pageWithoutText_isEmptyArticle() {
        assertThat(reader.read("page.html", "<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>"))
                .isEqualTo(new ReadOutcome.Unreadable("page.html", Problems.EMPTY));
    }

    private Article read(String html) {
        return article(Optional.of(reader.read("page.html", html)));
    }
}
