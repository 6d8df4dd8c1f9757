package org.factdesk.importing.internal;

import org.factdesk.importing.FetchedPage;
import org.factdesk.importing.WebPageRefusedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.IDN;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fetches one web page for the import, on the server, with the guard of {@link AddressGuard} on the
 * first address and on every redirect target.
 * <p>
 * It speaks HTTP/1.1 over its own socket instead of using {@code HttpClient} or {@code HttpURLConnection}:
 * those resolve the host name themselves when they connect, after our check, and a rebinding DNS server
 * could answer with an internal address the second time. Here the socket connects to exactly the
 * addresses the guard checked; the request names the host in its {@code Host} header, and for https the
 * TLS layer is told the host name, so SNI and the certificate check (endpoint identification "HTTPS") are
 * about the name, not the address. Bodies are read in pieces and refused once they pass the limit; a
 * {@code Content-Length} or chunk size over it is refused before reading. See docs/adr/0013-fetching-web-pages.md.
 */
@Component
public class WebPageFetcher {

    public static final String USER_AGENT = "FactDesk/0.1 (+newsroom fact-checking)";
    static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final int MAX_HEADER_LINES = 200;
    /**
     * A whole answer must arrive within this many read timeouts (60 s by default): the read timeout
     * bounds each pause, and a server sending a byte just before each one ran out would hold the
     * import forever.
     */
    static final int TOTAL_READ_FACTOR = 4;

    /** The limits and allow-list; {@code maxBytes} bounds the body, {@code maxRedirects} the redirects followed. */
    public record Settings(List<String> allowedHosts, Duration connectTimeout, Duration readTimeout, long maxBytes,
                           int maxRedirects) {
    }

    private final AddressGuard guard;
    private final Settings settings;
    private final SSLSocketFactory tls;

