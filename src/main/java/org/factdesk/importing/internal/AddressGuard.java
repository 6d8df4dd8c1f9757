package org.factdesk.importing.internal;

import org.factdesk.importing.WebPageRefusedException;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which web addresses the server may fetch, so that an address typed into the import cannot
 * make FactDesk reach inside its own network (SSRF): only http/https, no user info, ports 80 and 443,
 * and a host name that is not local and whose every address is public. Hosts on the allow-list
 * ({@code factdesk.import.allowed-hosts}, by name or IP literal exactly as the address writes it) skip
 * the name, port and address rules. The addresses are resolved here once and the fetcher connects to
 * exactly these, so a name cannot resolve to a public address for the check and to an internal one
 * for the connection (DNS rebinding). See docs/adr/0013-fetching-web-pages.md.
 */
public final class AddressGuard {

    /** Resolves a host name to its addresses; the system resolver in production. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A checked address: the host as written (lower case, no brackets), its port and the addresses to connect to. */
    public record Target(String host, int port, List<InetAddress> addresses) {
    }

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> allowedNames = new HashSet<>();
    private final Set<InetAddress> allowedAddresses = new HashSet<>();
    private final Resolver resolver;

    public AddressGuard(Collection<String> allowedHosts, Resolver resolver) {
        this.resolver = resolver;
        for (String entry : allowedHosts) {
            String host = normalise(entry);
            if (host.isEmpty()) {
                continue;
            }
            allowedNames.add(host);
            if (isIpLiteral(host)) {
                allowedAddresses.add(literal(host));
            }
        }
    }

    /**
     * Checks an address and resolves its host.
     *
     * @throws WebPageRefusedException when it may not be fetched
     */
    public Target check(URI uri) {
        String address = uri.toString();
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            throw new WebPageRefusedException("import.fetch.invalidAddress", address);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new WebPageRefusedException("import.fetch.scheme", scheme);
        }
        // A raw authority with '@' but no parsed user info is a registry authority URI could not split: refuse it too.
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new WebPageRefusedException("import.fetch.userInfo");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new WebPageRefusedException("import.fetch.invalidAddress", address);
        }
        String host = normalise(uri.getHost());
        int port = uri.getPort() == -1 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
        boolean allowed = isAllowListed(host);
        if (!allowed && isInternalName(host)) {
            throw new WebPageRefusedException("import.fetch.internalName", host);
        }
        List<InetAddress> addresses = resolve(host);
        if (!allowed) {
            // Every address, not just the first: the connection may end up on any of them.
            for (InetAddress resolved : addresses) {
                if (isInternalAddress(resolved)) {
                    throw new WebPageRefusedException("import.fetch.internalAddress", host, resolved.getHostAddress());
                }
            }
            if (port != 80 && port != 443) {
                throw new WebPageRefusedException("import.fetch.port", host, String.valueOf(port));
            }
        }
        return new Target(host, port, addresses);
    }

    /** Whether the allow-list names this host: the same name, or the same IP address written another way. */
    public boolean isAllowListed(String host) {
        String normalised = normalise(host);
        if (allowedNames.contains(normalised)) {
            return true;
        }
        return isIpLiteral(normalised) && allowedAddresses.contains(literal(normalised));
    }

    private List<InetAddress> resolve(String host) {
        if (isIpLiteral(host)) {
            return List.of(literal(host));
        }
        try {
            InetAddress[] addresses = resolver.resolve(host);
            if (addresses == null || addresses.length == 0) {
                throw new UnknownHostException(host);
            }
            return List.copyOf(Arrays.asList(addresses));
        } catch (UnknownHostException unknown) {
            throw new WebPageRefusedException("import.fetch.unknownHost", host).withCause(unknown);
        }
    }

    /** Names that mean this machine or the local network whatever DNS says about them. */
    public static boolean isInternalName(String host) {
        String name = normalise(host);
        return name.equals("localhost") || name.endsWith(".localhost")
                || name.equals("localhost.localdomain") || name.equals("ip6-localhost") || name.equals("ip6-loopback")
                || name.endsWith(".local") || name.endsWith(".internal") || name.endsWith(".home.arpa")
                || name.endsWith(".in-addr.arpa") || name.endsWith(".ip6.arpa");
    }

    /**
     * Whether an address lies inside a network rather than on the public internet: unspecified,
     * loopback, private, shared (CGNAT), link-local (with the cloud metadata address), multicast,
     * reserved, and IPv6 forms that carry such an IPv4 address (mapped, compatible, NAT64, 6to4).
     */
    public static boolean isInternalAddress(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return isInternalV4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        if (zeros(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return isInternalV4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff); // ::ffff:a.b.c.d, mapped
        }
        if (zeros(b, 0, 12)) {
            return true; // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
        }
        int b0 = b[0] & 0xff;
        int b1 = b[1] & 0xff;
        if (b0 == 0x00 && b1 == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            // 64:ff9b::/96 NAT64 reaches the IPv4 address it carries; 64:ff9b:1::/48 is local use
            return !zeros(b, 4, 12) || isInternalV4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff);
        }
        if (b0 == 0x20 && b1 == 0x02) {
            return isInternalV4(b[2] & 0xff, b[3] & 0xff, b[4] & 0xff); // 6to4 2002:a.b.c.d::/48
        }
        if (b0 == 0x20 && b1 == 0x01 && b[2] == 0 && b[3] == 0) {
            return true; // Teredo 2001::/32 tunnels to an address it hides
        }
        return (b0 & 0xfe) == 0xfc // fc00::/7 unique local
                || (b0 == 0xfe && (b1 & 0xc0) == 0x80) // fe80::/10 link-local
                || (b0 == 0xfe && (b1 & 0xc0) == 0xc0) // fec0::/10 old site-local
                || b0 == 0xff; // ff00::/8 multicast
    }

    private static boolean isInternalV4(int a, int b, int c) {
        return a == 0 // 0/8 "this network", 0.0.0.0
                || a == 10 // 10/8 private
                || a == 127 // 127/8 loopback
                || (a == 100 && (b & 0xc0) == 64) // 100.64/10 shared address space (CGNAT)
                || (a == 169 && b == 254) // 169.254/16 link-local, 169.254.169.254 cloud metadata
                || (a == 172 && (b & 0xf0) == 16) // 172.16/12 private
                || (a == 192 && b == 168) // 192.168/16 private
                || (a == 192 && b == 0 && c == 0) // 192.0.0/24 protocol assignments
                || (a == 198 && (b & 0xfe) == 18) // 198.18/15 benchmarking
                || a >= 224; // 224/4 multicast, 240/4 reserved, 255.255.255.255 broadcast
    }

    private static boolean zeros(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static String normalise(String host) {
        String name = host.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        while (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1); // "localhost." is localhost
        }
        return name;
    }

    private static boolean isIpLiteral(String host) {
        if (host.indexOf(':') >= 0) {
            return true;
        }
        if (!IPV4_LITERAL.matcher(host).matches()) {
            return false;
        }
        // 999.1.1.1 is no address: InetAddress would look it up as a name, so leave it to the resolver
        return Arrays.stream(host.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
    }

    /** An IP literal parsed without DNS (InetAddress parses literals itself); a bad one is an invalid address. */
    private static InetAddress literal(String host) {
        try {
            return InetAddress.getByName(host.indexOf(':') >= 0 ? "[" + host + "]" : host);
        } catch (UnknownHostException notAnAddress) {
            throw new WebPageRefusedException("import.fetch.invalidAddress", host).withCause(notAnAddress);
        }
    }
}
