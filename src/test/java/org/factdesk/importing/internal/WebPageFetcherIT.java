package org.factdesk.importing.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.factdesk.importing.FetchedPage;
import org.factdesk.importing.WebPageRefusedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The fetcher against a real HTTP server on 127.0.0.1, let through by the allow-list as a deployment
 * would name an intranet host. Nothing leaves this machine.
 */
class WebPageFetcherIT {

    private static final String PAGE = "<html><head><title>Grüße</title></head><body><p>Straße in Köln</p></body></html>";
    private static final long ONE_MB = 1024 * 1024;

    private HttpServer server;
    private ExecutorService threads;
    private String base;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicReference<String> userAgent = new AtomicReference<>();
    private final AtomicReference<String> hostHeader = new AtomicReference<>();
    private final AtomicLong endlessSent = new AtomicLong();
    private final CountDownLatch endlessDone = new CountDownLatch(1);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        int port = server.getAddress().getPort();
        base = "http://127.0.0.1:" + port;
        server.createContext("/page", exchange -> {
            userAgent.set(exchange.getRequestHeaders().getFirst("User-Agent"));
            hostHeader.set(exchange.getRequestHeaders().getFirst("Host"));
            send(exchange, 200, "text/html; charset=ISO-8859-1", PAGE.getBytes(StandardCharsets.ISO_8859_1));
        });
        server.createContext("/r/", exchange -> {
            int left = Integer.parseInt(exchange.getRequestURI().getPath().substring("/r/".length()));
            redirect(exchange, left == 0 ? "/page" : String.valueOf(left - 1)); // relative, resolved against /r/N
        });
        server.createContext("/to-localhost", exchange -> redirect(exchange, "http://localhost:" + port + "/page"));
        server.createContext("/to-loopback-ip", exchange -> redirect(exchange, "http://127.0.0.2:" + port + "/page"));
        server.createContext("/to-file", exchange -> redirect(exchange, "file:///etc/passwd"));
        server.createContext("/endless", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0); // chunked, no end
            byte[] chunk = "<p>endlos</p>\n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = exchange.getResponseBody()) {
                while (endlessSent.get() < 10_000 * ONE_MB) {
                    out.write(chunk);
                    endlessSent.addAndGet(chunk.length);
                }
            } catch (IOException clientLeft) {
                // the fetcher hung up: what the test expects
            } finally {
                endlessDone.countDown();
            }
        });
        server.createContext("/huge-length", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 50 * ONE_MB);
            exchange.getResponseBody().flush(); // the headers leave, the body never comes
            sleep(3000); // sends nothing: a refusal must not wait for the body
            exchange.close();
        });
        server.createContext("/stall", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("<html><body><p>Anfang".getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(5000);
            exchange.close();
        });
        server.createContext("/trickle", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) { // 10 s of a few bytes every 100 ms, each pause shorter than the read timeout
                    out.write("<p>x</p>".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    sleep(100);
                }
            } catch (IOException clientLeft) {
                // the fetcher gave up: what the test expects
            }
        });
        server.createContext("/report.pdf", exchange ->
                send(exchange, 200, "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            send(exchange, 404, "text/html", "<p>nicht da</p>".getBytes(StandardCharsets.UTF_8));
        });
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "test-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        threads.shutdownNow();
    }

    private static WebPageFetcher fetcher(List<String> allowed, Duration readTimeout, long maxBytes) {
        return new WebPageFetcher(new WebPageFetcher.Settings(allowed, Duration.ofSeconds(2), readTimeout, maxBytes, 5),
                InetAddress::getAllByName);
    }

    private static WebPageFetcher allowingLoopback() {
        return fetcher(List.of("127.0.0.1"), Duration.ofSeconds(5), 10 * ONE_MB);
    }

    @Test
    void fetches_a_page_with_its_declared_charset_and_says_who_asks() {
        FetchedPage page = allowingLoopback().fetch(base + "/page");

        assertThat(page.content()).isEqualTo(PAGE.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(page.declaredCharset()).isEqualTo("ISO-8859-1");
        assertThat(page.contentType()).isEqualTo("text/html; charset=ISO-8859-1");
        assertThat(page.finalUrl()).hasToString(base + "/page");
        assertThat(page.hints().charset()).contains(StandardCharsets.ISO_8859_1);
        assertThat(userAgent.get()).isEqualTo(WebPageFetcher.USER_AGENT);
        assertThat(hostHeader.get()).isEqualTo(base.substring("http://".length()));
    }

    @Test
    void an_umlaut_host_name_is_looked_up_and_sent_in_its_ascii_form() {
        AtomicReference<String> askedFor = new AtomicReference<>();
        WebPageFetcher fetcher = new WebPageFetcher(new WebPageFetcher.Settings(List.of("xn--bckerei-5wa.example"),
                Duration.ofSeconds(2), Duration.ofSeconds(5), ONE_MB, 5), host -> {
            askedFor.set(host);
            return new InetAddress[]{InetAddress.getByName("127.0.0.1")};
        });
        int port = server.getAddress().getPort();

        FetchedPage page = fetcher.fetch("http://bäckerei.example:" + port + "/page");

        assertThat(askedFor.get()).isEqualTo("xn--bckerei-5wa.example");
        assertThat(hostHeader.get()).isEqualTo("xn--bckerei-5wa.example:" + port);
        assertThat(page.finalUrl()).hasToString("http://xn--bckerei-5wa.example:" + port + "/page");
    }

    @Test
    void follows_five_redirects_but_not_six() {
        FetchedPage page = allowingLoopback().fetch(base + "/r/4"); // /r/4 … /r/0 then /page: five redirects
        assertThat(page.finalUrl()).hasToString(base + "/page");
        assertThat(new String(page.content(), StandardCharsets.ISO_8859_1)).isEqualTo(PAGE);

        assertRefused(() -> allowingLoopback().fetch(base + "/r/5"), "import.fetch.tooManyRedirects");
    }

    @Test
    void a_redirect_target_is_checked_like_the_first_address() {
        assertRefused(() -> allowingLoopback().fetch(base + "/to-localhost"), "import.fetch.internalName");
        assertRefused(() -> allowingLoopback().fetch(base + "/to-loopback-ip"), "import.fetch.internalAddress");
        assertRefused(() -> allowingLoopback().fetch(base + "/to-file"), "import.fetch.scheme");
    }

    @Test
    void loopback_is_refused_without_the_allow_list_and_nothing_is_asked() {
        WebPageFetcher strict = fetcher(List.of(), Duration.ofSeconds(5), 10 * ONE_MB);
        assertRefused(() -> strict.fetch(base + "/page"), "import.fetch.internalAddress");
        assertRefused(() -> strict.fetch("http://localhost:" + server.getAddress().getPort() + "/page"),
                "import.fetch.internalName");
        assertThat(userAgent.get()).as("a request reached the server").isNull();
        assertThat(requests.get()).isZero();
    }

    @Test
    void an_endless_body_is_cut_off_at_the_limit() throws InterruptedException {
        long started = System.nanoTime();
        assertRefused(() -> fetcher(List.of("127.0.0.1"), Duration.ofSeconds(5), ONE_MB).fetch(base + "/endless"),
                "import.fetch.tooLarge");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        // The connection is closed at once: the server can push little more than socket buffers hold.
        assertThat(endlessDone.await(10, TimeUnit.SECONDS)).as("server noticed the hang-up").isTrue();
        assertThat(endlessSent.get()).isLessThan(ONE_MB + 16 * ONE_MB);
    }

    @Test
    void a_content_length_over_the_limit_is_refused_before_reading() {
        long started = System.nanoTime();
        assertRefused(() -> fetcher(List.of("127.0.0.1"), Duration.ofSeconds(10), 10 * ONE_MB).fetch(base + "/huge-length"),
                "import.fetch.tooLarge");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void a_stalling_server_is_given_up_after_the_read_timeout() {
        long started = System.nanoTime();
        assertRefused(() -> fetcher(List.of("127.0.0.1"), Duration.ofMillis(500), 10 * ONE_MB).fetch(base + "/stall"),
                "import.fetch.readTimeout");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void a_server_that_trickles_is_given_up_after_four_read_timeouts() {
        long started = System.nanoTime();
        assertRefused(() -> fetcher(List.of("127.0.0.1"), Duration.ofMillis(400), 10 * ONE_MB).fetch(base + "/trickle"),
                "import.fetch.tooSlow");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void a_page_that_is_not_html_is_refused_with_its_type() {
        WebPageRefusedException refused = assertRefused(() -> allowingLoopback().fetch(base + "/report.pdf"),
                "import.fetch.notHtml");
        assertThat(refused.getMessage()).contains("application/pdf");
        assertThat(refused.userMessage().in(java.util.Locale.GERMAN)).contains("kein HTML");
    }

    @Test
    void an_error_status_is_refused() {
        assertRefused(() -> allowingLoopback().fetch(base + "/missing"), "import.fetch.status");
    }

    private static WebPageRefusedException assertRefused(Runnable fetch, String key) {
        AtomicReference<WebPageRefusedException> caught = new AtomicReference<>();
        assertThatThrownBy(fetch::run).isInstanceOfSatisfying(WebPageRefusedException.class, refused -> {
            caught.set(refused);
            assertThat(refused.userMessage().key()).as(refused.getMessage()).isEqualTo(key);
        });
        return caught.get();
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
