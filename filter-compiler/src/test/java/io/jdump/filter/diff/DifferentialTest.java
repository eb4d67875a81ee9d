package io.jdump.filter.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.oracle.Libpcap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The differential test the compiler answers to: for every link type jdump compiles for, every
 * expression of {@code diff/expressions.txt} and {@code diff/errors.txt} and a few hundred
 * generated ones are compiled by libpcap and by jdump; where libpcap refuses, jdump must refuse
 * with libpcap's message; where libpcap accepts, both programs run over a few thousand packets
 * built for that link type and must return the same value on every one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DifferentialTest {
  private static final long SEED = 0x6a64756d70L; // "jdump"
  private static final int GENERATED_PER_LINK_TYPE = 300;
  private static final int SHORT_SNAPLEN = 96;
  static final List<LinkType> LINK_TYPES = List.of(LinkType.EN10MB, LinkType.LINUX_SLL,
      LinkType.LINUX_SLL2, LinkType.RAW, LinkType.IPV4, LinkType.IPV6, LinkType.NULL, LinkType.LOOP,
      LinkType.PPP, LinkType.C_HDLC, LinkType.IEEE802_11, LinkType.PRISM_HEADER, LinkType.IEEE802_11_RADIO,
      LinkType.IEEE802_11_RADIO_AVS, LinkType.PPI, LinkType.PFLOG, LinkType.FDDI, LinkType.IEEE802, LinkType.ARCNET,
      LinkType.ARCNET_LINUX, LinkType.IP_OVER_FC, LinkType.ATM_RFC1483, LinkType.IPNET, LinkType.ENC, LinkType.PPP_PPPD,
      LinkType.NFLOG, LinkType.IPOIB, LinkType.NETLINK, LinkType.DOCSIS, LinkType.ERF, LinkType.USB_LINUX,
      LinkType.USB_LINUX_MMAPPED, LinkType.CAN_SOCKETCAN, LinkType.VSOCK, LinkType.BLUETOOTH_HCI_H4_WITH_PHDR,
      LinkType.LINUX_LAPD, LinkType.USBPCAP, LinkType.PKTAP, LinkType.MPLS, LinkType.ETHERNET_MPACKET,
      LinkType.SLIP, LinkType.SLIP_BSDOS, LinkType.PPP_SERIAL, LinkType.PPP_ETHER, LinkType.PPP_BSDOS, LinkType.ATM_CLIP,
      LinkType.MTP2, LinkType.MTP2_WITH_PHDR, LinkType.MTP3, LinkType.SUNATM);

  private Libpcap libpcap;
  private List<String> written;
  /**
   * The corpora of one link layer's own primitives: checked on every link type (elsewhere
   * libpcap refuses them, and jdump must refuse alike), atoms of the generator only on theirs,
   * so that the other link types' generated expressions stay what they were.
   */
  private record Special(List<String> lines, Set<LinkType> types) {}

  private List<Special> specials;
  private List<String> errors;
  private ExpressionFiles.NotYet notYet;
  private boolean interpreter;
  private final Tally total = new Tally();
  private final Set<String> allExpressions = new LinkedHashSet<>();
  private int packets;

  @BeforeAll
  void load() {
    libpcap = Libpcap.load();
    written = ExpressionFiles.lines("expressions.txt");
    specials = List.of(new Special(ExpressionFiles.lines("expressions-802.11.txt"), WlanFramer.TYPES),
        new Special(ExpressionFiles.lines("expressions-pflog.txt"), Set.of(LinkType.PFLOG)),
        new Special(ExpressionFiles.lines("expressions-ss7.txt"), Set.of(LinkType.MTP2, LinkType.MTP2_WITH_PHDR)),
        new Special(ExpressionFiles.lines("expressions-atm.txt"), Set.of(LinkType.SUNATM)));
    errors = ExpressionFiles.lines("errors.txt");
    notYet = ExpressionFiles.NotYet.load();
    interpreter = interpreterExists();
  }

  @AfterAll
  void summary() {
    System.out.printf("diff: %d expressions x %d link types, %d packets: %d compared equal, %d not yet, %d mismatches%n",
        allExpressions.size(), LINK_TYPES.size(), packets, total.equal, total.notYet, total.mismatches());
    System.out.printf("diff: %d checks (%d rejected alike), %d program runs over packets, %d accepted checks matched no packet;"
        + " VMs: libpcap bpf_filter%s%n", total.checks, total.rejectedAlike, total.packetRuns, total.neverMatched,
        interpreter ? " and jdump Interpreter" : " only (jdump's Interpreter is not implemented yet)");
    System.out.printf("diff: %d checks compared under the Interpreter alone: libpcap's program reads scratch memory it"
        + " never wrote, so bpf_filter's verdict is stack garbage%n", total.undefinedInBpfFilter);
  }

  @TestFactory
  Stream<DynamicTest> jdumpSelectsExactlyWhatLibpcapSelects() {
    // -Ddiff.linkTypes=PPI,IEEE802_11 runs only those, for working on one link layer.
    String only = System.getProperty("diff.linkTypes", "");
    return LINK_TYPES.stream().filter(t -> only.isBlank() || List.of(only.split(",")).contains(t.name()))
        .map(t -> DynamicTest.dynamicTest(t.name(), () -> compareOn(t)));
  }

  @Test
  void everyLineOfTheErrorCorpusIsRejectedByLibpcapSomewhere() {
    List<String> accepted = new ArrayList<>();
    for (String expr : errors) {
      boolean rejected = false;
      for (LinkType t : LINK_TYPES) {
        try {
          libpcap.compile(expr, t.dlt(), LinkTypeComparison.SNAPLEN, true);
        } catch (Libpcap.CompileError e) {
          rejected = true;
          break;
        }
      }
      if (!rejected) accepted.add(expr);
    }
    assertTrue(accepted.isEmpty(), "errors.txt lines libpcap accepts on every link type: " + accepted);
  }

  private void compareOn(LinkType type) {
    PacketCorpus corpus = PacketCorpus.build(type, SEED);
    packets += corpus.size();
    try (var cmp = new LinkTypeComparison(libpcap, corpus, notYet, LinkTypeComparison.Compiler.JDUMP, interpreter)) {
      compareOn(cmp, corpus);
    }
  }

  private void compareOn(LinkTypeComparison cmp, PacketCorpus corpus) {
    LinkType type = corpus.type();
    List<String> atoms = new ArrayList<>();
    for (String expr : written) {
      cmp.check(expr, true);
      cmp.check(expr, false);
      if (ExpressionFiles.isPrimitive(expr) && cmp.libpcapProgram(expr, true) != null) atoms.add(expr);
    }
    int special = 0;
    for (Special sp : specials) {
      for (String expr : sp.lines()) {
        cmp.check(expr, true);
        cmp.check(expr, false);
        if (sp.types().contains(type) && ExpressionFiles.isPrimitive(expr) && cmp.libpcapProgram(expr, true) != null) {
          atoms.add(expr);
        }
      }
      special += sp.lines().size();
      allExpressions.addAll(sp.lines());
    }
    for (String expr : errors) {
      cmp.check(expr, true);
      cmp.check(expr, false);
    }
    // tcpdump -s: the snap length is what an accepting program returns.
    if (type == LinkType.EN10MB) for (String expr : written) cmp.check(expr, true, SHORT_SNAPLEN);
    List<String> generated = generate(cmp, atoms, new SplittableRandom(SEED ^ type.dlt()));
    for (String expr : generated) {
      cmp.check(expr, true);
      cmp.check(expr, false);
    }

    Tally t = cmp.tally();
    t.expressions = written.size() + special + errors.size() + generated.size();
    allExpressions.addAll(written);
    allExpressions.addAll(errors);
    allExpressions.addAll(generated);
    total.add(t);
    // -Ddiff.verbose=true lists every check by outcome: for pruning not-yet.txt and growing the corpus.
    if (Boolean.getBoolean("diff.verbose")) {
      t.neverMatchedNames.forEach(n -> System.out.println("never matched: " + n));
      t.mismatchNames.forEach(n -> System.out.println("mismatch: " + n));
    }
    System.out.printf("diff %-10s %4d expressions (%d generated), %5d packets: %5d equal, %5d not yet, %d mismatches%n",
        type, t.expressions, generated.size(), corpus.size(), t.equal, t.notYet, t.mismatches());
    if (t.mismatches() > 0) fail(type + ": " + t.report());
  }

  /** Seeded compositions of the link type's atoms, kept only where libpcap accepts them. */
  private static List<String> generate(LinkTypeComparison cmp, List<String> atoms, SplittableRandom rng) {
    var gen = new ExpressionGenerator(atoms, rng);
    Set<String> out = new LinkedHashSet<>();
    for (int attempt = 0; attempt < 10 * GENERATED_PER_LINK_TYPE && out.size() < GENERATED_PER_LINK_TYPE; attempt++) {
      String expr = gen.next();
      if (cmp.libpcapProgram(expr, true) != null) out.add(expr);
    }
    return List.copyOf(out);
  }

  /** jdump's Interpreter arrives with branch bpf; until then only libpcap's bpf_filter runs. */
  private static boolean interpreterExists() {
    try {
      Interpreter.of(new BpfProgram(List.of(Insn.stmt(Bpf.RET | Bpf.K, 1)))).apply(new byte[1], 0, 1, 1);
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    } catch (Exception e) {
      throw new AssertionError("jdump's Interpreter fails on 'ret #1'", e);
    }
  }
}
