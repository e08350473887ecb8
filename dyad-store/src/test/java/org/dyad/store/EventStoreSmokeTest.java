package org.dyad.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class EventStoreSmokeTest {

    @Test
    void ingest_then_read(@TempDir Path dir) {
        try (EventStore store = EventStore.open(dir.resolve("s.duckdb").toString())) {
            var a = Samples.article("a1", "https://x/1", "Minsk visit", "Lukashenko went to Sochi to meet Putin.", "2020-09-14");
            IngestResult r = store.ingest(Samples.result(a, Samples.Spec.of("BLRGOV", "RUSGOV", "042", "2020-09-14").according("Reuters")));
            assertThat(r.status()).isEqualTo(IngestResult.Status.ADDED);
            assertThat(store.counts()).isEqualTo(new Counts(1, 1, 2));
            Page<StoredEvent> p = store.events(EventQuery.all());
            assertThat(p.total()).isEqualTo(1);
            System.out.println(p.items().get(0).toJson());
            assertThat(store.search("Sochi", 10, 0)).hasSize(1);
        }
    }
}
