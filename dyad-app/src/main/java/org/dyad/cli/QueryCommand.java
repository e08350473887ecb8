package org.dyad.cli;

import org.dyad.model.Event;
import org.dyad.pipeline.ArticleResult;
import org.dyad.store.ActorCount;
import org.dyad.store.BadQueryException;
import org.dyad.store.DyadCount;
import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.Page;
import org.dyad.store.SeriesPoint;
import org.dyad.store.SeriesQuery;
import org.dyad.store.StoreException;
import org.dyad.store.StoredEvent;
import org.dyad.write.TsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dyad query}: events and aggregates from a store, with the parameters of the web API. */
@Command(name = "query", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = 2,
        description = "List stored events matching filters, or their series per period, top dyads or top actors.")
final class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--country", description = "ISO3 country of the source or the target (RUS)")
    String country;
    @Option(names = "--actor", description = "Actor code or its start, source or target (RUSGOV, IGO)")
    String actor;
    @Option(names = "--dyad", description = "Two sides, either direction (RUS,BLR)")
    String dyad;
    @Option(names = "--root", description = "CAMEO root (04)")
    String root;
    @Option(names = "--code", description = "CAMEO code or its start (042)")
    String code;
    @Option(names = "--plover", description = "PLOVER type (CONSULT)")
    String plover;
    @Option(names = "--quad", description = "Quad class 1-4")
    String quad;
    @Option(names = "--mode", description = "asserted, negated, future or hypothetical")
    String mode;
    @Option(names = "--from", description = "First day (2020-08-09)")
    String from;
    @Option(names = "--to", description = "Last day, inclusive")
    String to;
    @Option(names = "--q", description = "Lucene query over the articles' title and text")
    String q;
    @Option(names = "--limit", description = "Events per page (1-1000, default 100); rows for --top-*")
    String limit;
    @Option(names = "--offset", description = "Events to skip")
    String offset;
    @Option(names = "--format", defaultValue = "table", description = "table (default), jsonl or tsv")
    String format;
    @Option(names = "--series", description = "Counts and Goldstein sums per day, week or month and quad class instead of events")
    String series;
    @Option(names = "--top-dyads", paramLabel = "N", description = "The N source→target pairs with the most events instead of events")
    String topDyads;
    @Option(names = "--top-actors", paramLabel = "N", description = "The N actors in the most events instead of events")
    String topActors;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "country", country);
        put(params, "actor", actor);
        put(params, "dyad", dyad);
        put(params, "root", root);
        put(params, "code", code);
        put(params, "plover", plover);
        put(params, "quad", quad);
        put(params, "mode", mode);
        put(params, "from", from);
        put(params, "to", to);
        put(params, "q", q);
        put(params, "limit", limit);
        put(params, "offset", offset);
        put(params, "interval", series);
        EventQuery query;
        SeriesQuery seriesQuery;
        Integer dyadCount;
        Integer actorCount;
        String fmt = format.toLowerCase(Locale.ROOT);
        try {
            query = EventQuery.parse(params);
            seriesQuery = series == null ? null : SeriesQuery.parse(params);
            dyadCount = count("top-dyads", topDyads);
            actorCount = count("top-actors", topActors);
            if (!List.of("table", "jsonl", "tsv").contains(fmt)) {
                throw new BadQueryException("format", "expected table, jsonl or tsv, was '" + format + "'");
            }
        } catch (BadQueryException e) {
            String p = e.parameter().equals("interval") ? "series" : e.parameter();
            err.println("dyad: --" + p + e.getMessage().substring(e.parameter().length()));
            return 2;
        }
        EventStore store = storeOptions.open(err, true);
        if (store == null) {
            return 1;
        }
        try (store) {
            Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            if (seriesQuery != null) {
                writeSeries(store.series(seriesQuery), fmt, out);
            } else if (dyadCount != null) {
                writeDyads(store.dyads(query, dyadCount), fmt, out);
            } else if (actorCount != null) {
                writeActors(store.actors(query, actorCount), fmt, out);
            } else {
                Page<StoredEvent> page = store.events(query);
                writeEvents(page, fmt, out);
                err.println("query: " + page.items().size() + " of " + page.total() + " events"
                        + (page.offset() > 0 ? " from " + page.offset() : ""));
            }
            out.flush();
            return 0;
        } catch (BadQueryException e) {
            err.println("dyad: --" + e.getMessage());
            return 2;
        } catch (StoreException e) {
            err.println("dyad: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            err.println("dyad: cannot write the results (" + e.getMessage() + ")");
            return 1;
        }
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private static Integer count(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= EventQuery.MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadQueryException(name, "expected a number from 1 to " + EventQuery.MAX_LIMIT + ", was '" + value + "'");
    }

    private static void writeEvents(Page<StoredEvent> page, String fmt, Writer out) throws java.io.IOException {
        List<Event> events = page.items().stream().map(StoredEvent::event).toList();
        switch (fmt) {
            case "jsonl" -> {
                for (StoredEvent e : page.items()) {
                    out.write(e.toJson().toString());
                    out.write('\n');
                }
            }
            case "tsv" -> new TsvWriter(out).write(new ArticleResult(null, List.of(), events, List.of(), null));
            default -> {
                Table t = new Table("date", "source", "event", "target", "mode", "where", "according to", "article");
                for (Event e : events) {
                    t.row(e.date().value() == null ? "?" : e.date().value(), e.source().code() + " " + Table.shorten(e.source().name(), 24),
                            e.cameo() + (e.plover() == null ? "" : " " + e.plover()), e.target().code() + " " + Table.shorten(e.target().name(), 24),
                            e.mode().label(), e.location() == null ? "" : e.location().name(),
                            Table.shorten(String.join(" > ", e.attribution().stream().map(a -> a.name()).toList()), 40), e.articleId());
                }
                t.write(out);
            }
        }
    }

    private static void writeSeries(List<SeriesPoint> points, String fmt, Writer out) throws java.io.IOException {
        Table t = new Table("period", "quad_class", "events", "goldstein");
        for (SeriesPoint p : points) {
            t.row(p.period().toString(), String.valueOf(p.quadClass()), String.valueOf(p.events()), String.format(Locale.ROOT, "%.1f", p.goldstein()));
        }
        t.write(out, fmt);
    }

    private static void writeDyads(List<DyadCount> dyads, String fmt, Writer out) throws java.io.IOException {
        Table t = new Table("source", "target", "events", "goldstein", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict");
        for (DyadCount d : dyads) {
            t.row(d.source(), d.target(), String.valueOf(d.events()), String.format(Locale.ROOT, "%.1f", d.goldstein()),
                    String.valueOf(d.verbalCooperation()), String.valueOf(d.materialCooperation()),
                    String.valueOf(d.verbalConflict()), String.valueOf(d.materialConflict()));
        }
        t.write(out, fmt);
    }

    private static void writeActors(List<ActorCount> actors, String fmt, Writer out) throws java.io.IOException {
        Table t = new Table("code", "country", "name", "events", "as_source", "as_target");
        for (ActorCount a : actors) {
            t.row(a.code(), a.country() == null ? "" : a.country(), a.name() == null ? "" : a.name(), String.valueOf(a.events()),
                    String.valueOf(a.asSource()), String.valueOf(a.asTarget()));
        }
        t.write(out, fmt);
    }
}
