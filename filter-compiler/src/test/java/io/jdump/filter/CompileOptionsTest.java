package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The options change nothing they do not name: with {@link CompileOptions#LIBPCAP} the
 * program is the one of the plain overloads, and {@code --scoped-encap} on an expression
 * without {@code vlan}, {@code mpls} or {@code pppoes} generates libpcap's program
 * instruction for instruction (the whole-tree generation visits primitives in the order the
 * parser reduces them). Errors keep libpcap's words.
 */
class CompileOptionsTest {
  private static final Pattern ENCAP = Pattern.compile("\\b(vlan|mpls|pppoes)\\b");

  private static String outcome(String e, int dlt, boolean optimize, CompileOptions o) {
    try {
      BpfProgram p = o == null ? FilterCompiler.compile(e, dlt, 262144, optimize)
          : FilterCompiler.compile(e, dlt, 262144, optimize, o);
      return p.toString();
    } catch (FilterException ex) {
      return "error: " + ex.getMessage();
    }
  }

  @Test
  void optionsOffOrUnusedGiveLibpcapsProgram() {
    Random r = new Random(1127);
    int same = 0;
    int scopedSame = 0;
    for (int dlt : new int[] {1, 113, 12, 9}) {
      for (int i = 0; i < 400; i++) {
        String e = RandomExpressionDifferentialTest.expr(r, 0);
        boolean optimize = r.nextBoolean();
        String plain = outcome(e, dlt, optimize, null);
        assertEquals(plain, outcome(e, dlt, optimize, CompileOptions.LIBPCAP), e);
        same++;
        if (!ENCAP.matcher(e).find() && !plain.startsWith("error: can't parse")) {
          assertEquals(plain, outcome(e, dlt, optimize, CompileOptions.LIBPCAP.withScopedEncap(true)), e);
          scopedSame++;
        }
      }
    }
    System.out.printf("compile options: %d LIBPCAP programs identical, %d scoped programs without"
        + " encapsulation identical%n", same, scopedSame);
    assertTrue(scopedSame > 1000);
  }

  /**
   * All three options together compile every expression libpcap's meaning compiles (scoping
   * only removes refusals, such as {@code mpls or vlan}'s "no VLAN match after MPLS"), into
   * programs the VM accepts, on every link type.
   */
  @Test
  void allOptionsTogetherCompileWhatLibpcapCompiles() throws Exception {
    Random r = new Random(1128);
    CompileOptions all = new CompileOptions(true, true, true);
    int compiled = 0;
    for (int dlt : FilterCompilerDifferentialTest.DLTS) {
      for (int i = 0; i < 150; i++) {
        String e = RandomExpressionDifferentialTest.expr(r, 0);
        if (outcome(e, dlt, false, null).startsWith("error: ")) continue;
        BpfProgram p = FilterCompiler.compile(e, dlt, 262144, false, all);
        io.jdump.bpf.Interpreter.of(p);
        try {
          io.jdump.bpf.Interpreter.of(FilterCompiler.compile(e, dlt, 262144, true, all));
        } catch (FilterException ex) {
          assertEquals("expression rejects all packets", ex.getMessage(), e);
        }
        compiled++;
      }
    }
    System.out.printf("compile options: %d expressions compiled with all three options%n", compiled);
    assertTrue(compiled > 1000);
  }
}
