package org.dyad.bench;

import org.dyad.actor.ActorLexicon;
import org.dyad.model.Article;
import org.dyad.read.ArticleSource;
import org.dyad.read.ReadOutcome;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed bench corpus is what the generator makes of the demo articles, byte for byte. */
class BenchCorpusTest {

    private static final Path BENCH = Path.of("../bench/articles");

    private static final List<BenchCorpus.Generated> GENERATED = generate();

    private static List<BenchCorpus.Generated> generate() {
        List<Article> sources;
        List<String> inputs;
        try {
            inputs = BenchCorpus.sources(Path.of(".."));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (Stream<ReadOutcome> read = new ArticleSource(new ByteArrayInputStream(new byte[0])).read(inputs)) {
            sources = read.map(o -> ((ReadOutcome.Read) o).article()).toList();
        }
        List<String> slugs = sources.stream()
                .map(a -> Path.of(a.input()).getFileName().toString().replaceFirst("\\.txt$", "")).toList();
        return new BenchCorpus(ActorLexicon.bundled()).generate(sources, slugs);
    }

    @Test
    void generate_reproducesTheCommittedCorpus() throws IOException {
        List<BenchCorpus.Generated> generated = GENERATED;
        assertThat(generated).hasSizeGreaterThanOrEqualTo(200);
        try (Stream<Path> files = Files.list(BENCH)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .isEqualTo(generated.stream().map(BenchCorpus.Generated::fileName).sorted().toList());
        }
        for (BenchCorpus.Generated g : generated) {
            assertThat(Files.readString(BENCH.resolve(g.fileName()))).as(g.fileName()).isEqualTo(g.text());
        }
    }

    @Test
    void generate_variationsDifferFromTheirArticleInDateAndCountries() {
        List<BenchCorpus.Generated> generated = GENERATED;
        String original = generated.stream().filter(g -> g.fileName().equals("eu-sanctions-russia-ukraine-invasion-2022-v00.txt"))
                .findFirst().orElseThrow().text();
        long changedDates = generated.stream().filter(g -> g.fileName().startsWith("eu-sanctions-russia-ukraine-invasion-2022-v")
                && !g.fileName().endsWith("v00.txt")).filter(g -> !g.text().lines().skip(2).findFirst().orElseThrow()
                .equals(original.lines().skip(2).findFirst().orElseThrow())).count();
        assertThat(changedDates).isGreaterThanOrEqualTo(12);
        long withoutRussia = generated.stream().filter(g -> g.fileName().startsWith("eu-sanctions-russia-ukraine-invasion-2022-v"))
                .filter(g -> !g.text().contains("Russia")).count();
        assertThat(original).contains("Russia");
        assertThat(withoutRussia).isPositive();
    }
}
