package org.factdesk.revision.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Source addresses as the same page: scheme and host in lower case, default ports, trailing slashes, the
 * fragment and tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}) aside; the path and the
 * other parameters as written (a server may tell {@code /A} from {@code /a}, and {@code ?id=2} from {@code ?id=3}).
 */
public final class SourceAddresses {

    private SourceAddresses() {
    }

    /** The address in normal form, or empty when it is no http(s) address with a host. */
    public static Optional<String> normalised(String address) {
        return parts(address).map(Parts::full);
    }

    /** Scheme, host and path of the normal form: every address with the same normal form starts with it. */
    public static Optional<String> prefix(String address) {
        return parts(address).map(Parts::page);
    }

    private record Parts(String page, String query) {
        String full() {
            return query.isEmpty() ? page : page + "?" + query;
        }
    }

    private static Optional<Parts> parts(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return Optional.empty();
        }
        int port = uri.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String parameter : uri.getRawQuery().split("&")) {
                String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!parameter.isEmpty() && !name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid")) {
                    kept.add(parameter);
                }
            }
        }
        String page = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
        return Optional.of(new Parts(page, String.join("&", kept)));
    }
}
