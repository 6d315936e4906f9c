package org.qianliyan.crawler.ssrf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each block of the IANA special-purpose registries, written out here from the registries
 * themselves (not from the class under test): its first and last address are not public, and
 * the addresses just outside it are public unless they fall in another block.
 */
class SpecialPurposeAddressesTest {

    private static final List<String> IPV4_BLOCKS = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.31.196.0/24", "192.52.193.0/24",
            "192.88.99.0/24", "192.168.0.0/16", "192.175.48.0/24", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4", "255.255.255.255/32");
    private static final List<String> IPV6_BLOCKS = List.of("::/128", "::1/128", "64:ff9b:1::/48", "100::/64",
            "100:0:0:1::/64", "2001::/23", "2001::/32", "2001:2::/48", "2001:db8::/32", "2620:4f:8000::/48", "3fff::/20",
            "5f00::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

    @Test
    void every_ipv4_block_is_not_public_from_first_to_last_address_and_its_neighbours_are() throws Exception {
        for (String block : IPV4_BLOCKS) {
            assertEdges(block, 32, IPV4_BLOCKS);
        }
    }

    @Test
    void every_ipv6_block_is_not_public_from_first_to_last_address_and_its_neighbours_are() throws Exception {
        for (String block : IPV6_BLOCKS) {
            assertEdges(block, 128, IPV6_BLOCKS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"::ffff:10.0.0.1", "::ffff:127.0.0.1", "::ffff:192.0.2.1", "64:ff9b::10.1.2.3",
            "64:ff9b::169.254.169.254", "64:ff9b::198.18.0.1", "2002:0a00:0001::", "2002:c0a8:0101::1", "2002:7f00:1::",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2", "::1:0:0", "4000::1", "1fff:ffff::1", "::0.0.0.1"})
    void ipv6_forms_of_private_ipv4_teredo_and_unallocated_space_are_not_public(String literal) throws Exception {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "93.184.216.34", "101.6.6.6", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8",
            "2002:0808:0808::1", "2400:3200::1", "2001:200::1", "2001:4860:4860::8888"})
    void public_addresses_in_every_form_are_public(String literal) throws Exception {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
    }

    private static void assertEdges(String block, int width, List<String> all) throws Exception {
        BigInteger[] range = range(block, width);
        assertThat(isPublic(range[0], width)).as("first address of " + block).isFalse();
        assertThat(isPublic(range[1], width)).as("last address of " + block).isFalse();
        BigInteger max = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE);
        for (BigInteger outside : List.of(range[0].subtract(BigInteger.ONE), range[1].add(BigInteger.ONE))) {
            if (outside.signum() < 0 || outside.compareTo(max) > 0) {
                continue;
            }
            boolean expected = !inAny(outside, width, all) && (width == 32 || globalUnicast(outside));
            assertThat(isPublic(outside, width)).as("neighbour %s of %s", address(outside, width).getHostAddress(), block)
                    .isEqualTo(expected);
        }
    }

    private static boolean inAny(BigInteger value, int width, List<String> blocks) throws Exception {
        for (String block : blocks) {
            BigInteger[] range = range(block, width);
            if (value.compareTo(range[0]) >= 0 && value.compareTo(range[1]) <= 0) {
                return true;
            }
        }
        return false;
    }

    /** 2000::/3, the IPv6 global unicast space. */
    private static boolean globalUnicast(BigInteger value) {
        return value.shiftRight(125).intValue() == 1;
    }

    private static BigInteger[] range(String cidr, int width) throws Exception {
        int slash = cidr.indexOf('/');
        BigInteger first = new BigInteger(1, InetAddress.getByName(cidr.substring(0, slash)).getAddress());
        int hostBits = width - Integer.parseInt(cidr.substring(slash + 1));
        return new BigInteger[] {first, first.add(BigInteger.ONE.shiftLeft(hostBits)).subtract(BigInteger.ONE)};
    }

    private static boolean isPublic(BigInteger value, int width) throws Exception {
        return AddressGuard.isPublic(address(value, width));
    }

    private static InetAddress address(BigInteger value, int width) throws Exception {
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[width / 8];
        int copy = Math.min(raw.length, bytes.length);
        System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
        return InetAddress.getByAddress(bytes);
    }
}
