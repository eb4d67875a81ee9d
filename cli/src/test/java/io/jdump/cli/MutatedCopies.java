package io.jdump.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

/**
 * A pcap file's packets with bytes changed: each of its first {@value #PACKETS} records written
 * again {@value #COPIES} times: the first, where it is UDP or TCP over IP on Ethernet, with a
 * length field lying; the others with 1 to 4 bytes set to a seeded value (random, 0, 255, one
 * more or one less, a bit flipped), within the first {@value #REACH} bytes or, the last copy,
 * anywhere; and one changed copy in five cut short as well. Real packets changed a little reach the decoders' checks of lengths, versions,
 * flags and counts that well-formed packets never do: where a decoder tests a length tcpdump
 * does not test, or prints what tcpdump reads a field later, the lines part.
 *
 * <pre>{@code
 * Optional<Path> changed = MutatedCopies.write(Path.of("tests/bgp.pcap"), Path.of("target/m"));
 * }</pre>
 */
final class MutatedCopies {
  private static final int PACKETS = 400;
  private static final int COPIES = 3;
  private static final int REACH = 160;
  /** {@code -Djdump.mutationSeed=N} changes every copy: a wider search than the kept one. */
  private static final long SEED = Long.getLong("jdump.mutationSeed", 7);

  private MutatedCopies() {}

  /**
   * {@return the changed copy of {@code pcap}, written under {@code dir}}, or empty when the
   * file is not a pcap file whose records can be walked (pcapng, damaged headers). The seed is
   * the file's name (and {@link #SEED}): the same file is changed the same way on every run.
   */
  static Optional<Path> write(Path pcap, Path dir) throws IOException {
    byte[] in = Files.readAllBytes(pcap);
    Optional<ByteBuffer> file = PcapBytes.of(in);
    if (file.isEmpty()) return Optional.empty();
    ByteBuffer b = file.get();
    var out = new ByteArrayOutputStream(in.length * COPIES);
    out.write(in, 0, 24);
    var random = new Random(pcap.getFileName().toString().hashCode() * 31L + SEED);
    boolean ethernet = (b.getInt(20) & 0xffff) == 1;
    int p = 24;
    int written = 0;
    for (int n = 0; n < PACKETS && p + 16 <= in.length; n++) {
      int caplen = b.getInt(p + 8);
      if (caplen <= 0 || caplen > in.length - p - 16) break;
      for (int k = 0; k < COPIES; k++) {
        byte[] packet = Arrays.copyOfRange(in, p + 16, p + 16 + caplen);
        // the last copy reaches the whole packet: the application's fields too
        int reach = k == COPIES - 1 ? caplen : Math.min(caplen, REACH);
        int length = caplen;
        if (k != 0 || !ethernet || !lieAboutLength(packet, random)) {
          changeBytes(packet, reach, random);
          if (random.nextInt(5) == 0) length = 1 + random.nextInt(caplen);
        }
        PcapBytes.record(out, b, p, packet, 0, length);
        written++;
      }
      p += 16 + caplen;
    }
    if (written == 0) return Optional.empty();
    Files.createDirectories(dir);
    Path copy = dir.resolve(pcap.getFileName() + ".changed.pcap");
    Files.write(copy, out.toByteArray());
    return Optional.of(copy);
  }

  /** Sets 1 to 4 of the first {@code reach} bytes to a seeded value. */
  private static void changeBytes(byte[] packet, int reach, Random random) {
    for (int changes = 1 + random.nextInt(4); changes > 0; changes--) {
      int at = random.nextInt(reach);
      int old = packet[at] & 0xff;
      packet[at] = (byte) switch (random.nextInt(6)) {
        case 0 -> random.nextInt(256);
        case 1 -> 0;
        case 2 -> 0xff;
        case 3 -> old + 1;
        case 4 -> old - 1;
        default -> old ^ (1 << random.nextInt(8));
      };
    }
  }

  /**
   * Sets the UDP length, or the IPv4 total or IPv6 payload length, of an Ethernet frame (VLAN
   * tags skipped) carrying UDP or TCP to a lie: a few bytes, anything up to the truth, or a
   * little more. The printers take their lengths from these fields, and a length shorter than
   * a header is where tcpdump's unsigned subtractions wrap. {@return false for other frames}
   */
  private static boolean lieAboutLength(byte[] packet, Random random) {
    int off = 12;
    while (off + 2 <= packet.length
        && (u16(packet, off) == 0x8100 || u16(packet, off) == 0x88a8)) {
      off += 4;
    }
    if (off + 2 > packet.length) return false;
    int ip = off + 2;
    int type = u16(packet, off);
    int proto;
    int l4;
    int lengthAt;
    int base;
    if (type == 0x0800 && packet.length >= ip + 20) {
      proto = packet[ip + 9] & 0xff;
      l4 = ip + (packet[ip] & 0x0f) * 4;
      lengthAt = ip + 2;
      base = l4 - ip;
    } else if (type == 0x86dd && packet.length >= ip + 40) {
      proto = packet[ip + 6] & 0xff;
      l4 = ip + 40;
      lengthAt = ip + 4;
      base = 0;
    } else {
      return false;
    }
    if ((proto != 6 && proto != 17) || packet.length < l4 + 8) return false;
    if (proto == 17 && random.nextInt(10) < 7) {
      lengthAt = l4 + 4;
      base = 0;
    }
    int truth = u16(packet, lengthAt);
    int lie = switch (random.nextInt(3)) {
      case 0 -> base + random.nextInt(25);
      case 1 -> base + random.nextInt(Math.max(truth - base, 0) + 1);
      default -> truth + 1 + random.nextInt(40);
    };
    packet[lengthAt] = (byte) (lie >> 8);
    packet[lengthAt + 1] = (byte) lie;
    return true;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
  }
}
