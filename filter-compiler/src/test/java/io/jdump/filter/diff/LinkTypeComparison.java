package io.jdump.filter.diff;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.ScratchUse;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.InvalidProgramException;
import io.jdump.bpf.PacketFilter;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Compares jdump with libpcap for one link type. A check compiles one expression one way
 * (optimized or not) with both compilers: where libpcap refuses, jdump must refuse with the same
 * one-line message; where both accept, both programs run over the link type's packet corpus under
 * libpcap's {@code bpf_filter} and, once it exists, jdump's Interpreter, and must return the same
 * value for every packet. Each check ends equal, not yet ({@code not-yet.txt}) or a mismatch, which
 * fails the suite.
 */
final class LinkTypeComparison implements AutoCloseable {
  static final int SNAPLEN = 262144;
  /** Generous: a compile that takes this long is hung, not slow. */
  static final long HANG_SECONDS = 120;
  private static final int PACKETS_SHOWN = 3;

  private final Libpcap libpcap;
  private final PacketCorpus corpus;
  private final NativeCorpus nativeCorpus;
  private final ExpressionFiles.NotYet notYet;
  private final Compiler compiler;
  private final boolean interpreter;
  private final long hangSeconds;
  private final Tally tally = new Tally();
  /** Per packet: what libpcap's program returned, then what the program under test returned. */
  private final int[] expected;
  private final int[] actual;

  /** jdump compiles here, so that a hung compile is seen; replaced when one hangs. */
  private ExecutorService compilerThread = newCompilerThread();
  /** The check under way, by name. */
  private String current;
  /** The current check's expression, optimization and snap length, to explain a mismatch. */
  private String currentExpr;
  private boolean currentOptimize;
  private int currentSnaplen;
  /** Whether the current check's libpcap program reads scratch memory it never wrote. */
  private boolean undefinedInBpfFilter;

  /** The compiler under test: jdump's, or a stand-in when the harness tests itself. */
  @FunctionalInterface
  interface Compiler {
    BpfProgram compile(String expr, int dlt, int snaplen, boolean optimize) throws FilterException;

    Compiler JDUMP = FilterCompiler::compile;
  }

  LinkTypeComparison(Libpcap libpcap, PacketCorpus corpus, ExpressionFiles.NotYet notYet,
      Compiler compiler, boolean interpreter) {
    this(libpcap, corpus, notYet, compiler, interpreter, HANG_SECONDS);
  }

  LinkTypeComparison(Libpcap libpcap, PacketCorpus corpus, ExpressionFiles.NotYet notYet,
      Compiler compiler, boolean interpreter, long hangSeconds) {
    this.hangSeconds = hangSeconds;
    this.libpcap = libpcap;
    this.compiler = compiler;
    this.corpus = corpus;
    this.nativeCorpus = new NativeCorpus(libpcap, corpus);
    this.notYet = notYet;
    this.interpreter = interpreter;
    this.expected = new int[corpus.size()];
    this.actual = new int[corpus.size()];
  }

  @Override
  public void close() {
    compilerThread.shutdownNow();
  }

