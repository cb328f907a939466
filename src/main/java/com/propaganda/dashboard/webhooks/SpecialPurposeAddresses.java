package com.propaganda.dashboard.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The address blocks a webhook may never reach: IANA's IPv4 and IPv6 Special-Purpose Address
 * Registries (loopback, private, shared and carrier-grade NAT, link-local, documentation,
 * benchmarking, protocol assignments, NAT64, 6to4, Teredo, unique-local, reserved), plus multicast.
 * Each block is checked whatever its registry says of "globally reachable": a public webhook never
 * needs one, and 100.64.0.0/10 holds cloud metadata services.
 */
final class SpecialPurposeAddresses {

  private static final List<Block> BLOCKS =
      List.of(
          // IPv4 (RFC 6890 and its updates)
          Block.of("0.0.0.0/8"),
          Block.of("10.0.0.0/8"),
          Block.of("100.64.0.0/10"),
          Block.of("127.0.0.0/8"),
          Block.of("169.254.0.0/16"),
          Block.of("172.16.0.0/12"),
          Block.of("192.0.0.0/24"),
          Block.of("192.0.2.0/24"),
          Block.of("192.31.196.0/24"),
          Block.of("192.52.193.0/24"),
          Block.of("192.88.99.0/24"),
          Block.of("192.168.0.0/16"),
          Block.of("192.175.48.0/24"),
          Block.of("198.18.0.0/15"),
          Block.of("198.51.100.0/24"),
          Block.of("203.0.113.0/24"),
          Block.of("224.0.0.0/4"),
          Block.of("240.0.0.0/4"),
          // IPv6 (RFC 6890 and its updates); IPv4-mapped addresses (::ffff:0:0/96) arrive as the
          // IPv4 address they map, and meet the blocks above.
          Block.of("::/128"),
          Block.of("::1/128"),
          Block.of("::/96"),
          Block.of("64:ff9b::/96"),
          Block.of("64:ff9b:1::/48"),
          Block.of("100::/64"),
          Block.of("2001::/23"),
          Block.of("2001::/32"),
          Block.of("2001:db8::/32"),
          Block.of("2002::/16"),
          Block.of("3fff::/20"),
          Block.of("5f00::/16"),
          Block.of("fc00::/7"),
          Block.of("fe80::/10"),
          Block.of("fec0::/10"),
          Block.of("ff00::/8"));

  private SpecialPurposeAddresses() {}

  static boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    return BLOCKS.stream().anyMatch(block -> block.contains(bytes));
  }

  /** An address block: its first address and how many leading bits are fixed. */
  private record Block(byte[] start, int bits) {

    static Block of(String cidr) {
      String[] parts = cidr.split("/");
      try {
        // Literal addresses only: parsing them looks nothing up.
        byte[] start = InetAddress.getByName(parts[0]).getAddress();
        int bits = Integer.parseInt(parts[1]);
        if (bits > start.length * 8) {
          throw new IllegalArgumentException(cidr);
        }
        return new Block(start, bits);
      } catch (UnknownHostException notALiteral) {
        throw new IllegalArgumentException(cidr, notALiteral);
      }
    }

    boolean contains(byte[] address) {
      if (address.length != start.length) {
        return false;
      }
      for (int bit = 0; bit < bits; bit++) {
        int mask = 0x80 >> (bit % 8);
        if ((address[bit / 8] & mask) != (start[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
