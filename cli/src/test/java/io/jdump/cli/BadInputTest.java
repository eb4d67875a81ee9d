package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken captures, given to jdump and to tcpdump: the packets before the damage are printed or
 * written the same, then the same words and exit status. Never a stack trace.
 */
class BadInputTest {
  private static final Pattern TIMESTAMP = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.\\d{6} ");

  @TempDir
  Path dir;

  /** Generated damage: cuts at seeded offsets, absurd lengths, junk, and the usual suspects. */
  private List<Path> brokenFiles() throws IOException {
    byte[] good = new PcapMaker(90).bytes(120);
    int[] records = PcapMaker.recordOffsets(good);
    var files = new ArrayList<Path>();
    var random = new Random(90);
    int[] cuts = {0, 2, 4, 10, 23, 24, 30, records[3] + 15, records[3] + 16, records[3] + 17};
    for (int cut : cuts) files.add(write("cut" + cut + ".pcap", Arrays.copyOf(good, cut)));
    for (int i = 0; i < 20; i++) {
      int cut = 24 + random.nextInt(good.length - 24);
      files.add(write("rcut" + cut + ".pcap", Arrays.copyOf(good, cut)));
    }
    for (int caplen : new int[] {0x7fffffff, 262145, 300000, -1}) {
      byte[] bad = good.clone();
      ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).putInt(records[5] + 8, caplen);
      files.add(write("caplen" + Integer.toUnsignedString(caplen) + ".pcap", bad));
    }
    byte[] junk = new byte[200];
    random.nextBytes(junk);
    files.add(write("junk.pcap", junk));
    files.add(dir.resolve("missing.pcap"));
    Files.createDirectories(dir.resolve("adir"));
    files.add(dir.resolve("adir"));
    return files;
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void printingStopsWhereTcpdumpStopsWithItsWords() throws IOException {
    for (Path f : brokenFiles()) {
      Outcome jdump = Jdump.run("-n", "-r", f.toString());
      Outcome tcpdump = Tcpdump.run("-n", "-r", f.toString());
      assertEquals(tcpdump.status(), jdump.status(), () -> f + "\n" + jdump);
      assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"), f::toString);
      assertEquals(timestamps(tcpdump), timestamps(jdump), f::toString);
      assertTrue(!jdump.stderr().contains("\tat "), "no stack trace");
    }
  }

  @Test
  void writingKeepsThePacketsBeforeTheDamageAsTcpdumpDoes() throws IOException {
    for (Path f : brokenFiles()) {
      Path ours = dir.resolve("jdump.out");
      Path theirs = dir.resolve("tcpdump.out");
      Files.deleteIfExists(ours);
      Files.deleteIfExists(theirs);
      Outcome jdump = Jdump.run("-r", f.toString(), "-w", ours.toString());
      Outcome tcpdump = Tcpdump.run("-r", f.toString(), "-w", theirs.toString());
      assertEquals(tcpdump.status(), jdump.status(), () -> f + "\n" + jdump);
      assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"), f::toString);
      assertEquals(Files.exists(theirs), Files.exists(ours), f::toString);
      if (Files.exists(theirs)) {
        assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours), f::toString);
      }
    }
  }

  private static List<String> timestamps(Outcome o) {
    return o.out().lines().filter(l -> TIMESTAMP.matcher(l).find()).map(l -> l.substring(0, 15)).toList();
  }
}
