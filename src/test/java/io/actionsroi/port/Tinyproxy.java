package io.actionsroi.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.actionsroi.delivery.LoopbackSmtp;

/**
 * A real HTTP proxy for a test: tinyproxy (the Debian package), started on a free loopback port with a
 * configuration of its own that asks for Basic authentication and logs every connection. The test is
 * skipped where tinyproxy is not installed, unless {@value #REQUIRED} is set (as CI does): then its
 * absence fails.
 */
public final class Tinyproxy implements AutoCloseable {

    public static final String REQUIRED = "ACTIONS_ROI_REQUIRE_TINYPROXY";

    private final Process process;
    private final int port;
    private final Path log;

    private Tinyproxy(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts tinyproxy, letting through tunnels to the given port of 127.0.0.1 only for this user and
     * password.
     */
    public static Tinyproxy start(Path folder, int tunnelPort, String user, String password)
            throws IOException, InterruptedException {
        boolean installed = installed();
        if (System.getenv(REQUIRED) == null) {
            assumeTrue(installed, "tinyproxy is not installed (Debian package tinyproxy): the proxy test is"
                    + " skipped; set " + REQUIRED + " to require it");
        } else {
            assertThat(installed).as("tinyproxy on the PATH, since " + REQUIRED + " is set: install the Debian package"
                    + " tinyproxy").isTrue();
        }
        int port = LoopbackSmtp.freePort();
        Path log = folder.resolve("tinyproxy.log");
        Path config = Files.writeString(folder.resolve("tinyproxy.conf"), String.join("\n",
                "Port " + port,
                "Listen 127.0.0.1",
                "Allow 127.0.0.1",
                "Timeout 60",
                "MaxClients 20",
                "LogLevel Connect",
                "LogFile \"" + log + "\"",
                "PidFile \"" + folder.resolve("tinyproxy.pid") + "\"",
                "ConnectPort " + tunnelPort,
                "BasicAuth " + user + " " + password,
                ""));
        Path output = folder.resolve("tinyproxy.out");
        Process process = new ProcessBuilder("tinyproxy", "-d", "-c", config.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        Tinyproxy proxy = new Tinyproxy(process, port, log);
        for (int tries = 0; !proxy.accepts(); tries++) {
            if (!process.isAlive() || tries == 100) {
                proxy.close();
                throw new IllegalStateException("tinyproxy did not start: " + Files.readString(output));
            }
            Thread.sleep(100);
        }
        return proxy;
    }

    /** The proxy's URL with these credentials, as {@code port.proxy} takes it. */
    public String url(String user, String password) {
        return "http://" + user + ":" + password + "@127.0.0.1:" + port;
    }

    /** What tinyproxy logged: a line for each request it was asked, {@code CONNECT 127.0.0.1:<port>} for a tunnel. */
    public String log() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }


    private static boolean installed() throws InterruptedException {
        try {
            Process version = new ProcessBuilder("tinyproxy", "-v").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return version.waitFor(10, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
