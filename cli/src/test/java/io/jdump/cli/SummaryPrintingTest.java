package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without -w, one line per kept packet, stamped with the time tcpdump prints for it. */
class SummaryPrintingTest {
  private static final Pattern STAMP = Pattern.compile("^\\d\\d:\\d\\d:\\d\\d\\.(\\d{9}|\\d{6}) ");

  @TempDir
  Path dir;

  private static List<String> stamps(Outcome o) {
    return o.out().lines().filter(l -> STAMP.matcher(l).find()).map(l -> l.substring(0, l.indexOf(' '))).toList();
  }

  @Test
  void eachLineCarriesTcpdumpsTimeStamp() {
    for (int seed = 1; seed <= 6; seed++) {
      PcapMaker maker = new PcapMaker(100 + seed);
      if (seed % 2 == 0) maker.nano();
      String in = maker.write(dir.resolve("in" + seed + ".pcap"), 300).toString();
      for (List<String> args : List.of(List.of("-n", "-r", in), List.of("-n", "--nano", "-r", in),
          List.of("-n", "-c", "33", "-r", in))) {
        String[] a = args.toArray(String[]::new);
        Outcome jdump = Jdump.run(a);
        Outcome tcpdump = Tcpdump.run(a);
        assertEquals(tcpdump.status(), jdump.status());
        assertEquals(tcpdump.errLines(), jdump.errLines());
        List<String> ours = stamps(jdump);
        assertEquals(stamps(tcpdump), ours, args::toString);
        assertEquals(jdump.out().lines().count(), ours.size(), "one line per packet");
      }
    }
  }

  @Test
  void aLineNamesTheLinkTypeAndTheWireLength() {
    String in = new PcapMaker(7).write(dir.resolve("in.pcap"), 3).toString();
    for (String line : Jdump.run("-r", in).out().lines().toList()) {
      assertEquals(true, line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{6} EN10MB, length \\d+"), line);
    }
  }
}
