package org.dyad.cli;

import org.dyad.pipeline.Lexicons;
import org.dyad.store.EventStore;
import org.dyad.web.ApiJson;
import org.dyad.web.DyadServer;
import org.dyad.web.LiveCoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code dyad serve}: the API and the dashboard over a store, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the JSON API and the dashboard over an event store (http://HOST:PORT/).",
        exitCodeOnInvalidInput = 2)
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default 8080; 0 takes a free one)")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--dictionaries", paramLabel = "DIR", description = "Code posted text with the PETRARCH dictionaries in DIR")
    Path dictionaries;

    @Option(names = "--token-env", paramLabel = "VAR", defaultValue = "DYAD_INGEST_TOKEN",
            description = "Environment variable holding the token that POST /api/ingest requires (default DYAD_INGEST_TOKEN; unset: ingest through the API is off)")
    String tokenEnv;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream err = System.err;
        if (port < 0 || port > 65535) {
            err.println("dyad: --port " + port + ": give a port from 1 to 65535, or 0 for a free one");
            return 2;
        }
        // The lexicons serve only coding: they load with CoreNLP, after the server answers. PETRARCH
        // dictionaries are read first, so that a wrong folder is said at once rather than on first use.
        Lexicons given = null;
        if (dictionaries != null) {
            given = Setup.lexicons(err, dictionaries);
            if (given == null) {
                return 1;
            }
        }
        Lexicons petrarch = given;
        String spec = storeOptions.spec();
        EventStore events = storeOptions.open(err);
        if (events == null) {
            return 1;
        }
        LiveCoder coder = new LiveCoder(() -> Setup.pipeline(petrarch != null ? petrarch : Setup.lexicons(err)), ApiJson.mapper());
        String token = System.getenv(tokenEnv);
        DyadServer server = new DyadServer(events, coder, token, err);
        try {
            server.start(host, port);
        } catch (RuntimeException e) {
            events.close();
            err.println("dyad: cannot listen on " + host + ":" + port + " (" + rootMessage(e)
                    + "): choose another --port, or stop what uses it");
            return 1;
        }
        // CoreNLP loads while the API already answers from the store.
        coder.warmUp();
        err.println("dyad: serving " + spec + " at http://" + host + ":" + server.port() + "/"
                + (token == null || token.isBlank() ? "" : " (POST /api/ingest on, token from $" + tokenEnv + ")")
                + "; Ctrl-C stops");
        if (!isLoopback(host)) {
            err.println("dyad: listening on " + host + ": whoever reaches this machine can read the store and use /api/code");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            events.close();
            stopped.countDown();
        }, "dyad-serve-stop"));
        stopped.await();
        return 0;
    }

    private static boolean isLoopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
