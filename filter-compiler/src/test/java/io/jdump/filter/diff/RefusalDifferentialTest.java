package io.jdump.filter.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.LinkType;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * jdump refuses an expression with {@code expression rejects all packets} exactly when
 * libpcap 1.10's optimizer does: over the harness's corpus, seeded compositions of its
 * primitives, and conjunctions of two primitives (where contradictions such as
 * {@code tcp and vlan} or {@code arp and ip} are common), on the ten link types.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusalDifferentialTest {
  private static final long SEED = 0x72656675L; // "refu"
  private static final int GENERATED = 400;
  private static final int PAIRS = 400;
  private static final String REFUSAL = "expression rejects all packets";
  private static final List<LinkType> LINK_TYPES = List.of(LinkType.EN10MB, LinkType.LINUX_SLL,
      LinkType.LINUX_SLL2, LinkType.RAW, LinkType.IPV4, LinkType.IPV6, LinkType.NULL,
      LinkType.LOOP, LinkType.PPP, LinkType.C_HDLC);

  private Libpcap libpcap;
  private List<String> written;
  private int checks;
  private int refusedAlike;

  @BeforeAll
  void load() {
    libpcap = Libpcap.load();
    written = new ArrayList<>(ExpressionFiles.lines("expressions.txt"));
    written.addAll(ExpressionFiles.lines("errors.txt"));
  }

  @AfterAll
  void summary() {
    System.out.printf("refusal: %d checks over %d link types, %d refused by both, 0 differ%n",
        checks, LINK_TYPES.size(), refusedAlike);
  }

  @TestFactory
  Stream<DynamicTest> jdumpRefusesExactlyWhereLibpcapRefuses() {
    return LINK_TYPES.stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> compareOn(t)));
  }

  private void compareOn(LinkType type) {
    SplittableRandom rng = new SplittableRandom(SEED ^ type.dlt());
    Set<String> exprs = new LinkedHashSet<>(written);
    List<String> atoms = new ArrayList<>();
    for (String e : written) {
      if (ExpressionFiles.isPrimitive(e) && libpcapSays(e, type) == null) atoms.add(e);
    }
    var gen = new ExpressionGenerator(atoms, rng);
    for (int i = 0; i < GENERATED; i++) exprs.add(gen.next());
    for (int i = 0; i < PAIRS && !atoms.isEmpty(); i++) {
      String a = Pools.pick(rng, atoms);
      String b = Pools.pick(rng, atoms);
      exprs.add(switch (rng.nextInt(3)) {
        case 0 -> "(" + a + ") and (" + b + ")";
        case 1 -> "(" + a + ") and not (" + b + ")";
        default -> "not ((" + a + ") or (" + b + "))";
      });
    }
    List<String> differ = new ArrayList<>();
    for (String e : exprs) {
      String theirs = libpcapSays(e, type);
      if (theirs != null && !theirs.equals(REFUSAL)) continue;
      String ours = jdumpSays(e, type);
      if (ours != null && !ours.equals(REFUSAL)) continue;
      checks++;
      boolean theyRefuse = theirs != null;
      boolean weRefuse = ours != null;
      if (theyRefuse && weRefuse) refusedAlike++;
      if (theyRefuse != weRefuse) {
        differ.add("-y " + type + " '" + e + "': " + (theyRefuse ? "libpcap" : "jdump")
            + " alone refuses");
      }
    }
    differ.forEach(System.out::println);
    assertTrue(differ.isEmpty(), () -> type + ": " + differ.size() + " differ, first " + differ.get(0));
  }

  /** {@return libpcap's error message, or null if it compiles {@code e} optimized} */
  private String libpcapSays(String e, LinkType type) {
    try {
      libpcap.compile(e, type.dlt(), LinkTypeComparison.SNAPLEN, true);
      return null;
    } catch (Libpcap.CompileError x) {
      return x.getMessage();
    }
  }

  private static String jdumpSays(String e, LinkType type) {
    try {
      FilterCompiler.compile(e, type.dlt(), LinkTypeComparison.SNAPLEN, true);
      return null;
    } catch (FilterException x) {
      return x.getMessage();
    }
  }
}
