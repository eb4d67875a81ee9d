package io.jdump.filter.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.oracle.Libpcap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packet corpus is deterministic and splits the expression corpus: libpcap says so. */
class PacketCorpusTest {
  private final Libpcap libpcap = Libpcap.load();

  @Test
  void theSameSeedBuildsTheSamePackets() {
    PacketCorpus a = PacketCorpus.build(LinkType.EN10MB, 7);
    PacketCorpus b = PacketCorpus.build(LinkType.EN10MB, 7);
    assertArrayEquals(a.data(), b.data());
  }

  /**
   * An expression whose program keeps every packet or none proves little about a compiler. On
   * Ethernet, libpcap's programs for most of the written expressions must keep some packets of
   * the corpus and drop others.
   */
  @Test
  void mostWrittenExpressionsKeepSomeEthernetPacketsAndDropOthers() {
    PacketCorpus corpus = PacketCorpus.build(LinkType.EN10MB, 1);
    NativeCorpus packets = new NativeCorpus(libpcap, corpus);
    int[] verdicts = new int[corpus.size()];
    int accepted = 0;
    List<String> undecided = new ArrayList<>();
    for (String expr : ExpressionFiles.lines("expressions.txt")) {
      BpfProgram p;
      try {
        p = libpcap.compile(expr, LinkType.EN10MB.dlt(), LinkTypeComparison.SNAPLEN, true);
      } catch (Libpcap.CompileError e) {
        continue;
      }
      accepted++;
      packets.run(libpcap.load(p), verdicts);
      int kept = 0;
      for (int v : verdicts) if (v != 0) kept++;
      if (kept == 0 || kept == verdicts.length) undecided.add(expr);
    }
    assertTrue(undecided.size() * 10 < accepted,
        undecided.size() + " of " + accepted + " expressions keep all packets or none: " + undecided);
  }
}
