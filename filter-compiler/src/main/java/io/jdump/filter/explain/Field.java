package io.jdump.filter.explain;

/**
 * A named run of bits in a header, counted from the header's first bit (bit 0 is the most
 * significant bit of its first byte, as the RFCs draw them).
 */
record Field(String name, int start, int bits, Format format) {
  static Field of(String name, int start, int bits, Format format) {
    return new Field(name, start, bits, format);
  }

  int end() {
    return start + bits;
  }
}
