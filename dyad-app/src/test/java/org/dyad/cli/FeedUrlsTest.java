package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FeedUrlsTest {

    @Test
    void isUrl_onlyHttpAndHttps() {
        assertThat(FeedUrls.isUrl("https://example.org/feed.xml")).isTrue();
        assertThat(FeedUrls.isUrl("HTTP://example.org/rss")).isTrue();
        assertThat(FeedUrls.isUrl("feeds/world.rss")).isFalse();
        assertThat(FeedUrls.isUrl("ftp://example.org/feed.xml")).isFalse();
    }

    @Test
    void problem_saysWhatIsWrong() {
        assertThat(FeedUrls.problem("https://example.org/feed.xml")).isEmpty();
        assertThat(FeedUrls.problem("https://example.org/a feed.xml")).get().asString()
                .startsWith("not a valid URL (Illegal character in path at character 22)");
        assertThat(FeedUrls.problem("http:///feed.xml")).get().asString()
                .isEqualTo("no host in the URL: write it like https://example.org/feed.xml");
    }

    @Test
    void stateFile_besideADuckDbFileElseInDyadData() {
        assertThat(FeedUrls.stateFile("dyad-data/dyad.duckdb")).isEqualTo(Path.of("dyad-data/dyad.duckdb.feeds.json"));
        assertThat(FeedUrls.stateFile("jdbc:duckdb:/tmp/x.duckdb")).isEqualTo(Path.of("/tmp/x.duckdb.feeds.json"));
        assertThat(FeedUrls.stateFile("jdbc:postgresql://127.0.0.1:5432/events?user=dyad"))
                .isEqualTo(Path.of("dyad-data/events.feeds.json"));
    }

    @Test
    void durations_asPeopleWriteThem() {
        Durations durations = new Durations();

        assertThat(durations.convert("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(durations.convert("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(durations.convert("45s")).isEqualTo(Duration.ofSeconds(45));
        assertThatThrownBy(() -> durations.convert("15")).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessage("'15' is not a duration: write it like 15m, 30s, 1h or 1h30m");
        assertThatThrownBy(() -> durations.convert("0m")).isInstanceOf(CommandLine.TypeConversionException.class);
    }
}
