package io.jdump.filter.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.filter.CompileOptions;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * --explain on a thread with a 256 KiB stack, on the shapes the compiler itself survives
 * there (filter-compiler's SmallStackLimitsTest): 150 KB or-chains and and/or chains (8,800 hosts: deep enough to overflow any recursive walk there) and
 * thousands of nested parentheses give an explanation, never a StackOverflowError, with
 * libpcap's meaning and each of jdump's own; the expression written out compiles to the
 * program the original compiles to.
 */
class ExplainOnASmallStackTest {
  private static final long STACK = 256 << 10;

  private static Map<String, String> shapes() {
    StringBuilder hosts = new StringBuilder("host 10.0.0.0");
    for (int i = 1; hosts.length() < 150_000; i++) {
      hosts.append(" or host 10.").append(i >> 16 & 255).append('.').append(i >> 8 & 255)
          .append('.').append(i & 255);
    }
    StringBuilder mixed = new StringBuilder("tcp");
    while (mixed.length() < 150_000) mixed.append(" or udp port 53 and not host 10.0.0.1");
    StringBuilder encap = new StringBuilder("vlan 10 and tcp");
    while (encap.length() < 150_000) encap.append(" or not (udp port 53 and not host 10.0.0.1)");
    StringBuilder nested = new StringBuilder();
    for (int i = 0; i < 1000; i++) nested.append(i % 2 == 0 ? "(tcp or " : "(vlan and ");
    nested.append("icmp").append(")".repeat(1000));
    Map<String, String> shapes = new LinkedHashMap<>();
    shapes.put("host or-chain", hosts.toString());
    shapes.put("and/or chain", mixed.toString());
    shapes.put("vlan and/or chain", encap.toString());
    shapes.put("1000 nested and/or levels", nested.toString());
    shapes.put("4998 parentheses", "(".repeat(4998) + "tcp" + ")".repeat(4998));
    return shapes;
  }

  /** A compile step that may refuse the expression. */
  private interface Step {
    Object run() throws FilterException;
  }

  /** {@return what step returns on a 256 KiB stack, or the compiler's message, or what was thrown} */
  private static Object onSmallStack(Step step) throws InterruptedException {
    AtomicReference<Object> out = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        out.set(step.run());
      } catch (FilterException ex) {
        out.set(ex.getMessage());
      } catch (Throwable ex) {
        out.set(ex);
      }
    }, "small-stack", STACK);
    t.start();
    t.join();
    return out.get();
  }

  private static Object onSmallStack(String e, CompileOptions o) throws InterruptedException {
    return onSmallStack(() -> Explain.explain(e, 1, 262144, false, o));
  }

  private static Object compile(String e, CompileOptions o) throws InterruptedException {
    return onSmallStack(() -> FilterCompiler.compile(e, 1, 262144, false, o));
  }

  @Test
  void longChainsAndDeepParenthesesAreExplainedOnASmallStack() throws Exception {
    CompileOptions all = new CompileOptions(true, true, true);
    // All of jdump's meanings at once: each alone walks the same code (and costs as much).
    List<CompileOptions> options = List.of(CompileOptions.LIBPCAP, all);
    int explained = 0;
    int recompiled = 0;
    for (Map.Entry<String, String> shape : shapes().entrySet()) {
      for (CompileOptions o : options) {
        String what = shape.getKey() + " " + o;
        long start = System.nanoTime();
        Object out = onSmallStack(shape.getValue(), o);
        System.out.printf("explain on a small stack: %s: %d ms%n", what,
            (System.nanoTime() - start) / 1_000_000);
        assertTrue(out instanceof Explanation, () -> what + ": " + out);
        Explanation x = (Explanation) out;
        assertNotNull(x.expression(), what);
        assertTrue(x.listing().size() > 0, what);
        if (o == CompileOptions.LIBPCAP) {
          // A left-leaning chain written out opens one parenthesis per link: past libpcap's
          // parser stack (10,000) it no longer compiles, with libpcap's message.
          Object again = compile(x.expression(), o);
          if (!"can't parse filter expression: memory exhausted".equals(again)) {
            assertTrue(compile(shape.getValue(), o).equals(again), what);
            recompiled++;
          }
        }
        explained++;
      }
    }
    System.out.printf("explain on a small stack: %d long or deeply nested expressions,"
        + " %d written out and recompiled to the same program%n", explained, recompiled);
    assertTrue(recompiled >= 3);
  }

  @Test
  void encapsulationNotesCoverEveryPrimitiveOfALongChain() throws Exception {
    String encap = shapes().get("vlan and/or chain");
    int branches = encap.split(" or ").length;
    Explanation libpcap = (Explanation) onSmallStack(encap, CompileOptions.LIBPCAP);
    // One vlan, reaching every primitive after it: tcp, then udp port 53 and host per branch.
    String note = libpcap.notes().get(0);
    assertEquals(2 * branches - 1, note.substring(note.indexOf("'or': ") + 6).split(", ").length);
    Explanation scoped = (Explanation) onSmallStack(encap, CompileOptions.LIBPCAP.withScopedEncap(true));
    assertTrue(scoped.notes().get(0).endsWith("(--scoped-encap): tcp"), () -> scoped.notes().get(0).substring(0, 200));
  }
}
