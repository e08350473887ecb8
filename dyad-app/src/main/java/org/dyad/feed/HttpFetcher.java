package org.dyad.feed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * GETs over HTTP(S) with the limits of {@link FeedSettings}: a connect timeout, a deadline for the
 * whole answer, a size limit enforced while the body arrives, redirects followed, and Dyad's
 * User-Agent. Failures come back as one-line problems, never as exceptions.
 */
public final class HttpFetcher {

    /** What a GET gave: an answer with any status, or why there was none. */
    sealed interface Result {
    }

    /** An answer; {@code uri} is where it came from after redirects. */
    record Answer(int status, URI uri, HttpHeaders headers, byte[] body) implements Result {
        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** "HTTP 404: " and the advice, for a problem line. */
        String status(String advice) {
            return "HTTP " + status + ": " + advice;
        }
    }

    /** No usable answer: cannot connect, timed out, too large. */
    record Failure(String problem) implements Result {
    }

    private final FeedSettings settings;
    private final HttpClient client;
    /** When each host was last asked (System.nanoTime), for the pause between requests to it. */
    private final Map<String, Long> lastAsked = new HashMap<>();

    public HttpFetcher(FeedSettings settings) {
        this.settings = settings;
        // HTTP/1.1: the h2c upgrade that HTTP/2 tries on plain http:// trips up some old servers.
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    Result get(URI uri, Map<String, String> headers) {
        try {
            pauseFor(uri.getHost());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failure("interrupted");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent());
        headers.forEach(request::header);
        CompletableFuture<HttpResponse<byte[]>> answer =
                client.sendAsync(request.build(), info -> new LimitedBody(settings.maxBytes(), info));
        try {
            // The request timeout covers the wait for the headers only; this bounds the body too.
            long deadline = settings.connectTimeout().plus(settings.readTimeout()).toMillis();
            HttpResponse<byte[]> response = answer.get(deadline, TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), response.uri(), response.headers(), response.body());
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Failure(noAnswer());
        } catch (ExecutionException e) {
            return new Failure(problem(e.getCause()));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new Failure("interrupted");
        }
    }

    /**
     * Waits until the host has had its pause since it was last asked. Real time, not the poller's
     * clock: this is about the load on the site, not about when feeds are due.
     */
    private void pauseFor(String host) throws InterruptedException {
        long pause = settings.hostPause().toNanos();
        Long last = lastAsked.get(host);
        if (last != null && pause > 0) {
            long wait = last + pause - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        lastAsked.put(host, System.nanoTime());
    }

    private String problem(Throwable cause) {
        if (cause instanceof TooLarge) {
            return "larger than " + megabytes(settings.maxBytes()) + ": not fetched (the limit keeps one page from filling the memory)";
        }
        if (cause instanceof HttpConnectTimeoutException) {
            return "no connection within " + seconds(settings.connectTimeout().toMillis()) + ": check the URL or try later";
        }
        if (cause instanceof HttpTimeoutException) {
            return noAnswer();
        }
        if (cause instanceof ConnectException && hasCause(cause, UnresolvedAddressException.class)
                || hasCause(cause, UnknownHostException.class)) {
            return "unknown host: check the URL";
        }
        if (cause instanceof ConnectException) {
            return "cannot connect (connection refused): check the URL or try later";
        }
        if (cause instanceof IOException) {
            return "the connection failed (" + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage())
                    + "): try later";
        }
        return "the request failed (" + cause + "): check the URL";
    }

    private String noAnswer() {
        return "no complete answer within " + seconds(settings.readTimeout().toMillis()) + ": try later";
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    /** Over the size limit: the body was abandoned as soon as that was known. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /** Collects a body up to the limit; past it, or when the declared length is past it, cancels the download. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final boolean declaredTooLarge;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        LimitedBody(long limit, HttpResponse.ResponseInfo info) {
            this.limit = limit;
            this.declaredTooLarge = info.headers().firstValueAsLong("Content-Length").orElse(-1) > limit;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (declaredTooLarge) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            if (bytes.size() > limit) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
            } else {
                subscription.request(1);
            }
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        @Override
        public CompletableFuture<byte[]> getBody() {
            return result;
        }
    }
}
