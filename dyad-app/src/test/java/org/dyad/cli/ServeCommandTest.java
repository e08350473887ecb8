package org.dyad.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code dyad serve}'s mistakes: each is one line on stderr and an exit status, never a stack trace. */
class ServeCommandTest {

    record Run(int status, String err) {
    }

    private static synchronized Run dyad(String... args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(oldErr);
        }
    }

    @Test
    void serve_portOutOfRange_badUsage() {
        Run run = dyad("serve", "--port", "70000");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("dyad: --port 70000: give a port from 1 to 65535, or 0 for a free one");
    }

    @Test
    void serve_unreachablePostgres_oneLine() {
        Run run = dyad("serve", "--store", "jdbc:postgresql://127.0.0.1:1/dyad", "--port", "0");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("dyad: ").contains("127.0.0.1:1");
    }

    @Test
    void serve_portTaken_oneLineNamingIt(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = dyad("serve", "--store", dir.resolve("dyad.duckdb").toString(), "--port",
                    String.valueOf(taken.getLocalPort()));
            assertThat(run.status()).isEqualTo(1);
            assertThat(run.err().lines().toList()).singleElement().asString()
                    .startsWith("dyad: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("--port");
        }
    }
}
