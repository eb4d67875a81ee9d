package io.jdump.print;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** C's printf conversions that Java's Formatter writes differently. */
final class CFormat {
  private CFormat() {}

  /**
   * C's {@code %.Ng}: precision significant digits, trailing zeros dropped, exponent form when
   * the exponent is below -4 or not below the precision; {@code inf} and {@code nan} as glibc.
   * Example: {@code g(sb, 1.0E10, 10)} appends {@code 1e+10}.
   */
  static void g(StringBuilder sb, double v, int precision) {
    if (Double.isNaN(v)) {
      sb.append((Double.doubleToRawLongBits(v) < 0) ? "-nan" : "nan");
      return;
    }
    if (Double.isInfinite(v)) {
      sb.append(v < 0 ? "-inf" : "inf");
      return;
    }
    if (v == 0) {
      sb.append(1 / v < 0 ? "-0" : "0");
      return;
    }
    BigDecimal r = new BigDecimal(v).round(new MathContext(precision, RoundingMode.HALF_EVEN));
    int exp = r.precision() - r.scale() - 1;
    if (exp < -4 || exp >= precision) {
      BigDecimal mant = r.movePointLeft(exp).stripTrailingZeros();
      sb.append(mant.toPlainString()).append('e').append(exp < 0 ? '-' : '+');
      int a = Math.abs(exp);
      if (a < 10) sb.append('0');
      sb.append(a);
    } else {
      BigDecimal s = r.stripTrailingZeros();
      if (s.scale() < 0) s = s.setScale(0);
      sb.append(s.toPlainString());
    }
  }
}
