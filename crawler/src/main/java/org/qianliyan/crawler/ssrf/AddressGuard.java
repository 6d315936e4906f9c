package org.qianliyan.crawler.ssrf;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The SSRF guard (docs/design-notes.md, Crawling): refuses URLs whose host resolves to an address in any block of
 * the IANA IPv4 and IPv6 special-purpose registries or multicast (loopback, private, shared,
 * link-local and cloud metadata, documentation, benchmarking, reserved, …, see
 * {@link SpecialPurposeAddresses}), unless the {@code host:port} or the address is
 * allow-listed by an administrator.
 *
 * <p>The fetcher calls {@link #check(URI)} before the first request and after every redirect
 * hop. Every resolved address must be public, so a name with one private record is refused.
 * Limitation: the JDK HTTP client resolves the name again when it connects, so a DNS server
 * that answers differently within milliseconds (DNS rebinding) is not stopped here; deploy
 * behind an egress firewall for that.
 */
public final class AddressGuard {

    private final HostResolver resolver;
    private final Set<String> allowList;

    /**
     * @param resolver  how names are resolved
     * @param allowList entries {@code host:port}, {@code host} or an IP literal that may be
     *                  reached even though they are not public (e.g. a test fixture server)
     */
    public AddressGuard(HostResolver resolver, Set<String> allowList) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.allowList = allowList.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** @return a guard with the system resolver and no allow-list */
    public static AddressGuard strict() {
        return new AddressGuard(HostResolver.SYSTEM, Set.of());
    }

    /**
     * @param uri an absolute http(s) URI
     * @return empty when it may be fetched, otherwise the reason it may not
     */
    public Optional<String> check(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("scheme not allowed: " + scheme);
        }
        String host = uri.getHost();
        if (host == null) {
            return Optional.of("no host in " + uri);
        }
        host = host.toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        if (allowList.contains(host + ":" + port) || allowList.contains(host)) {
            return Optional.empty();
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("unknown host " + host);
        }
        for (InetAddress address : addresses) {
            String literal = address.getHostAddress().toLowerCase(Locale.ROOT);
            if (allowList.contains(literal + ":" + port) || allowList.contains(literal)) {
                continue;
            }
            Optional<String> block = SpecialPurposeAddresses.blockOf(address);
            if (block.isPresent()) {
                return Optional.of("address not public: " + host + " -> " + literal + " (" + block.get() + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * @param address an IP address
     * @return whether it is a public unicast address: in no block of the IANA special-purpose
     *         registries nor multicast ({@link SpecialPurposeAddresses})
     */
    public static boolean isPublic(InetAddress address) {
        return SpecialPurposeAddresses.blockOf(address).isEmpty();
    }
}
