package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.oracle.Libpcap;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs for a capture file ({@link CompileOptions#withSavefile}) against libpcap compiling on
 * a handle that reads a file of the same link type and byte order ({@code pcap_open_offline},
 * what {@code tcpdump -r FILE EXPR} compiles with): for every link type jdump knows, both byte
 * orders, and expressions that reach what differs for files (NULL's, LOOP's and ENC's address
 * families, inbound, outbound, ifindex) plus a seeded sample of the differential corpus. The
 * same program instruction for instruction, or the same refusal in the same words.
 */
class SavefileDifferentialTest {
  private static final String[] FOCUS = {
    "ip", "ip6", "ip or ip6", "not ip6", "ip6 and tcp port 80", "host ::1", "host 10.0.0.1",
    "inbound", "outbound", "not inbound", "inbound and ip", "ip6 or outbound", "ifindex 1",
    "ifindex 7 and ip6", "tcp", "udp port 53", "icmp6", "ip6 multicast", "ip6 protochain 6",
    "arp", "vlan", "mpls", "ip proto 4 or ip6",
  };

  @Test
  void sameProgramsAsLibpcapReadingAFile(@TempDir Path dir) throws IOException {
    Libpcap libpcap = Libpcap.load();
    List<String> exprs = new ArrayList<>(List.of(FOCUS));
    List<String> corpus = TestResources.lines("/diff/expressions.txt");
    Random r = new Random(20261206);
    for (int i = 0; i < 40; i++) exprs.add(corpus.get(r.nextInt(corpus.size())));
    int equal = 0;
    int refused = 0;
    List<String> differ = new ArrayList<>();
    for (LinkType type : LinkType.values()) {
      for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
        Path file = dir.resolve(type.name() + "-" + order + ".pcap");
        Files.write(file, header(type.linkType(), order));
        CompileOptions options = CompileOptions.LIBPCAP.withSavefile(Savefile.of(order));
        for (String e : exprs) {
          String theirs;
          try {
            theirs = libpcap.compileForFile(e, file, true, 0).toString();
          } catch (Libpcap.CompileError ex) {
            theirs = "refused: " + ex.getMessage();
          }
          String ours;
          try {
            ours = FilterCompiler.compile(e, type.dlt(), 262144, true, 0, options).toString();
          } catch (FilterException ex) {
            ours = "refused: " + ex.getMessage();
          }
          if (!theirs.equals(ours)) {
            differ.add(type + " " + order + " '" + e + "'\n  libpcap: " + theirs + "\n  jdump:   " + ours);
          } else if (ours.startsWith("refused")) {
            refused++;
          } else {
            equal++;
          }
        }
      }
    }
    System.out.printf("savefile programs: %d equal, %d refusals alike, %d differ%n",
        equal, refused, differ.size());
    assertEquals(List.of(), differ.subList(0, Math.min(20, differ.size())));
  }

  /** A pcap file header with no records: all libpcap needs to open a handle on the file. */
  private static byte[] header(int linkType, ByteOrder order) {
    return ByteBuffer.allocate(24).order(order).putInt(0xa1b2c3d4).putShort((short) 2)
        .putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(linkType).array();
  }
}
