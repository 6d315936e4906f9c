package org.qianliyan.crawler.ssrf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    /** Resolves every name to the address its first label spells, e.g. "10-0-0-5.evil.test" → 10.0.0.5. */
    private static final HostResolver LABEL_RESOLVER = host -> {
        if (host.equals("public.test")) {
            return List.of(InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34}));
        }
        if (host.endsWith(".evil.test")) {
            return List.of(InetAddress.getByName(host.substring(0, host.indexOf('.')).replace('-', '.')));
        }
        return List.of(InetAddress.getByName(host));
    };

    private final AddressGuard guard = new AddressGuard(LABEL_RESOLVER, Set.of());

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://127.1.2.3:8080/", "http://10.1.2.3/", "http://172.16.0.1/",
            "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/", "http://100.64.0.1/",
            "http://[::1]/", "http://[fd00:ec2::254]/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/",
            "http://localhost/", "http://224.0.0.1/"})
    void non_public_addresses_are_refused(String url) {
        assertThat(guard.check(URI.create(url))).isPresent();
    }

    @Test
    void a_public_looking_name_that_resolves_to_a_private_address_is_refused() {
        assertThat(guard.check(URI.create("http://10-0-0-5.evil.test/page")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("10.0.0.5"));
        assertThat(guard.check(URI.create("https://169-254-169-254.evil.test/"))).isPresent();
    }

    @Test
    void a_public_address_passes() {
        assertThat(guard.check(URI.create("https://public.test/news"))).isEmpty();
    }

    @Test
    void an_allow_listed_host_and_port_passes_but_the_same_host_on_another_port_does_not() {
        AddressGuard allowing = new AddressGuard(HostResolver.SYSTEM, Set.of("localhost:8089"));
        assertThat(allowing.check(URI.create("http://localhost:8089/x"))).isEmpty();
        assertThat(allowing.check(URI.create("http://localhost:8090/x"))).isPresent();
        assertThat(allowing.check(URI.create("http://127.0.0.1:8089/x"))).isPresent();
    }

    @Test
    void other_schemes_are_refused() {
        assertThat(guard.check(URI.create("file:///etc/passwd"))).isPresent();
        assertThat(guard.check(URI.create("ftp://public.test/"))).isPresent();
    }

    @Test
    void an_unknown_host_is_refused_with_its_name() throws UnknownHostException {
        AddressGuard failing = new AddressGuard(h -> {
            throw new UnknownHostException(h);
        }, Set.of());
        assertThat(failing.check(URI.create("http://nowhere.test/"))).hasValue("unknown host nowhere.test");
    }
}
