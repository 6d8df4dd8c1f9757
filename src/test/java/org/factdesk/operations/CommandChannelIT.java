package org.factdesk.operations;

import org.factdesk.Application;
import org.factdesk.security.RestoreSecurityContextStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

/** The command channel answers only callers with the key from the data directory. */
@ExtendWith(RestoreSecurityContextStrategy.class)
class CommandChannelIT {

    @TempDir
    Path dataDir;

    @Test
    void only_the_key_from_the_data_directory_opens_the_channel() throws Exception {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run("--factdesk.data-dir=" + dataDir, "--spring.main.banner-mode=off", "--server.port=0",
                        "--factdesk.reports.warm-up=false");
             HttpClient http = HttpClient.newHttpClient()) {
            CommandChannel.Endpoint endpoint = CommandChannel.Endpoint.read(dataDir).orElseThrow();
            assertThat(endpoint.uri().getHost()).isEqualTo("127.0.0.1");
            assertThat(endpoint.pid()).isEqualTo(ProcessHandle.current().pid());
            URI uri = endpoint.uri().resolve(CommandChannel.PATH);
            String body = "{\"command\":\"backup\",\"args\":[\"--out\",\"b.zip\"],\"workingDirectory\":\"" + dataDir + "\"}";

            assertThat(post(http, uri, null, body).statusCode()).isEqualTo(404);
            assertThat(post(http, uri, "0".repeat(64), body).statusCode()).isEqualTo(404);
            assertThat(post(http, uri, endpoint.key(), body.replace("backup", "drop-everything")).statusCode())
                    .isEqualTo(400);
            assertThat(Files.exists(dataDir.resolve("b.zip"))).isFalse();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            OptionalInt exit = CommandChannel.runInApp(dataDir, "backup", List.of("--help"),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(exit).hasValue(0);
            assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: java -jar factdesk.jar backup");
        }
        assertThat(CommandChannel.runInApp(dataDir, "backup", List.of("--help"), System.out, System.err))
                .as("no app any more: the command line opens the database itself").isEmpty();
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header(CommandChannel.KEY_HEADER, key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