    @Autowired
    WebPageFetcher(@Value("${factdesk.import.allowed-hosts:}") String allowedHosts,
                   @Value("${factdesk.import.fetch.connect-timeout:5s}") Duration connectTimeout,
                   @Value("${factdesk.import.fetch.read-timeout:15s}") Duration readTimeout,
                   @Value("${factdesk.import.fetch.max-bytes:10MB}") DataSize maxBytes,
                   @Value("${factdesk.import.fetch.max-redirects:5}") int maxRedirects) {
        this(new Settings(Arrays.stream(allowedHosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList(),
                connectTimeout, readTimeout, maxBytes.toBytes(), maxRedirects), InetAddress::getAllByName);
    }

    WebPageFetcher(Settings settings, AddressGuard.Resolver resolver) {
        if (settings.maxBytes() <= 0 || settings.maxBytes() > Integer.MAX_VALUE - 8 || settings.maxRedirects() < 0) {
            throw new IllegalArgumentException(
                    "factdesk.import.fetch.max-bytes must be between 1 byte and 2 GB, max-redirects not negative");
        }
        this.settings = settings;
        this.guard = new AddressGuard(settings.allowedHosts(), resolver);
        this.tls = (SSLSocketFactory) SSLSocketFactory.getDefault();
    }

    /**
     * Fetches the HTML page at {@code address}, following up to the configured number of redirects.
     *
     * @throws WebPageRefusedException with the reason when the address or the page is refused or unreachable
     */
    public FetchedPage fetch(String address) {
        URI uri = parse(address == null ? "" : address.strip(), "import.fetch.invalidAddress");
        for (int redirects = 0; ; redirects++) {
            AddressGuard.Target target = guard.check(uri);
            Answer answer = exchange(uri, target);
            if (answer.page() != null) {
                return answer.page();
            }
            if (redirects >= settings.maxRedirects()) {
                throw new WebPageRefusedException("import.fetch.tooManyRedirects", address, settings.maxRedirects());
            }
            URI next = parse(answer.location(), "import.fetch.badRedirect");
            uri = uri.resolve(next);
        }
    }

    /** Either the page, or where a redirect points (as sent, not yet resolved). */
    private record Answer(FetchedPage page, String location) {
    }

    private Answer exchange(URI uri, AddressGuard.Target target) {
        String host = target.host();
        try (Socket socket = connect(target, uri.getScheme().equalsIgnoreCase("https"))) {
            writeRequest(socket.getOutputStream(), uri, target);
            long deadline = System.nanoTime() + settings.readTimeout().multipliedBy(TOTAL_READ_FACTOR).toNanos();
            InputStream in = new BufferedInputStream(new DeadlineInputStream(socket, deadline, settings.readTimeout()));
            Head head = readHead(in, host);
            while (head.status() >= 100 && head.status() < 200) {
                head = readHead(in, host); // interim answers (100 Continue) precede the real one
            }
            int status = head.status();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                String location = head.first("location");
                if (location == null || location.isBlank()) {
                    throw new WebPageRefusedException("import.fetch.badResponse", host);
                }
                return new Answer(null, location.strip()); // the redirect's body is not read
            }
            if (status != 200 && status != 203) {
                throw new WebPageRefusedException("import.fetch.status", host, String.valueOf(status));
            }
            String contentType = head.first("content-type");
            if (contentType == null || contentType.isBlank()) {
                throw new WebPageRefusedException("import.fetch.noContentType", host);
            }
            String baseType = baseType(contentType);
            if (!HTML_TYPES.contains(baseType)) {
                throw new WebPageRefusedException("import.fetch.notHtml", host, baseType);
            }
            String encoding = head.first("content-encoding");
            if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
                throw new WebPageRefusedException("import.fetch.compressed", host, encoding.strip());
            }
            byte[] body = readBody(in, head, host);
            return new Answer(new FetchedPage(body, uri, contentType.strip(), charset(contentType)), null);
        } catch (TooSlowException trickled) {
            throw new WebPageRefusedException("import.fetch.tooSlow", host,
                    settings.readTimeout().multipliedBy(TOTAL_READ_FACTOR).toMillis() / 1000.0).withCause(trickled);
        } catch (SocketTimeoutException stalled) {
            throw new WebPageRefusedException("import.fetch.readTimeout", host, settings.readTimeout().toMillis() / 1000.0)
                    .withCause(stalled);
        } catch (SSLException tlsFailed) {
            throw new WebPageRefusedException("import.fetch.tls", host).withCause(tlsFailed);
        } catch (IOException failed) {
            throw new WebPageRefusedException("import.fetch.unreachable", host).withCause(failed);
        }
    }

    /** Connects to the checked addresses in turn (never resolving the name again) and for https starts TLS for the name. */
    private Socket connect(AddressGuard.Target target, boolean https) throws IOException {
        IOException last = null;
        boolean timedOut = false;
        for (InetAddress address : target.addresses()) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, target.port()), millis(settings.connectTimeout()));
                socket.setSoTimeout(millis(settings.readTimeout()));
            } catch (SocketTimeoutException slow) {
                socket.close();
                timedOut = true;
                last = slow;
                continue;
            } catch (IOException refused) {
                socket.close();
                last = refused;
                continue;
            }
            if (!https) {
                return socket;
            }
            try {
                // The host name given here is what SNI sends and what the certificate must name.
                SSLSocket secure = (SSLSocket) tls.createSocket(socket, target.host(), target.port(), true);
                SSLParameters parameters = secure.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                secure.setSSLParameters(parameters);
                secure.startHandshake();
                return secure;
            } catch (IOException handshake) {
                socket.close();
                throw handshake;
            }
        }
        if (timedOut) {
            throw new WebPageRefusedException("import.fetch.connectTimeout", target.host(),
                    settings.connectTimeout().toMillis() / 1000.0).withCause(last);
        }
        throw new WebPageRefusedException("import.fetch.unreachable", target.host()).withCause(last);
    }

    private static void writeRequest(OutputStream out, URI uri, AddressGuard.Target target) throws IOException {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        boolean defaultPort = target.port() == (uri.getScheme().equalsIgnoreCase("https") ? 443 : 80);
        String hostHeader = (target.host().indexOf(':') >= 0 ? "[" + target.host() + "]" : target.host())
                + (defaultPort ? "" : ":" + target.port());
        String request = "GET " + path + " HTTP/1.1\r\n"
                + "Host: " + hostHeader + "\r\n"
                + "User-Agent: " + USER_AGENT + "\r\n"
                + "Accept: text/html,application/xhtml+xml;q=0.9\r\n"
                + "Accept-Language: de,en;q=0.8\r\n"
                + "Accept-Encoding: identity\r\n"
                + "Connection: close\r\n\r\n";
        // URI keeps raw paths ASCII (non-ASCII is percent-encoded by toASCIIString), so this is exact.
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** A response's status and headers (names lower case). */
    private record Head(int status, Map<String, List<String>> headers) {
        String first(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.getFirst();
        }
    }

    private static Head readHead(InputStream in, String host) throws IOException {
        int[] budget = {MAX_HEADER_BYTES};
        String statusLine = readLine(in, budget, host);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
            throw new WebPageRefusedException("import.fetch.badResponse", host);
        }
        Map<String, List<String>> headers = new HashMap<>();
        for (int lines = 0; ; lines++) {
            String line = readLine(in, budget, host);
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || lines >= MAX_HEADER_LINES) {
                throw new WebPageRefusedException("import.fetch.badResponse", host);
            }
            headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        return new Head(Integer.parseInt(parts[1]), headers);
    }

    /** One header line without its CRLF, bounded by what is left of the header budget. */
    private static String readLine(InputStream in, int[] budget, String host) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(80);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new WebPageRefusedException("import.fetch.badResponse", host);
            }
            if (--budget[0] < 0) {
                throw new WebPageRefusedException("import.fetch.badResponse", host);
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            line.write(b);
        }
    }

    private byte[] readBody(InputStream in, Head head, String host) throws IOException {
        long max = settings.maxBytes();
        String transferEncoding = head.first("transfer-encoding");
        if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return readChunked(in, host);
        }
        List<String> lengths = head.headers().get("content-length");
        if (lengths != null) {
            long length = contentLength(lengths, host);
            if (length > max) {
                throw tooLarge(host); // refused before a single byte of the body is read
            }
            byte[] body = in.readNBytes((int) length);
            if (body.length < length) {
                throw new WebPageRefusedException("import.fetch.badResponse", host); // cut off
            }
            return body;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        copyAtMost(in, body, Long.MAX_VALUE, host);
        return body.toByteArray();
    }

    /** Copies up to {@code count} bytes (to the end when unbounded), refusing as soon as the body passes the limit. */
    private void copyAtMost(InputStream in, ByteArrayOutputStream body, long count, String host) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (count != Long.MAX_VALUE) {
                    throw new WebPageRefusedException("import.fetch.badResponse", host);
                }
                return;
            }
            if (body.size() + (long) n > settings.maxBytes()) {
                throw tooLarge(host);
            }
            body.write(buffer, 0, n);
            left -= n;
        }
    }

    private byte[] readChunked(InputStream in, String host) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int[] budget = {MAX_HEADER_BYTES};
        while (true) {
            String sizeLine = readLine(in, budget, host);
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip();
            if (hex.isEmpty() || hex.length() > 15 || !hex.matches("[0-9a-fA-F]+")) {
                throw new WebPageRefusedException("import.fetch.badResponse", host);
            }
            long size = Long.parseLong(hex, 16);
            if (size == 0) {
                return body.toByteArray(); // trailers are not needed: the connection closes
            }
            if (body.size() + size > settings.maxBytes()) {
                throw tooLarge(host);
            }
            copyAtMost(in, body, size, host);
            budget[0] = MAX_HEADER_BYTES;
            if (!readLine(in, budget, host).isEmpty()) {
                throw new WebPageRefusedException("import.fetch.badResponse", host);
            }
        }
    }

    private static long contentLength(List<String> values, String host) {
        long length = -1;
        for (String value : values) {
            for (String part : value.split(",")) {
                String digits = part.strip();
                if (!digits.matches("\\d{1,18}")) {
                    throw new WebPageRefusedException("import.fetch.badResponse", host);
                }
                long parsed = Long.parseLong(digits);
                if (length >= 0 && parsed != length) {
                    throw new WebPageRefusedException("import.fetch.badResponse", host); // lengths that disagree
                }
                length = parsed;
            }
        }
        return length;
    }

    private WebPageRefusedException tooLarge(String host) {
        return new WebPageRefusedException("import.fetch.tooLarge", host, settings.maxBytes() / (1024.0 * 1024.0));
    }

    private static URI parse(String address, String key) {
        try {
            // toASCIIString percent-encodes non-ASCII paths, so the request line is plain ASCII
            return withAsciiHost(new URI(new URI(address).toASCIIString()));
        } catch (URISyntaxException invalid) {
            throw new WebPageRefusedException(key, address).withCause(invalid);
        }
    }

    /**
     * An internationalised host name (bäckerei.example) is no server-based authority to {@link URI}, which
     * then has no host; its ASCII form (xn--bckerei-...) is, and that is the name DNS, TLS and the guard use.
     */
    private static URI withAsciiHost(URI uri) throws URISyntaxException {
        String authority = uri.getRawAuthority();
        if (uri.getHost() != null || authority == null || authority.contains("@") || authority.startsWith("[")) {
            return uri;
        }
        String decoded = uri.getAuthority();
        int colon = decoded.lastIndexOf(':');
        String port = colon >= 0 && decoded.substring(colon + 1).matches("\\d{1,5}") ? decoded.substring(colon) : "";
        String name = port.isEmpty() ? decoded : decoded.substring(0, colon);
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException notAName) {
            return uri; // stays without a host, and the guard refuses it as no web address
        }
        return new URI(uri.getScheme() + "://" + ascii + port + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    static String baseType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The {@code charset} parameter as written, unquoted, or null. */
    static String charset(String contentType) {
        String[] parameters = contentType.split(";");
        for (int i = 1; i < parameters.length; i++) {
            String[] pair = parameters[i].strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String value = pair[1].strip().replace("\"", "").strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static final class TooSlowException extends SocketTimeoutException {
        TooSlowException() {
            super("the answer did not arrive in time");
        }
    }

    /** The socket's input, refusing to go on past the deadline and never waiting longer than what is left of it. */
    private static final class DeadlineInputStream extends InputStream {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;
        private final Duration readTimeout;

        DeadlineInputStream(Socket socket, long deadline, Duration readTimeout) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.deadline = deadline;
            this.readTimeout = readTimeout;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TooSlowException();
            }
            long wait = Math.min(readTimeout.toNanos(), left);
            socket.setSoTimeout((int) Math.max(1, Duration.ofNanos(wait).toMillis()));
            try {
                return in.read(buffer, offset, length);
            } catch (SocketTimeoutException timedOut) {
                if (wait < readTimeout.toNanos()) {
                    throw new TooSlowException(); // cut short by the deadline, not a pause of a full read timeout
                }
                throw timedOut;
            }
        }
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, duration.toMillis()));
    }
}
