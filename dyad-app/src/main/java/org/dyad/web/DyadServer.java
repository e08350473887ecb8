package org.dyad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.dyad.store.BadQueryException;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;

import java.io.PrintStream;

/**
 * The web server of {@code dyad serve}: the JSON API under {@code /api} and the dashboard's static
 * files. Every answer to a user's mistake is JSON {@code {status, error, parameter}} with 400, 401,
 * 403, 404 or 413; a 500 is a bug, logged in one line.
 */
public final class DyadServer implements AutoCloseable {

    /** Bodies posted to /api/code: an article of news, with room to spare, not a corpus. */
    public static final long MAX_BODY_BYTES = 1_000_000;

    private final Javalin app;

    /**
     * @param store       the events to serve
     * @param coder       codes posted text for /api/code and /api/ingest
     * @param ingestToken the operator's secret for /api/ingest, or null to keep it off
     * @param log         where bugs and store failures are reported, one line each
     */
    public DyadServer(EventStore store, LiveCoder coder, String ingestToken, PrintStream log) {
        ObjectMapper json = ApiJson.mapper();
        QueryApi query = new QueryApi(store, json);
        CodeApi code = new CodeApi(coder, store, new IngestToken(ingestToken), json);
        ObjectNode countries = json.createObjectNode();
        CountryNames.bundled().all().forEach(countries.putObject("countries")::put);
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            cfg.http.prefer405over404 = true;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.staticFiles.add("/public", Location.CLASSPATH);
            cfg.staticFiles.enableWebjars();
            cfg.routes.get("/api/events", query::events);
            cfg.routes.get("/api/series", query::series);
            cfg.routes.get("/api/dyads", query::dyads);
            cfg.routes.get("/api/actors", query::actors);
            cfg.routes.get("/api/articles/{id}", query::article);
            cfg.routes.get("/api/search", query::search);
            cfg.routes.get("/api/counts", query::counts);
            cfg.routes.get("/api/countries", ctx -> ctx.json(countries));
            cfg.routes.post("/api/code", code::code);
            cfg.routes.post("/api/ingest", code::ingest);
            cfg.routes.exception(BadQueryException.class, (e, ctx) -> error(json, ctx, 400, e.parameter(), message(e)));
            cfg.routes.exception(BadRequest.class, (e, ctx) -> error(json, ctx, 400, e.parameter(), e.getMessage()));
            cfg.routes.exception(NotFound.class, (e, ctx) -> error(json, ctx, 404, e.parameter(), e.getMessage()));
            cfg.routes.exception(IngestToken.Refused.class, (e, ctx) -> error(json, ctx, e.status(), null, e.getMessage()));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(json, ctx, e.getStatus(), null, httpMessage(e)));
            cfg.routes.exception(StoreException.class, (e, ctx) -> {
                log.println("dyad serve: store: " + e.getMessage());
                error(json, ctx, 503, null, "the store cannot answer now: " + e.getMessage());
            });
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                log.println("dyad serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e
                        + (e.getStackTrace().length > 0 ? " at " + e.getStackTrace()[0] : ""));
                error(json, ctx, 500, null, "internal error in Dyad (logged by the server): please report it");
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.resultInputStream() == null) {
                    error(json, ctx, 404, null, "no such endpoint: " + ctx.path());
                }
            });
        });
    }

    /** Starts listening; port 0 takes a free one (see {@link #port()}). */
    public DyadServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void error(ObjectMapper json, Context ctx, int status, String parameter, String message) {
        ObjectNode body = json.createObjectNode();
        body.put("status", status);
        body.put("error", message);
        body.put("parameter", parameter);
        ctx.status(status).json(body);
    }

    /** The store's message starts with the parameter's name; the JSON carries it apart. */
    private static String message(BadQueryException e) {
        return e.getMessage();
    }

    private static String httpMessage(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> "the body is larger than " + MAX_BODY_BYTES + " bytes: post one article at a time, or store a corpus with dyad ingest";
            case 405 -> "method not allowed here: /api/code and /api/ingest take POST, the others GET";
            default -> e.getMessage();
        };
    }
}
