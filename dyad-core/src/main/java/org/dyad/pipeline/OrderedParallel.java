package org.dyad.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on several threads and hands the results on in input order, keeping at most a few
 * items in flight per thread so that a million-article input never sits in memory at once.
 */
public final class OrderedParallel<T, R> implements AutoCloseable {

    private final ExecutorService pool;
    private final int window;

    public OrderedParallel(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-worker");
            t.setDaemon(true);
            return t;
        });
        this.window = threads * 2;
    }

    public void run(Iterator<T> items, Function<T, R> work, Consumer<R> sink) throws InterruptedException {
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        while (items.hasNext() || !inFlight.isEmpty()) {
            while (items.hasNext() && inFlight.size() < window) {
                T item = items.next();
                inFlight.add(pool.submit(() -> work.apply(item)));
            }
            try {
                sink.accept(inFlight.removeFirst().get());
            } catch (ExecutionException e) {
                // The work function reports its own failures as values; anything else is a bug.
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
