package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ip broadcast} without a device: tcpdump 4.99 compiles files and -d with netmask 0, so
 * the filter means 0.0.0.0 or 255.255.255.255 instead of being refused. jdump must print the
 * same listings, keep the same packets and refuse the same link types in the same words.
 */
class IpBroadcastCommandTest {
  @TempDir
  Path dir;

  /** The link types the compiler supports, by -y name. */
  private static final String[] LINK_TYPES = {"EN10MB", "LINUX_SLL", "LINUX_SLL2", "RAW", "IPV4",
      "IPV6", "NULL", "LOOP", "PPP", "C_HDLC", "PPP_SERIAL", "PPP_ETHER", "SLIP", "FDDI",
      "IEEE802", "ARCNET"};
  private static final String[] EXPRESSIONS = {"ip broadcast", "not ip broadcast",
      "ip broadcast or arp", "udp and ip broadcast"};

  @Test
  void listingsForEveryLinkTypeAreTcpdumps() {
    int cases = 0;
    int sameListing = 0;
    for (String dlt : LINK_TYPES) {
      for (String e : EXPRESSIONS) {
        for (boolean optimize : new boolean[] {true, false}) {
          for (String d : new String[] {"-d", "-dd", "-ddd"}) {
            List<String> args = new ArrayList<>(List.of(d, "-y", dlt));
            if (!optimize) args.add("-O");
            args.add(e);
            String[] a = args.toArray(String[]::new);
            Outcome tcpdump = Tcpdump.run(a);
            Outcome jdump = Jdump.run(a);
            cases++;
            assertEquals(tcpdump.status(), jdump.status(), args::toString);
            assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"),
                args::toString);
            assertEquals(tcpdump.out(), jdump.out(), args::toString);
            sameListing++;
          }
        }
      }
    }
    System.out.printf("IpBroadcastCommandTest: %d listings, %d identical to tcpdump's%n", cases,
        sameListing);
    assertTrue(sameListing > cases * 3 / 4, sameListing + " of " + cases);
  }

  @Test
  void withoutYTheEthernetWarningAndListingAreTcpdumps() throws IOException {
    Path filter = Files.writeString(dir.resolve("f"), "ip broadcast # comment\n or arp\n");
    for (String[] a : new String[][] {{"-d", "ip broadcast"}, {"-ddd", "not", "ip", "broadcast"},
        {"-dd", "-F", filter.toString()}, {"-d", "-s", "100", "ip broadcast"}}) {
      sameAsTcpdump(a);
    }
  }

  @Test
  void filteredCopiesOfEachLinkTypeAreTcpdumps() throws IOException {
    int kept = 0;
    for (var link : HEADERS.entrySet()) {
      Path in = Files.write(dir.resolve("in.pcap"), capture(link.getKey(), link.getValue()));
      for (String e : EXPRESSIONS) {
        Path ours = dir.resolve("jdump.pcap");
        Path theirs = dir.resolve("tcpdump.pcap");
        Outcome tcpdump = Tcpdump.run("-r", in.toString(), "-w", theirs.toString(), e);
        Outcome jdump = Jdump.run("-r", in.toString(), "-w", ours.toString(), e);
        String what = "linktype " + link.getKey() + ": " + e;
        assertEquals(tcpdump.status(), jdump.status(), what);
        assertEquals(0, jdump.status(), what);
        assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"), what);
        byte[] want = Files.readAllBytes(theirs);
        assertArrayEquals(want, Files.readAllBytes(ours), what);
        kept += PcapMaker.recordOffsets(want).length;
      }
      // counted (jdump does not print every one of these link types), and -ddd for the file's
      // link type
      sameAsTcpdump("--count", "-r", in.toString(), "ip broadcast");
      sameAsTcpdump("-ddd", "-r", in.toString(), "ip broadcast");
    }
    assertTrue(kept > HEADERS.size() * EXPRESSIONS.length, "kept only " + kept);
  }

  @Test
  void explainCompilesItAsMinusDDoes() {
    Outcome d = Jdump.run("-d", "-y", "LINUX_SLL", "ip broadcast");
    Outcome explain = Jdump.run("--explain", "-y", "LINUX_SLL", "ip broadcast");
    assertEquals(0, explain.status(), explain::toString);
    assertTrue(explain.out().contains("(003) jeq      #0x0"), explain.out());
    assertEquals(d.out().lines().count(), explain.out().lines()
        .filter(l -> l.startsWith("(")).count());
  }

  private void sameAsTcpdump(String... args) {
    Outcome tcpdump = Tcpdump.run(args);
    Outcome jdump = Jdump.run(args);
    assertEquals(tcpdump.status(), jdump.status(), () -> List.of(args) + "\n" + jdump);
    assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"),
        List.of(args)::toString);
    assertEquals(tcpdump.out(), jdump.out(), List.of(args)::toString);
  }

  /** LINKTYPE numbers and a link header announcing IPv4, field by field. */
  private static final Map<Integer, byte[]> HEADERS = Map.of(
      1, hex("ffffffffffff" + "020000000001" + "0800"),
      113, hex("0001" + "0001" + "0006" + "0200000000010000" + "0800"),
      276, hex("0800" + "0000" + "00000002" + "0001" + "01" + "06" + "0200000000010000"),
      101, new byte[0],
      228, new byte[0],
      0, new byte[] {2, 0, 0, 0},
      108, new byte[] {0, 0, 0, 2},
      9, hex("ff030021"),
      104, hex("0f000800"));

  private static byte[] hex(String s) {
    return java.util.HexFormat.of().parseHex(s);
  }

  /** IPv4 UDP packets to broadcast and ordinary destinations, behind {@code header}. */
  private static byte[] capture(int linkType, byte[] header) {
    var out = new ByteArrayOutputStream();
    ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    h.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
        .putInt(262144).putInt(linkType);
    out.writeBytes(h.array());
    int[][] destinations = {{255, 255, 255, 255}, {10, 0, 0, 1}, {0, 0, 0, 0}, {10, 0, 0, 255},
        {224, 0, 0, 1}, {255, 255, 255, 255}};
    int n = 0;
    for (int[] d : destinations) {
      ByteBuffer ip = ByteBuffer.allocate(28);
      ip.put((byte) 0x45).put((byte) 0).putShort((short) 28).putInt(0).put((byte) 64)
          .put((byte) 17).putShort((short) 0).put(new byte[] {10, 0, 0, 2});
      for (int b : d) ip.put((byte) b);
      ip.putShort((short) 68).putShort((short) 67).putShort((short) 8).putShort((short) 0);
      byte[] frame = new byte[header.length + 28];
      System.arraycopy(header, 0, frame, 0, header.length);
      System.arraycopy(ip.array(), 0, frame, header.length, 28);
      ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
      r.putInt(1_700_000_000 + n).putInt(n++).putInt(frame.length).putInt(frame.length);
      out.writeBytes(r.array());
      out.writeBytes(frame);
    }
    return out.toByteArray();
  }
}
