package io.jdump.filter.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The harness tested against stand-in compilers built from libpcap itself: one that is right in
 * a different way of writing, and some that are wrong on purpose. A differential test that
 * cannot see a wrong return value or a wrong message proves nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HarnessSelfTest {
  private static final ExpressionFiles.NotYet NOTHING_EXCUSED = new ExpressionFiles.NotYet(List.of(), List.of());
  private static final ExpressionFiles.NotYet ALL_EXCUSED = new ExpressionFiles.NotYet(List.of(java.util.regex.Pattern.compile("")), List.of());

  private Libpcap libpcap;
  private PacketCorpus corpus;
  private List<String> expressions;

  @BeforeAll
  void load() {
    libpcap = Libpcap.load();
    corpus = PacketCorpus.build(LinkType.EN10MB, 42);
    expressions = new ArrayList<>(ExpressionFiles.lines("expressions.txt"));
    expressions.addAll(ExpressionFiles.lines("errors.txt"));
  }

  @Test
  void anEquivalentProgramWrittenDifferentlyComparesEqualOnEveryCheck() {
    // "ja 0" in front changes the instructions and none of the relative jumps.
    Tally t = run(libpcapRewritten(p -> prepend(Insn.stmt(Bpf.JMP | Bpf.JA, 0), p)), NOTHING_EXCUSED);
    assertEquals(0, t.mismatches(), t::report);
    // Without the Interpreter, programs whose bpf_filter verdict is undefined cannot be compared.
    assertEquals(t.checks - t.undefinedInBpfFilter, t.equal);
    assertEquals(2L * (t.equal - t.rejectedAlike) * corpus.size(), t.packetRuns, "both programs ran on every packet");
  }

  @Test
  void aWrongReturnValueIsAMismatchWhereverLibpcapKeepsAPacket() {
    Tally t = run(libpcapRewritten(p -> mapReturns(p, k -> k == 0 ? 0 : k - 1)), NOTHING_EXCUSED);
    int accepting = t.checks - t.rejectedAlike - t.neverMatched - t.undefinedInBpfFilter;
    assertEquals(accepting, t.mismatches(), "one mismatch per check whose program keeps a packet");
    assertTrue(t.mismatchDetails.get(0).contains("packets differ"), t.mismatchDetails.get(0));
  }

  @Test
  void anAcceptAllProgramIsAMismatchForSelectiveExpressions() {
    Tally t = run(libpcapRewritten(p -> new BpfProgram(List.of(Insn.stmt(Bpf.RET | Bpf.K, LinkTypeComparison.SNAPLEN)))),
        NOTHING_EXCUSED);
    assertTrue(t.mismatches() > t.checks / 2, t.mismatches() + " of " + t.checks);
  }

  @Test
  void aRejectionInOtherWordsIsAMismatch() {
    Tally t = run((e, d, s, o) -> {
      throw new FilterException("parse error near here");
    }, NOTHING_EXCUSED);
    assertEquals(0, t.equal);
    assertEquals(t.checks, t.mismatches());
  }

  @Test
  void notYetExcusesCleanFailuresOnly() {
    Tally unsupported = run((e, d, s, o) -> {
      throw new UnsupportedOperationException("TODO");
    }, ALL_EXCUSED);
    assertEquals(unsupported.checks, unsupported.notYet);
    Tally crashing = run((e, d, s, o) -> {
      throw new IllegalStateException("bug");
    }, ALL_EXCUSED);
    assertEquals(crashing.checks, crashing.mismatches());
    Tally unlisted = run((e, d, s, o) -> {
      throw new UnsupportedOperationException("TODO");
    }, NOTHING_EXCUSED);
    assertEquals(unlisted.checks, unlisted.mismatches());
  }

  @Test
  void anUnsafeProgramIsReportedWithoutRunningIt() {
    Tally t = run(libpcapRewritten(p -> new BpfProgram(List.of(Insn.stmt(Bpf.LD | Bpf.W | Bpf.ABS, 0)))), NOTHING_EXCUSED);
    assertEquals(t.checks - t.rejectedAlike - t.undefinedInBpfFilter, t.mismatches());
    assertTrue(t.mismatchNames.get(0).contains("invalid program"), t.mismatchNames.get(0));
  }

  @Test
  void aCompileThatNeverReturnsIsAMismatchAndTheNextChecksStillRun() {
    LinkTypeComparison.Compiler rightButHangsOnTcp = (expr, dlt, snaplen, optimize) -> {
      if (expr.equals("tcp")) {
        try {
          new CountDownLatch(1).await(); // never counted down: only an interrupt ends it
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("interrupted");
      }
      return libpcapRewritten(p -> p).compile(expr, dlt, snaplen, optimize);
    };
    try (var cmp = new LinkTypeComparison(libpcap, corpus, NOTHING_EXCUSED, rightButHangsOnTcp, false, 1)) {
      for (String e : List.of("ip", "tcp", "udp", "port 53")) cmp.check(e, true);
      Tally t = cmp.tally();
      assertEquals(List.of("-y EN10MB 'tcp'"), t.mismatchNames);
      assertEquals(3, t.equal);
    }
  }

  private Tally run(LinkTypeComparison.Compiler compiler, ExpressionFiles.NotYet notYet) {
    try (var cmp = new LinkTypeComparison(libpcap, corpus, notYet, compiler, false)) {
      for (String e : expressions) cmp.check(e, true);
      return cmp.tally();
    }
  }

  private int kept(String expr) {
    try {
      int[] verdicts = new int[corpus.size()];
      new NativeCorpus(libpcap, corpus).run(libpcap.load(libpcap.compile(expr, LinkType.EN10MB.dlt(), LinkTypeComparison.SNAPLEN, true)), verdicts);
      int n = 0;
      for (int v : verdicts) if (v != 0) n++;
      return n;
    } catch (Libpcap.CompileError e) {
      throw new AssertionError(e);
    }
  }

  /** libpcap itself as the compiler under test, its programs passed through {@code rewrite}. */
  private LinkTypeComparison.Compiler libpcapRewritten(UnaryOperator<BpfProgram> rewrite) {
    return (expr, dlt, snaplen, optimize) -> {
      try {
        return rewrite.apply(libpcap.compile(expr, dlt, snaplen, optimize));
      } catch (Libpcap.CompileError e) {
        throw new FilterException(e.getMessage());
      }
    };
  }

  private static BpfProgram prepend(Insn first, BpfProgram p) {
    List<Insn> out = new ArrayList<>(List.of(first));
    out.addAll(p.insns());
    return new BpfProgram(out);
  }

  private static BpfProgram mapReturns(BpfProgram p, UnaryOperator<Integer> k) {
    List<Insn> out = new ArrayList<>();
    for (Insn in : p.insns()) out.add(in.code() == (Bpf.RET | Bpf.K) ? Insn.stmt(in.code(), k.apply(in.k())) : in);
    return new BpfProgram(out);
  }
}
