package org.dyad.feed;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on 127.0.0.1 for the feed tests: routes answer per path (knowing how often they were
 * asked, so that a route can fail first and recover after), and every request is logged.
 */
public final class TestSite implements AutoCloseable {

    /** One request as the site saw it. */
    public record Request(String path, Headers headers) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** Answers the {@code attempt}-th request (from 1) for its path. */
    @FunctionalInterface
    public interface Route {
        void answer(HttpExchange exchange, int attempt) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();

    public TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Slow routes hold their thread; the others must not wait behind them.
        threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-site");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::dispatch);
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String url(String path) {
        return base() + path;
    }

    public void route(String path, Route route) {
        routes.put(path, route);
    }

    /** Serves a fixture from {@code /feeds/}, with "{base}" replaced by this site's address. */
    public void fixture(String path, String resource, String contentType) {
        route(path, (exchange, attempt) -> send(exchange, 200, contentType, fixture(resource)));
    }

    public String fixture(String resource) {
        try (InputStream in = TestSite.class.getResourceAsStream("/feeds/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{base}", base());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paths asked for, in order. */
    public List<String> paths() {
        synchronized (requests) {
            return requests.stream().map(Request::path).toList();
        }
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void forget() {
        synchronized (requests) {
            requests.clear();
        }
    }

    public static void send(HttpExchange exchange, int status, String contentType, String body, String... headers) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            exchange.getResponseHeaders().set(headers[i], headers[i + 1]);
        }
        exchange.sendResponseHeaders(status, status == 304 || bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        synchronized (requests) {
            requests.add(new Request(path, exchange.getRequestHeaders()));
        }
        Route route = routes.get(path);
        try (exchange) {
            if (route == null) {
                send(exchange, 404, "text/html", "<html><body><p>No such page.</p></body></html>");
            } else {
                route.answer(exchange, attempts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet());
            }
        } catch (IOException e) {
            // The client hung up (a timeout or the size limit): nothing to answer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
