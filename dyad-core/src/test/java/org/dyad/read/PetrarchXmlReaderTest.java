package org.dyad.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.dyad.read.HouseTextReaderTest.resource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchXmlReaderTest {

    private static final Path UNIT_TEST_RECORDS = Path.of("../../shared/third_party/petrarch/PETR.UnitTest.records.xml");

    private final PetrarchXmlReader reader = new PetrarchXmlReader();

    @Test
    void read_articles_givesOneArticlePerArticleElement() throws IOException {
        List<ReadOutcome> outcomes = read(resource("articles.xml"));

        assertThat(outcomes).containsExactly(
                new ReadOutcome.Read(new Article("ARN-001", null, "in.xml", null, null, LocalDate.of(2020, 9, 14),
                        "Arnor recalled its ambassador from Gondor on Monday.\n\n"
                                + "Gondor's foreign ministry called the move regrettable.")),
                new ReadOutcome.Read(new Article("ARN-002", null, "in.xml", null, null, LocalDate.of(2020, 9, 15),
                        "Gondor expelled two Arnorian diplomats.")));
    }

    @Test
    void read_sentences_takesTheTextAndIgnoresCodingParseAndComments() throws IOException {
        List<ReadOutcome> outcomes = read(resource("sentences.xml"));

        assertThat(outcomes).extracting(o -> ((ReadOutcome.Read) o).article())
                .extracting(Article::id, Article::published, Article::text)
                .containsExactly(
                        tuple("TEST-01", LocalDate.of(1995, 1, 1),
                                "Arnor is about to restore full diplomatic ties with Gondor."),
                        tuple("TEST-02", LocalDate.of(1995, 1, 2),
                                "Gondor welcomed the decision."));
    }

    @Test
    void read_petrarchUnitTestRecords_givesOneArticlePerSentence() throws IOException {
        String xml = Files.readString(UNIT_TEST_RECORDS);
        long sentences = Pattern.compile("<Sentence ").matcher(xml).results().count();

        List<ReadOutcome> outcomes = read(xml);

        assertThat(sentences).isGreaterThan(100);
        assertThat(outcomes).hasSize((int) sentences).allMatch(ReadOutcome.Read.class::isInstance);
        Article first = ((ReadOutcome.Read) outcomes.get(0)).article();
        assertThat(first.id()).isEqualTo("DEMO-00");
        assertThat(first.published()).isEqualTo(LocalDate.of(1995, 1, 1));
        assertThat(first.text()).startsWith("Arnor is about to restore full diplomatic ties with Gondor");
    }

    @Test
    void read_badRecords_areReportedByLineAndTheOthersStillRead() {
        List<ReadOutcome> outcomes = read("""
                <Sentences>
                <Sentence date="19950101" id="S1"><Text>Arnor protested.</Text></Sentence>
                <Sentence date="1995-13-45" id="S2"><Text>Gondor protested.</Text></Sentence>
                <Sentence date="19950103" id="S3"><Parse>(ROOT)</Parse></Sentence>
                <Sentence date="19950104" id="S4"><Text>   </Text></Sentence>
                <Sentence id="S5"><Text>Rohan protested.</Text></Sentence>
                </Sentences>
                """);

        assertThat(outcomes).hasSize(5);
        assertThat(outcomes.get(1)).isEqualTo(new ReadOutcome.Unreadable("in.xml:3", Problems.notADate("date", "1995-13-45")));
        assertThat(outcomes.get(2)).isEqualTo(new ReadOutcome.Unreadable("in.xml:4",
                "no <Text> in <Sentence>: put the article's text in <Text>"));
        assertThat(outcomes.get(3)).isEqualTo(new ReadOutcome.Unreadable("in.xml:5", Problems.EMPTY));
        assertThat(((ReadOutcome.Read) outcomes.get(4)).article().published()).isNull();
    }

    @Test
    void read_malformedXml_reportsTheLineAfterTheGoodRecords() {
        List<ReadOutcome> outcomes = read("""
                <Articles>
                <Article date="20200914" id="A1"><Text>Arnor protested.</Text></Article>
                <Article date="20200914" id="A2"><Text>Gondor protested.</Article>
                </Articles>
                """);

        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Read.class);
        ReadOutcome.Unreadable malformed = (ReadOutcome.Unreadable) outcomes.get(1);
        assertThat(malformed.input()).isEqualTo("in.xml");
        assertThat(malformed.problem()).startsWith("malformed XML at line 3 (").endsWith("): fix the XML")
                .doesNotContain("\n");
    }

    @Test
    void read_externalEntity_isNotResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        List<ReadOutcome> outcomes = read("<?xml version=\"1.0\"?>\n<!DOCTYPE Articles [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<Articles><Article id=\"A\"><Text>&x; Arnor.</Text></Article></Articles>");

        assertThat(outcomes).hasSize(1).noneMatch(o -> o.toString().contains("SECRET"));
        assertThat(outcomes.get(0)).isInstanceOf(ReadOutcome.Unreadable.class);
    }

    @Test
    void read_xmlWithoutRecords_saysWhatItExpects() {
        assertThat(read("<?xml version=\"1.0\"?><rss><channel/></rss>")).containsExactly(new ReadOutcome.Unreadable(
                "in.xml", "no <Article> or <Sentence> records: give PETRARCH XML (<Articles> or <Sentences>)"));
    }

    private List<ReadOutcome> read(String xml) {
        try (Stream<ReadOutcome> outcomes = reader.read("in.xml", new StringReader(xml))) {
            return outcomes.toList();
        }
    }
}
