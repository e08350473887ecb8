package org.dyad.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A real second JVM: killed in the middle of an ingest, or holding the DuckDB file. */
class CrashAndLockTest {

    private static final int ARTICLES = 300;

    @TempDir
    Path dir;

    private static Process child(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), ChildStore.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads the child's lines until one starts with the prefix; false when the child ended first. */
    private static boolean waitFor(BufferedReader out, String prefix) throws Exception {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void ingest_killedMidway_earlierArticlesCompleteAndRerunFinishes() throws Exception {
        String store = dir.resolve("crash.duckdb").toString();
        Process p = child("ingest", store, String.valueOf(ARTICLES));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(waitFor(out, "stored 20 ")).as("the child stored 40 articles").isTrue();
            p.destroyForcibly();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        long stored;
        try (EventStore s = EventStore.open(store)) {
            stored = s.counts().articles();
            assertThat(stored).isBetween(21L, (long) ARTICLES - 1);
        }
        // Every stored article has exactly the events it was written with, and each event its attribution.
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + store); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT a.id, a.events, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id),"
                     + " (SELECT COUNT(*) FROM attributions t JOIN events e USING (event_id) WHERE e.article_id = a.id) FROM articles a")) {
            int rows = 0;
            while (r.next()) {
                int i = Integer.parseInt(r.getString(1).substring("crash".length()));
                assertThat(r.getInt(2)).as("recorded events of %s", r.getString(1)).isEqualTo(ChildStore.events(i));
                assertThat(r.getInt(3)).as("stored events of %s", r.getString(1)).isEqualTo(ChildStore.events(i));
                assertThat(r.getInt(4)).as("attributions of %s", r.getString(1)).isEqualTo(ChildStore.events(i));
                rows++;
            }
            assertThat(rows).isEqualTo(stored);
        }
        Process again = child("ingest", store, String.valueOf(ARTICLES));
        assertThat(again.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(again.exitValue()).isZero();
        long events = 0;
        for (int i = 0; i < ARTICLES; i++) {
            events += ChildStore.events(i);
        }
        try (EventStore s = EventStore.open(store)) {
            assertThat(s.counts().articles()).isEqualTo(ARTICLES);
            assertThat(s.counts().events()).isEqualTo(events);
            assertThat(s.search("\"number 299\"", 5, 0)).extracting(SearchHit::articleId).containsExactly("crash299");
        }
    }

    @Test
    void open_fileHeldByAnotherProcess_saysSoInOneLine() throws Exception {
        String store = dir.resolve("held.duckdb").toString();
        Process p = child("hold", store);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(waitFor(out, "open")).isTrue();
            assertThatThrownBy(() -> EventStore.open(store)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("in use by another process").hasMessageContaining("PostgreSQL")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        } finally {
            p.destroyForcibly();
            p.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void open_badSpecs_oneLineWithTheFix() {
        assertThatThrownBy(() -> EventStore.open("jdbc:mysql://localhost/x")).isInstanceOf(StoreException.class)
                .hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> EventStore.open(dir.toString())).isInstanceOf(StoreException.class).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> EventStore.open("jdbc:postgresql://127.0.0.1:1/dyad?user=x&password=secret"))
                .isInstanceOf(StoreException.class).hasMessageContaining("cannot reach PostgreSQL")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret").doesNotContain("\n"));
    }
}