  private static ExecutorService newCompilerThread() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "jdump-compile");
      t.setDaemon(true); // a hung compile must not keep the JVM alive
      return t;
    });
  }

  Tally tally() {
    return tally;
  }

  /** {@return libpcap's program, or null when libpcap rejects the expression} */
  BpfProgram libpcapProgram(String expr, boolean optimize) {
    return libpcapProgram(expr, optimize, SNAPLEN);
  }

  private BpfProgram libpcapProgram(String expr, boolean optimize, int snaplen) {
    try {
      return libpcap.compile(expr, corpus.type().dlt(), snaplen, optimize);
    } catch (Libpcap.CompileError e) {
      return null;
    }
  }

  /** One check: the expression compiled one way, by both compilers, then run if both accept. */
  void check(String expr, boolean optimize) {
    check(expr, optimize, SNAPLEN);
  }

  /** A check with another snap length: the value accepting programs return. */
  void check(String expr, boolean optimize, int snaplen) {
    tally.checks++;
    String name = String.format("-y %s%s%s '%s'", corpus.type(), optimize ? "" : " -O",
        snaplen == SNAPLEN ? "" : " -s " + snaplen, expr);
    current = name;
    currentExpr = expr;
    currentOptimize = optimize;
    currentSnaplen = snaplen;
    compare(name, expr, optimize, snaplen);
  }

  /** Records a mismatch of the current check. */
  private void mismatch(String label, String detail) {
    tally.mismatch(label, detail);
  }

  private void compare(String name, String expr, boolean optimize, int snaplen) {
    BpfProgram want;
    String wantError = null;
    try {
      want = libpcap.compile(expr, corpus.type().dlt(), snaplen, optimize);
    } catch (Libpcap.CompileError e) {
      want = null;
      wantError = e.getMessage();
    }
    // libpcap's own program runs whatever jdump does: its verdicts are the reference, and jdump's
    // Interpreter must reproduce them, protochain loops included.
    boolean vmAgrees = want == null || runLibpcap(name, want);
    boolean excused = notYet.covers(expr);
    Future<BpfProgram> job = compilerThread.submit(() -> compiler.compile(expr, corpus.type().dlt(), snaplen, optimize));
    BpfProgram got;
    try {
      got = job.get(hangSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      compilerThread.shutdownNow(); // the hung thread may never yield; later checks get a fresh one
      compilerThread = newCompilerThread();
      mismatch(name, name + "\n  jdump did not return within " + hangSeconds + " s");
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof FilterException fe) {
        rejected(name, fe.getMessage(), wantError, want, excused);
      } else if (cause instanceof UnsupportedOperationException && excused) {
        tally.notYet++;
      } else {
        String why = cause instanceof UnsupportedOperationException
            ? "jdump: not implemented (" + cause + "), and not listed in not-yet.txt" : "jdump threw " + cause;
        mismatch(name + "  [" + cause.getClass().getSimpleName() + "]", name + "\n  " + why
            + "\n  libpcap: " + (want == null ? "rejects: " + wantError : "accepts"));
      }
      return;
    }
    if (want == null) {
      mismatch(name + "  [jdump accepts, libpcap rejects]", name + "\n  libpcap rejects: " + wantError
          + "\n  jdump accepts:\n" + CompactListing.of(got));
      return;
    }
    if (vmAgrees) run(name, want, got);
  }

  /**
   * Fills {@code expected} with libpcap's verdicts: from bpf_filter, checked against the
   * Interpreter; or, where libpcap's program reads scratch memory it never wrote (bpf_filter's
   * answer is then stack garbage), from the Interpreter alone, which zeroes that memory.
   */
  private boolean runLibpcap(String name, BpfProgram want) {
    undefinedInBpfFilter = ScratchUse.readsUnwritten(want);
    if (undefinedInBpfFilter) {
      tally.undefinedInBpfFilter++;
      if (!interpreter) return false; // nothing defined to compare with
      try {
        interpretInto(Interpreter.of(want), expected);
      } catch (InvalidProgramException | RuntimeException e) {
        mismatch(name + "  [Interpreter(libpcap's program): " + e + "]", name + "\n  Interpreter refused libpcap's program: " + e);
        return false;
      }
    } else {
      nativeCorpus.run(libpcap.load(want), expected);
      tally.packetRuns += corpus.size();
      if (interpreter && !interpret(name, "Interpreter(libpcap's program)", want, want)) return false;
    }
    boolean matchedAny = false;
    for (int r : expected) matchedAny |= r != 0;
    if (!matchedAny) {
      tally.neverMatched++;
      tally.neverMatchedNames.add(name);
    }
    return true;
  }

  private void rejected(String name, String message, String wantError, BpfProgram want, boolean excused) {
    if (message == null || message.isBlank() || message.contains("\n")) {
      mismatch(name + "  [not a one-line message]", name + "\n  jdump's message is not one line: " + message);
    } else if (wantError != null && wantError.equals(message)) {
      tally.equal++;
      tally.rejectedAlike++;
    } else if (excused) {
      tally.notYet++;
    } else if (wantError != null) {
      mismatch(name + "  [message: '" + message + "' vs '" + wantError + "']",
          name + "\n  libpcap rejects: " + wantError + "\n  jdump rejects:   " + message);
    } else {
      mismatch(name + "  [jdump rejects: " + message + "]", name + "\n  libpcap accepts:\n" + CompactListing.of(want)
          + "  jdump rejects: " + message);
    }
  }

  private void run(String name, BpfProgram want, BpfProgram got) {
    String unsafe = ProgramGuard.problem(got, ProgramGuard.loops(want), want.length());
    if (unsafe != null) {
      mismatch(name + "  [invalid program: " + unsafe + "]", name + "\n  jdump's program is invalid: " + unsafe
          + "\n  jdump:\n" + CompactListing.of(got) + "  libpcap:\n" + CompactListing.of(want));
      return;
    }
    if (!undefinedInBpfFilter && ScratchUse.readsUnwritten(got)) {
      // Its bpf_filter verdicts would be stack garbage: flaky, and wrong where libpcap's are not.
      mismatch(name + "  [jdump's program reads scratch memory it never wrote]", name
          + "\n  jdump's program reads scratch memory it never wrote; libpcap's does not\n  jdump:\n" + CompactListing.of(got));
      return;
    }
    // The same instructions give the same answers under the same VM: no need to run them twice.
    if (!undefinedInBpfFilter && !want.equals(got)) {
      nativeCorpus.run(libpcap.load(got), actual);
      tally.packetRuns += corpus.size();
      if (!same(name, "bpf_filter", want, got)) return;
    }
    if (interpreter && !interpret(name, "Interpreter(jdump's program)", want, got)) return;
    tally.equal++;
  }

  private boolean interpret(String name, String vm, BpfProgram want, BpfProgram program) {
    PacketFilter f;
    try {
      f = Interpreter.of(program);
    } catch (InvalidProgramException | RuntimeException e) {
      mismatch(name + "  [" + vm + ": " + e + "]", name + "\n  " + vm + " refused the program: " + e);
      return false;
    }
    interpretInto(f, actual);
    return same(name, vm, want, program);
  }

  private void interpretInto(PacketFilter f, int[] out) {
    byte[] data = corpus.data();
    for (int i = 0; i < out.length; i++) out[i] = f.apply(data, corpus.offset(i), corpus.caplen(i), corpus.wirelen(i));
    tally.packetRuns += corpus.size();
  }

  /** Compares {@code actual} with {@code expected}; on a difference records a mismatch. */
  private boolean same(String name, String vm, BpfProgram want, BpfProgram got) {
    int differ = 0;
    int whole = 0;
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] == actual[i]) continue;
      if (!corpus.isCut(i)) whole++;
      if (differ++ < PACKETS_SHOWN) {
        shown.append(String.format("  packet %d: libpcap %s (%d), jdump %s (%d)%n    %s%n", i,
            verdict(expected[i]), expected[i], verdict(actual[i]), actual[i], corpus.describe(i)));
      }
    }
    if (differ == 0) return true;
    String unoptimized = got != want && agreesWithUnoptimizedLibpcap() ? ", as libpcap's unoptimized program does" : "";
    mismatch(name + "  [" + vm + ": " + differ + " packets differ, " + whole + " of them whole frames" + unoptimized + "]", name
        + "\n  run with " + vm + ": " + differ + " of " + expected.length + " packets differ (" + whole + " whole frames)\n" + shown + "  libpcap:\n" + CompactListing.of(want)
        + "  jdump:\n" + CompactListing.of(got));
    return false;
  }

  /**
   * {@return whether, for an optimized check, jdump's verdicts ({@code actual}) are exactly those
   * of libpcap's unoptimized program} Then the difference is libpcap's optimizer's doing alone
   * (it drops loads whose value it knows, so frames cut short are kept rather than dropped).
   */
  private boolean agreesWithUnoptimizedLibpcap() {
    if (!currentOptimize) return false;
    BpfProgram unoptimized = libpcapProgram(currentExpr, false, currentSnaplen);
    if (unoptimized == null || ScratchUse.readsUnwritten(unoptimized)) return false;
    int[] verdicts = new int[actual.length];
    nativeCorpus.run(libpcap.load(unoptimized), verdicts);
    return Arrays.equals(verdicts, actual);
  }

  private static String verdict(int r) {
    return r != 0 ? "accepts" : "drops";
  }
}
