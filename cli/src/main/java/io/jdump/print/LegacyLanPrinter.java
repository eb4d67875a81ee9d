package io.jdump.print;

/**
 * Older LAN link types tcpdump still decodes: Hilscher netANALYZER (plain and transparent),
 * and, as they are added, FDDI, Token Ring, IP over Fibre Channel, Apple IP over IEEE 1394
 * and the Symantec firewall header. Each sets {@link Frame#linkHeaderLength}.
 */
final class LegacyLanPrinter {
  static final int DLT_NETANALYZER = 240;
  static final int DLT_NETANALYZER_TRANSPARENT = 241;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  LegacyLanPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /**
   * tcpdump's {@code netanalyzer_if_print} and {@code netanalyzer_transparent_if_print}: a
   * pseudo-header of 4 bytes (12 with the preamble and SFD), never shown, then Ethernet.
   */
  void netanalyzer(int p, int length, boolean transparent) {
    f.proto = transparent ? "netanalyzer_transparent" : "netanalyzer";
    int hdr = transparent ? 12 : 4;
    int caplen = f.end - p;
    if (caplen < hdr) {
      f.linkHeaderLength = caplen;
      throw f.truncated();
    }
    f.linkHeaderLength = hdr;
    f.linkHeaderLength = hdr + d.link.ethernet(p + hdr, length - hdr, caplen - hdr);
  }
}
