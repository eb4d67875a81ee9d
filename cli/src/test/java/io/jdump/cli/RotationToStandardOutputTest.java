package io.jdump.cli;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -w -} with {@code -C}: before each packet tcpdump asks the output's position to decide
 * on a rotation, which standard output on a pipe cannot tell: the first packet to write ends
 * the run with "ftell fails on output file" and status 1, after the file header; with no packet
 * to write the run ends as usual. Both tools write to a pipe here (jdump to a buffer, which has
 * no position either).
 */
class RotationToStandardOutputTest {
  @TempDir
  Path dir;

  @Test
  void sizeRotationOnAPipeStopsAsTcpdump() {
    Path in = GenPcap.write(dir, 300, 26, 0);
    List<List<String>> cases = List.of(List.of("-C", "1"), List.of("-C", "1", "tcp"),
        List.of("-C", "1", "-c", "1", "udp"), List.of("-C", "2", "ip6 and tcp"),
        List.of("-C", "1", "--print", "-n"), List.of("-C", "1", "-W", "1"),
        List.of("-C", "1", "-U", "net 10.255.255.0/24"));
    var files = List.of(in, Path.of("../samples/http.pcap"), Path.of("../samples/mixed.pcapng"));
    for (String[] a : SameAsTcpdump.commandLines(files, f -> List.of("-r", f.toString(), "-w", "-"),
        cases)) {
      SameAsTcpdump.assertSame(Tcpdump.run(a), Jdump.run(a), String.join(" ", a));
    }
  }
}
