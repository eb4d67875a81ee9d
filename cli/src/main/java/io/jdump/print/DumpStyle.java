package io.jdump.print;

/**
 * The raw dump printed under each packet's summary: tcpdump's {@code -x}, {@code -X}, {@code -A}
 * and their doubled forms, which include the link-layer header.
 *
 * <pre>{@code
 * DumpStyle s = DumpStyle.forFlags(0, 2, 0);   // -XX: HEX_ASCII with the link header
 * }</pre>
 */
public enum DumpStyle {
  /** No dump. */
  NONE(false, false, false),
  /** {@code -x}: hex of the packet after the link header. */
  HEX(true, false, false),
  /** {@code -xx}: hex of the whole frame. */
  HEX_LINK(true, false, true),
  /** {@code -X}: hex and ASCII after the link header. */
  HEX_ASCII(true, true, false),
  /** {@code -XX}: hex and ASCII of the whole frame. */
  HEX_ASCII_LINK(true, true, true),
  /** {@code -A}: ASCII after the link header. */
  ASCII(false, true, false),
  /** {@code -AA}: ASCII of the whole frame. */
  ASCII_LINK(false, true, true);

  private final boolean hex;
  private final boolean ascii;
  private final boolean linkHeader;

  DumpStyle(boolean hex, boolean ascii, boolean linkHeader) {
    this.hex = hex;
    this.ascii = ascii;
    this.linkHeader = linkHeader;
  }

  /** {@return whether bytes are shown in hex} */
  public boolean hex() { return hex; }

  /** {@return whether bytes are shown as ASCII} */
  public boolean ascii() { return ascii; }

  /** {@return whether the dump starts at the link-layer header} */
  public boolean linkHeader() { return linkHeader; }

  /**
   * {@return the style for the counts of {@code -x}, {@code -X} and {@code -A} flags} As in
   * tcpdump, {@code -X} wins over {@code -x}, which wins over {@code -A}.
   */
  public static DumpStyle forFlags(int x, int bigX, int a) {
    if (bigX > 0) return bigX > 1 ? HEX_ASCII_LINK : HEX_ASCII;
    if (x > 0) return x > 1 ? HEX_LINK : HEX;
    if (a > 0) return a > 1 ? ASCII_LINK : ASCII;
    return NONE;
  }
}
