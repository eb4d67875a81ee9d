package io.jdump.print;

import io.jdump.bpf.LinkType;

/**
 * Per-Packet Information headers (DLT_PPI, 192) as tcpdump's {@code ppi_if_print}: with
 * {@code -e} the version, the inner link type and the header length, then the frame of that
 * link type; a link type jdump cannot print gets the header and a hex dump.
 */
final class PpiPrinter {
  static final int DLT_PPI = 192;
  private static final int[] DLTS;
  private static final String[] NAMES;

  static {
    LinkType[] all = LinkType.values();
    // an insertion sort, not a Comparator lambda: loading this class at every start must spin
    // no method handles (LauncherIT)
    for (int i = 1; i < all.length; i++) {
      LinkType t = all[i];
      int j = i - 1;
      while (j >= 0 && all[j].dlt() > t.dlt()) {
        all[j + 1] = all[j];
        j--;
      }
      all[j + 1] = t;
    }
    DLTS = new int[all.length];
    NAMES = new String[all.length];
    for (int i = 0; i < all.length; i++) {
      DLTS[i] = all[i].dlt();
      NAMES[i] = all[i].name();
    }
  }

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  PpiPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** {@return the link header length for -x} */
  int print(int p, int length) {
    f.proto = "ppi";
    int caplen = f.end - p;
    if (caplen < 8) {
      f.printTrunc();
      return caplen;
    }
    int len = f.u16le(p + 2);
    if (len < 8 || len > 65532) {
      out.append(" [length ").append(len).append(" < 8 or > 65532]");
      f.printInvalid();
      return caplen;
    }
    if (caplen < len) {
      f.printTrunc();
      return caplen;
    }
    int dlt = f.i32le(p + 4);
    if (f.opts.linkHeader()) header(p, dlt, len, length);
    f.linkHeaderLength = 0;
    if (d.link.print(dlt, p + len, length - len)) {
      // tcpdump adds the inner printer's header length to a total that already holds it
      return len + 2 * f.linkHeaderLength;
    }
    if (!f.opts.linkHeader()) header(p, dlt, len, length);
    d.link.defaultPrint(p + len, caplen - len);
    return len;
  }

  private void header(int p, int dlt, int len, int length) {
    String name = name(dlt);
    if (!f.opts.quiet()) {
      out.append("V.").append(f.u8(p)).append(" DLT ").append(name == null ? "UNKNOWN" : name)
          .append(" (").append(dlt & 0xffffffffL).append(") len ").append(len);
    } else {
      out.append(name == null ? "UNKNOWN" : name);
    }
    out.append(", length ").append(length).append(": ");
  }

  /** {@return libpcap's name of a DLT, as pcap_datalink_val_to_name; null if none} */
  private static String name(int dlt) {
    int i = java.util.Arrays.binarySearch(DLTS, dlt);
    return i < 0 ? null : NAMES[i];
  }
}
