package io.jdump.filter.opt;

import io.jdump.bpf.Interpreter;
import java.util.Arrays;
import java.util.Random;

/**
 * What "same meaning" is for an optimized program, on any frame, whole or cut short. The
 * unoptimized program's verdict {@code u} is the reference: a packet it accepts, the optimized
 * program accepts with the same value (it never reads further than the unoptimized one did).
 * A packet it rejects may be rejected, or accepted where the optimized program has dropped a
 * load whose value did not matter (as libpcap's optimizer does): then every packet that starts
 * with the captured bytes must get that verdict from the unoptimized program, which is checked
 * on two long frames extending the captured bytes (the frame's own bytes then zeros, random).
 *
 * <pre>{@code
 * String why = SameMeaning.violation(plainVm, optVm, frame, caplen, random);   // null: same
 * }</pre>
 */
public final class SameMeaning {
  /** Extensions reach this far: past every offset the corpus's programs load from. */
  private static final int EXTENDED = 8192;

  private SameMeaning() {}

  /** {@return null if {@code opt} keeps {@code plain}'s meaning on {@code f} cut at {@code cap}, else why not} */
  public static String violation(Interpreter plain, Interpreter opt, byte[] f, int cap, Random r) {
    int u = plain.apply(f, 0, cap, f.length);
    int o = opt.apply(f, 0, cap, f.length);
    if (u != 0) return o == u ? null : "unoptimized " + u + " optimized " + o;
    if (o == 0) return null;
    byte[] own = Arrays.copyOf(f, Math.max(EXTENDED, f.length));
    byte[] noise = own.clone();
    for (int i = cap; i < noise.length; i++) noise[i] = (byte) r.nextInt(256);
    for (byte[] e : new byte[][] {own, noise}) {
      int w = plain.apply(e, 0, e.length, f.length);
      if (w != o) {
        return "unoptimized 0, optimized " + o + " where the unoptimized program gives " + w
            + " to a longer frame with the same first " + cap + " bytes";
      }
    }
    return null;
  }
}
