package io.jdump.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * tcpdump's {@code --fp-type}: a float computed from fixed bits, printed with three decimals, so
 * that one can see which floating-point arithmetic the binary does (IEEE single precision here,
 * as on every platform Java runs on).
 */
final class FpType {
  /** The bits tcpdump reinterprets as a float. */
  private static final int BITS = 0x4e93312d;

  private FpType() {}

  /** {@return the line tcpdump prints: the float times 8 over 1,000,000, in float arithmetic} */
  static String check() {
    float f = Float.intBitsToFloat(BITS) * 8 / 1000000;
    // printf rounds the exact binary value; BigDecimal(double) holds it exactly
    return new BigDecimal(f).setScale(3, RoundingMode.HALF_EVEN).toPlainString() + "\n";
  }
}
