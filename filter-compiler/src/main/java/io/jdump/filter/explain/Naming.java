package io.jdump.filter.explain;

/**
 * What a value is called in an annotation, and how a constant compared with it reads.
 *
 * @param text   the name, e.g. {@code tcp dst port}, {@code ip src & 255.255.0.0}
 * @param format how a constant compared with it is written
 * @param shift  how far a constant is shifted right to line up with the field
 * @param bits   the width of the field (or of the part of it loaded)
 */
record Naming(String text, Format format, int shift, int bits) {
  static Naming plain(String text) {
    return new Naming(text, Format.HEX, 0, 32);
  }

  /** {@return the constant as this value reads it} A constant with bits outside it stays hex. */
  String value(long k) {
    long v = k >>> shift;
    if (v << shift != k || (bits < 64 && v >>> bits != 0)) return Format.hex(k);
    return format.format(v, bits);
  }
}
