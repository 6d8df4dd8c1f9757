package org.factdesk.operations;

import org.factdesk.common.cli.RunningApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * How a command-line tool reaches the FactDesk that runs on the same data directory: the app
 * writes its loopback address and a random key into {@code command-channel} in the data directory
 * (0600, so only its own user can read it), and carries out the command over its HTTP port. No
 * other port is opened, and nobody without read access to the data directory can use it.
 *
 * @see <a href="../../../../../../docs/adr/0010-embedded-database-and-command-channel.md">ADR 10</a>
 */
public final class CommandChannel {

    public static final String FILE = "command-channel";
    public static final String PATH = "/internal/command";
    public static final String KEY_HEADER = "X-FactDesk-Command-Key";
    /** The largest file a command line hands to the app in one request (the import's own limit is lower by default). */
    public static final int MAX_ATTACHMENT_BYTES = RunningApp.MAX_ATTACHMENT_BYTES;
    /** The largest request the app reads: the attachment in base64 plus room for the arguments. */
    public static final int MAX_REQUEST_BYTES = MAX_ATTACHMENT_BYTES / 3 * 4 + 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CommandChannel() {
    }

    /** Where a running app left its address and key, read from the channel file. */
    public record Endpoint(URI uri, String key, long pid) {

        public static Optional<Endpoint> read(Path dataDirectory) {
            Path file = dataDirectory.resolve(FILE);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
                return Optional.of(new Endpoint(URI.create(properties.getProperty("url")),
                        properties.getProperty("key"), Long.parseLong(properties.getProperty("pid", "-1"))));
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // unreadable or half written: treated as no app running
            }
        }

        /** False when the process that wrote the file is gone (killed without cleaning up). */
        boolean processAlive() {
            return pid < 0 || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /**
     * Runs {@code command} in the FactDesk that holds {@code dataDirectory}, printing what it
     * prints, and returns its exit code; empty when no app runs there, so the caller opens the
     * database itself.
     */
    public static OptionalInt runInApp(Path dataDirectory, String command, List<String> args, PrintStream out,
                                       PrintStream err) {
        return runInApp(dataDirectory, command, args, null, out, err);
    }

    /**
     * As {@link #runInApp(Path, String, List, PrintStream, PrintStream)}, sending along the bytes of a
     * file the command line read (at most {@link #MAX_ATTACHMENT_BYTES}; null for none).
     */
    public static OptionalInt runInApp(Path dataDirectory, String command, List<String> args, byte[] attachment,
                                       PrintStream out, PrintStream err) {
        if (attachment != null && attachment.length > MAX_ATTACHMENT_BYTES) {
            throw new IllegalArgumentException("attachments are at most " + MAX_ATTACHMENT_BYTES + " bytes");
        }
        Optional<Endpoint> endpoint = Endpoint.read(dataDirectory).filter(Endpoint::processAlive);
        if (endpoint.isEmpty()) {
            return OptionalInt.empty();
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("command", command);
        request.put("args", args);
        request.put("workingDirectory", Path.of("").toAbsolutePath().toString());
        if (attachment != null) {
            request.put("attachment", attachment); // base64 in the JSON
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest http = HttpRequest.newBuilder(endpoint.get().uri().resolve(PATH))
                .header("Content-Type", "application/json")
                .header(KEY_HEADER, endpoint.get().key())
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(request)))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(http, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            return OptionalInt.empty(); // the file outlived its app
        } catch (IOException e) {
            err.println("factdesk " + command + ": the running FactDesk did not answer: " + e.getMessage());
            return OptionalInt.of(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(1);
        } finally {
            client.close();
        }
        if (response.statusCode() != 200) {
            err.println("factdesk " + command + ": the running FactDesk refused the command (HTTP "
                    + response.statusCode() + ")");
            return OptionalInt.of(1);
        }
        JsonNode answer = JSON.readTree(response.body());
        out.print(answer.path("stdout").asString(""));
        out.flush();
        err.print(answer.path("stderr").asString(""));
        err.flush();
        return OptionalInt.of(answer.path("exitCode").asInt(1));
    }
}
