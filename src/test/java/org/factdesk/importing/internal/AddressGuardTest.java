package org.factdesk.importing.internal;

import org.factdesk.importing.WebPageRefusedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules for which addresses the server may fetch (SSRF guard), without any network. */
class AddressGuardTest {

    /** A fake DNS: names resolve to what the test says, nothing else resolves. */
    private static AddressGuard.Resolver dns(Map<String, List<String>> records) {
        return host -> {
            List<String> addresses = records.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] result = new InetAddress[addresses.size()];
            for (int i = 0; i < result.length; i++) {
                result[i] = InetAddress.getByName(addresses.get(i));
            }
            return result;
        };
    }

    private static final AddressGuard.Resolver NO_DNS = dns(Map.of());

    @ParameterizedTest
    @ValueSource(strings = {
            "0.0.0.0", "0.1.2.3", // unspecified, "this network"
            "127.0.0.1", "127.255.255.254", // loopback
            "10.0.0.1", "10.255.255.255", // private
            "172.16.0.1", "172.31.255.255", // private 172.16/12, both ends
            "192.168.0.1", "192.168.255.255", // private
            "169.254.0.1", "169.254.169.254", // link-local, cloud metadata
            "100.64.0.1", "100.127.255.255", // CGNAT 100.64/10
            "224.0.0.1", "239.255.255.250", // multicast
            "240.0.0.1", "255.255.255.255", // reserved, broadcast
            "192.0.0.1", "198.18.0.1", // protocol assignments, benchmarking
            "::", "::1", // unspecified, loopback
            "fc00::1", "fd12:3456::1", // unique local fc00::/7
            "fe80::1", "febf::1", // link-local fe80::/10
            "fec0::1", // old site-local
            "ff02::1", "ff0e::1", // multicast
            "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::ffff:169.254.169.254", "::ffff:192.168.1.1", // mapped
            "::127.0.0.1", "::10.0.0.1", // IPv4-compatible
            "64:ff9b::a00:1", "64:ff9b::7f00:1", "64:ff9b:1::1", // NAT64 to private/loopback, local-use NAT64
            "2002:7f00:1::1", "2002:a9fe:a9fe::1", // 6to4 of 127.0.0.1 and 169.254.169.254
            "2001:0:4136:e378::1" // Teredo
    })
    void internal_addresses_are_internal(String literal) throws Exception {
        assertThat(AddressGuard.isInternalAddress(InetAddress.getByName(literal))).as(literal).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "1.1.1.1", "8.8.8.8", "172.15.255.255", "172.32.0.1", "100.63.255.255",
            "100.128.0.1", "169.253.255.255", "192.167.1.1", "11.0.0.1", "126.255.255.255", "223.255.255.255",
            "2606:4700::1111", "2a00:1450:4001::200e", "::ffff:93.184.215.14", "2002:5db8:d70e::1",
            "64:ff9b::5db8:d70e", "fbff::1", "fe7f::1"})
    void public_addresses_are_not_internal(String literal) throws Exception {
        assertThat(AddressGuard.isInternalAddress(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @Test
    void mapped_addresses_kept_as_ipv6_objects_are_judged_by_their_ipv4_part() throws Exception {
        // InetAddress.getByName turns ::ffff:a.b.c.d into an Inet4Address; an Inet6Address can still carry it.
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = (byte) 169;
        mapped[13] = (byte) 254;
        mapped[14] = (byte) 169;
        mapped[15] = (byte) 254;
        InetAddress metadata = Inet6Address.getByAddress(null, mapped, -1);
        assertThat(metadata).isInstanceOf(Inet6Address.class);
        assertThat(AddressGuard.isInternalAddress(metadata)).isTrue();

        mapped[12] = (byte) 93;
        mapped[13] = (byte) 184;
        assertThat(AddressGuard.isInternalAddress(Inet6Address.getByAddress(null, mapped, -1))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://10.0.0.1/a", "http://[::1]/", "http://[::ffff:127.0.0.1]/",
            "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://[fd00::1]/", "http://100.64.1.1/",
            "http://0.0.0.0/", "https://192.168.1.1/", "http://[::]/", "http://224.0.0.1/"})
    void ip_literals_of_internal_addresses_are_refused(String address) {
        assertRefused(new AddressGuard(List.of(), NO_DNS), address, "import.fetch.internalAddress");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/", "http://LOCALHOST./", "http://app.localhost/", "http://localhost.localdomain/",
            "http://ip6-localhost/", "http://printer.local/", "http://metadata.google.internal/", "http://nas.home.arpa/",
            "http://1.0.0.127.in-addr.arpa/"})
    void local_names_are_refused_before_any_lookup(String address) {
        AddressGuard.Resolver mustNotAsk = host -> {
            throw new AssertionError("looked up " + host);
        };
        assertRefused(new AddressGuard(List.of(), mustNotAsk), address, "import.fetch.internalName");
    }

    @Test
    void a_name_is_refused_when_any_of_its_addresses_is_internal() {
        AddressGuard guard = new AddressGuard(List.of(), dns(Map.of(
                "news.example", List.of("93.184.215.14"),
                "rebind.example", List.of("93.184.215.14", "10.0.0.7"),
                "six.example", List.of("2606:4700::1111", "::ffff:127.0.0.1"))));

        AddressGuard.Target ok = guard.check(URI.create("https://news.example/artikel?id=1"));
        assertThat(ok.host()).isEqualTo("news.example");
        assertThat(ok.port()).isEqualTo(443);
        assertThat(ok.addresses()).extracting(InetAddress::getHostAddress).containsExactly("93.184.215.14");

        assertRefused(guard, "http://rebind.example/", "import.fetch.internalAddress");
        assertRefused(guard, "http://six.example/", "import.fetch.internalAddress");
        assertRefused(guard, "http://unknown.example/", "import.fetch.unknownHost");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://news.example/a.html", "jar:file:/x.jar!/a.html",
            "javascript:alert(1)", "gopher://news.example/", "data:text/html,hi"})
    void only_http_and_https_are_fetched(String address) {
        assertRefused(new AddressGuard(List.of(), NO_DNS), address, "import.fetch.scheme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://a@news.example/", "http://user:pw@news.example/", "https://news.example@10.0.0.1/",
            "http://@news.example/"})
    void addresses_with_user_info_are_refused(String address) {
        assertRefused(new AddressGuard(List.of("news.example", "10.0.0.1"), NO_DNS), address, "import.fetch.userInfo");
    }

    @Test
    void other_ports_are_refused_unless_the_host_is_allow_listed() {
        AddressGuard guard = new AddressGuard(List.of("intranet.example"), dns(Map.of(
                "news.example", List.of("93.184.215.14"), "intranet.example", List.of("10.1.1.1"))));
        assertRefused(guard, "http://news.example:8080/", "import.fetch.port");
        assertRefused(guard, "https://news.example:22/", "import.fetch.port");
        assertThat(guard.check(URI.create("http://news.example:443/")).port()).isEqualTo(443);
        assertThat(guard.check(URI.create("http://intranet.example:8443/")).port()).isEqualTo(8443);
    }

    @Test
    void the_allow_list_lets_named_hosts_and_ips_through_and_nothing_else() {
        AddressGuard guard = new AddressGuard(List.of(" Intranet.Example ", "127.0.0.1", "[::1]", ""), dns(Map.of(
                "intranet.example", List.of("10.1.1.1"), "other.example", List.of("10.1.1.1"))));

        assertThat(guard.check(URI.create("http://intranet.example/")).addresses())
                .extracting(InetAddress::getHostAddress).containsExactly("10.1.1.1");
        assertThat(guard.check(URI.create("http://127.0.0.1:8081/")).port()).isEqualTo(8081);
        assertThat(guard.check(URI.create("http://[0:0:0:0:0:0:0:1]/")).addresses()).hasSize(1); // same IP, written long
        assertThat(guard.isAllowListed("INTRANET.example.")).isTrue();

        assertRefused(guard, "http://other.example/", "import.fetch.internalAddress"); // same IP, name not listed
        assertRefused(guard, "http://127.0.0.2/", "import.fetch.internalAddress");
        assertRefused(guard, "http://localhost/", "import.fetch.internalName"); // 127.0.0.1 listed, the name is not
        assertRefused(guard, "http://[::ffff:127.0.0.2]/", "import.fetch.internalAddress");
    }

    @Test
    void without_an_allow_list_loopback_is_refused() {
        assertRefused(new AddressGuard(List.of(), NO_DNS), "http://127.0.0.1:8080/", "import.fetch.internalAddress");
    }

    @Test
    void refusals_say_why_in_german_too() {
        WebPageRefusedException refused = refusal(new AddressGuard(List.of(), NO_DNS), "http://169.254.169.254/");
        assertThat(refused.getMessage()).contains("169.254.169.254").contains("allow-list");
        assertThat(refused.userMessage().in(java.util.Locale.GERMAN)).contains("interne Adresse").contains("169.254.169.254");
    }

    private static WebPageRefusedException refusal(AddressGuard guard, String address) {
        try {
            guard.check(URI.create(address));
        } catch (WebPageRefusedException refused) {
            return refused;
        }
        throw new AssertionError(address + " was not refused");
    }

    private static void assertRefused(AddressGuard guard, String address, String... keys) {
        assertThatThrownBy(() -> guard.check(URI.create(address))).as(address)
                .isInstanceOfSatisfying(WebPageRefusedException.class,
                        refused -> assertThat(refused.userMessage().key()).as(address).isIn((Object[]) keys));
    }
}
