package org.qianliyan.crawler.ssrf;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Every block of the IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890 and
 * its updates, as of 2025), plus multicast, none of which a crawler should reach: private,
 * shared (CGN), loopback, link-local, documentation, benchmarking, reserved, anycast and
 * protocol blocks alike, even those the registry marks globally reachable (a news site does
 * not live on an AS112 or AMT address). IPv6 forms that carry an IPv4 address (mapped,
 * NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) are judged by that address; other IPv6
 * addresses outside global unicast {@code 2000::/3} are not public either.
 */
final class SpecialPurposeAddresses {

    /** One registry entry: a prefix and its name, for the reason given when refusing. */
    private record Block(byte[] prefix, int bits, String name) {

        static Block of(String cidr, String name) {
            int slash = cidr.indexOf('/');
            try {
                return new Block(InetAddress.getByName(cidr.substring(0, slash)).getAddress(),
                        Integer.parseInt(cidr.substring(slash + 1)), cidr + " " + name);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an address literal: " + cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (prefix[full] & mask);
        }
    }

    private static final List<Block> IPV4 = List.of(
            Block.of("0.0.0.0/8", "\"this\" network"),
            Block.of("10.0.0.0/8", "private use"),
            Block.of("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
            Block.of("127.0.0.0/8", "loopback"),
            Block.of("169.254.0.0/16", "link-local (cloud metadata)"),
            Block.of("172.16.0.0/12", "private use"),
            Block.of("192.0.0.0/24", "IETF protocol assignments"),
            Block.of("192.0.2.0/24", "documentation (TEST-NET-1)"),
            Block.of("192.31.196.0/24", "AS112"),
            Block.of("192.52.193.0/24", "AMT"),
            Block.of("192.88.99.0/24", "6to4 relay anycast (deprecated)"),
            Block.of("192.168.0.0/16", "private use"),
            Block.of("192.175.48.0/24", "AS112 direct delegation"),
            Block.of("198.18.0.0/15", "benchmarking"),
            Block.of("198.51.100.0/24", "documentation (TEST-NET-2)"),
            Block.of("203.0.113.0/24", "documentation (TEST-NET-3)"),
            Block.of("224.0.0.0/4", "multicast"),
            Block.of("240.0.0.0/4", "reserved (and 255.255.255.255 limited broadcast)"));

    private static final List<Block> IPV6 = List.of(
            Block.of("::/96", "unspecified, loopback and IPv4-compatible (deprecated)"),
            Block.of("64:ff9b:1::/48", "local-use IPv4/IPv6 translation"),
            Block.of("100::/64", "discard-only"),
            Block.of("100:0:0:1::/64", "dummy prefix"),
            Block.of("2001::/23", "IETF protocol assignments (Teredo, benchmarking, ORCHID, AMT, AS112, …)"),
            Block.of("2001:db8::/32", "documentation"),
            Block.of("2620:4f:8000::/48", "AS112 direct delegation"),
            Block.of("3fff::/20", "documentation"),
            Block.of("5f00::/16", "segment routing (SRv6) SIDs"),
            Block.of("fc00::/7", "unique-local"),
            Block.of("fe80::/10", "link-local"),
            Block.of("fec0::/10", "site-local (deprecated)"),
            Block.of("ff00::/8", "multicast"));

    /** The only IPv6 space IANA allocates for global unicast; the rest is reserved, local or multicast. */
    private static final Block GLOBAL_UNICAST = Block.of("2000::/3", "global unicast");
    private static final Block MAPPED = Block.of("::ffff:0:0/96", "IPv4-mapped");
    private static final Block NAT64 = Block.of("64:ff9b::/96", "IPv4/IPv6 translation (NAT64)");
    private static final Block SIX_TO_FOUR = Block.of("2002::/16", "6to4");

    private SpecialPurposeAddresses() {
    }

    /**
     * @param address an IPv4 or IPv6 address
     * @return the special-purpose block it lies in ("198.18.0.0/15 benchmarking"), empty when it is public
     */
    static Optional<String> blockOf(InetAddress address) {
        return blockOf(address.getAddress());
    }

    private static Optional<String> blockOf(byte[] b) {
        if (b.length == 4) {
            return IPV4.stream().filter(block -> block.contains(b)).map(Block::name).findFirst();
        }
        if (MAPPED.contains(b) || NAT64.contains(b)) {
            return embedded(b, 12, MAPPED.contains(b) ? MAPPED : NAT64);
        }
        if (SIX_TO_FOUR.contains(b)) {
            return embedded(b, 2, SIX_TO_FOUR);
        }
        Optional<String> special = IPV6.stream().filter(block -> block.contains(b)).map(Block::name).findFirst();
        if (special.isEmpty() && !GLOBAL_UNICAST.contains(b)) {
            return Optional.of("outside " + GLOBAL_UNICAST.name() + " (reserved by IETF)");
        }
        return special;
    }

    /** An IPv6 form carrying an IPv4 address is as public as that address. */
    private static Optional<String> embedded(byte[] b, int offset, Block form) {
        byte[] v4 = {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]};
        return blockOf(v4).map(inner -> form.name() + " of " + inner);
    }
}
