package io.jdump.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdump.capture.Packet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The printer as the command builds it, with no zone given (the system's, as tcpdump's TZ or
 * /etc/localtime): the golden tests name a zone, and a decoder that read the options' zone
 * directly once failed on every time inside a packet (RADIUS Event-Timestamp, RX dates) only
 * on the command line.
 */
class SystemZoneTest {
  @ParameterizedTest
  @ValueSource(strings = {"app-scapy-radius.pcap", "app-scapy-rx.pcap"})
  void printsTimesInsidePacketsInTheSystemsZone(String name) throws Exception {
    Path file = Path.of("src/test/resources/print/captures", name);
    String expected = TcpdumpOracle.run(file, null, "-vv", "-#");
    PacketPrinter printer = new PacketPrinter(TcpdumpFlags.parse("-vv", null).withNumber(true));
    List<String> got = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (Packet p : CaptureReader.read(file)) {
      sb.setLength(0);
      printer.print(p, sb);
      got.add(sb.toString());
    }
    assertEquals(0, printer.internalErrors(), () -> "decoding bugs caught: " + printer.lastInternalError());
    GoldenComparison.Result r = GoldenComparison.compare(expected, got);
    assertEquals(0, r.differing(), () -> r.differing() + " of " + r.total() + " lines differ; first at "
        + r.firstDifference());
  }
}
