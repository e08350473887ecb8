package org.dyad.store;

import org.dyad.model.Article;
import org.dyad.pipeline.ArticleResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM by the tests: "ingest STORE N" stores N articles one by one and prints
 * "stored i" after each; "hold STORE" opens the store, prints "open" and waits to be killed.
 */
public final class ChildStore {

    private ChildStore() {
    }

    public static void main(String[] args) throws Exception {
        try (EventStore store = EventStore.open(args[1])) {
            if (args[0].equals("hold")) {
                System.out.println("open");
                System.out.flush();
                Thread.sleep(600_000);
                return;
            }
            int n = Integer.parseInt(args[2]);
            for (int i = 0; i < n; i++) {
                IngestResult r = store.ingest(article(i));
                System.out.println("stored " + i + " " + r.status());
                System.out.flush();
            }
        }
    }

    /** Article i has 5 + i % 20 events, so a half-written one would show in the counts. */
    static ArticleResult article(int i) {
        Article a = Samples.article("crash" + i, "https://crash.example/" + i, "Article " + i,
                "Article number " + i + " reports talks between neighbours.", "2021-03-" + String.format("%02d", 1 + i % 28));
        List<Samples.Spec> specs = new ArrayList<>();
        String[] codes = {"RUSGOV", "BLRGOV", "UKRGOV", "POLGOV", "LTUGOV"};
        for (int k = 0; k < events(i); k++) {
            specs.add(Samples.Spec.of(codes[k % 5], codes[(k + 1) % 5], "04" + (k % 6), a.published().toString()).according("Wire " + k));
        }
        return Samples.result(a, specs.toArray(Samples.Spec[]::new));
    }

    static int events(int i) {
        return 5 + i % 20;
    }
}
