package io.jdump.print;

/**
 * ITU-T Q.933 (and ANSI T1.617 Annex D) signalling as tcpdump's {@code q933_print}: call
 * reference, message type, codeset shifts, then the information elements, with the Frame Relay
 * LMI ones (report type, link verify, PVC status) decoded.
 */
final class Q933Printer {
  private final Frame f;
  private final StringBuilder out;

  Q933Printer(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  private static String message(int t) {
    return switch (t) {
      case 0x00 -> "ESC to National";
      case 0x01 -> "Alert";
      case 0x02 -> "Call proceeding";
      case 0x07 -> "Connect";
      case 0x0f -> "Connect ACK";
      case 0x03 -> "Progress";
      case 0x05 -> "Setup";
      case 0x45 -> "Disconnect";
      case 0x4d -> "Release";
      case 0x5a -> "Release Complete";
      case 0x46 -> "Restart";
      case 0x4e -> "Restart ACK";
      case 0x7d -> "Status Reply";
      case 0x75 -> "Status Enquiry";
      default -> null;
    };
  }

  private static String ieName(int codeset, int ie) {
    if (codeset != 0 && codeset != 5) return "unknown";
    return switch (ie) {
      case 0x01 -> "ANSI Report Type";
      case 0x19, 0x03 -> "ANSI Link Verify";
      case 0x07 -> "ANSI PVC Status";
      case 0x51 -> "CCITT Report Type";
      case 0x53 -> "CCITT Link Verify";
      case 0x57 -> "CCITT PVC Status";
      default -> "unknown";
    };
  }

  /** p is the octet holding the call reference length (after the NLPID). */
  void print(int p, int length) {
    f.proto = "q.933";
    boolean e = f.opts.linkHeader();
    int v = f.opts.verbosity();
    if (!e) out.append("Q.933");
    if (length == 0 || !f.has(p, 1)) {
      if (!e) out.append(", ");
      out.append("length ").append(length);
      f.printTrunc();
      return;
    }
    int olen = length;
    int crLen = f.u8(p) & 0x0f;
    p++;
    length--;
    int cr = p;
    for (int i = 0; i < crLen; i++) {
      if (length == 0 || !f.has(p, 1)) {
        cutHeader(e, olen);
        return;
      }
      p++;
      length--;
    }
    if (length == 0 || !f.has(p, 1)) {
      cutHeader(e, olen);
      return;
    }
    int msgtype = f.u8(p);
    p++;
    length--;
    int codeset = 0;
    boolean ansi = false;
    int nonLockingShift = 0;
    int unshiftCodeset = codeset;
    if (length != 0) {
      if (!f.has(p, 1)) {
        cutHeader(e, olen);
        return;
      }
      int ie = f.u8(p);
      if ((ie & 0xf0) == 0x90) {
        p++;
        length--;
        codeset = ie & 0x07;
        if ((ie & 0x08) == 0) {
          // a locking shift to codeset 5 is T1.617 Annex D
          if (codeset == 5) ansi = true;
        } else {
          nonLockingShift = 1;
          unshiftCodeset = 0;
        }
      }
    }
    if (!e) out.append(", ");
    out.append(ansi ? "ANSI" : "CCITT").append(", codeset ").append(codeset);
    // tcpdump tests the octet after the message type (not the call reference) for a dummy
    if (crLen != 0 && (crLen > 1 || f.u8(p) != 0)) {
      out.append(", Call Ref: 0x");
      for (int i = 0; i < crLen; i++) Text.hex2(out, f.u8(cr + i));
    }
    String m = message(msgtype);
    if (v > 0) {
      out.append(", ").append(m == null ? "unknown message" : m).append(" (0x");
      Text.hex2(out, msgtype);
      out.append("), length ").append(olen);
    } else if (m != null) {
      out.append(", ").append(m);
    } else {
      out.append(", unknown message 0x");
      Text.hex2(out, msgtype);
    }
    while (length != 0) {
      if (nonLockingShift == 1) {
        nonLockingShift = 2;
      } else if (nonLockingShift == 2) {
        codeset = unshiftCodeset;
        nonLockingShift = 0;
      }
      if (!f.has(p, 1)) {
        cutIe(v, olen);
        return;
      }
      int ie = f.u8(p);
      p++;
      length--;
      if ((ie & 0x80) != 0) {
        if ((ie & 0xf0) == 0x90) {
          if ((ie & 0x08) == 0) {
            nonLockingShift = 0;
          } else {
            nonLockingShift = 1;
            unshiftCodeset = codeset;
          }
          codeset = ie & 0x07;
        }
        continue;
      }
      if (length == 0 || !f.has(p, 1)) {
        cutIe(v, olen);
        return;
      }
      int ieLen = f.u8(p);
      p++;
      length--;
      if (v > 0) {
        out.append("\n\t").append(ieName(codeset, ie)).append(" IE (0x");
        Text.hex2(out, ie);
        out.append("), length ").append(ieLen).append(": ");
      }
      if (ie == 0 || ieLen == 0) return;
      if (length < ieLen || !f.has(p, ieLen)) {
        cutIe(v, olen);
        return;
      }
      boolean known = (codeset == 0 || codeset == 5) && lmiIe(ie, ieLen, p);
      if (known) {
        if (v > 1) f.unknownData(p, "\n\t  ", ieLen);
      } else if (v >= 1) {
        f.unknownData(p, "\n\t", ieLen);
      }
      length -= ieLen;
      p += ieLen;
    }
    if (v == 0) out.append(", length ").append(olen);
  }

  private void cutHeader(boolean e, int olen) {
    if (!e) out.append(", ");
    out.append("length ").append(olen);
    f.printTrunc();
  }

  private void cutIe(int v, int olen) {
    if (v == 0) out.append(", length ").append(olen);
    f.printTrunc();
  }

  /** tcpdump's {@code fr_q933_print_ie_codeset_0_5}; {@return whether the IE is known} */
  private boolean lmiIe(int ie, int len, int p) {
    boolean v = f.opts.verbosity() > 0;
    switch (ie) {
      case 0x01, 0x51 -> {
        if (len < 1) {
          if (!v) out.append(", ");
          out.append("Invalid REPORT TYPE IE");
          return true;
        }
        if (v) {
          int t = f.u8(p);
          out.append(switch (t) {
            case 0 -> "Full Status";
            case 1 -> "Link verify";
            case 2 -> "Async PVC Status";
            default -> "unknown";
          }).append(" (").append(t).append(')');
        }
        return true;
      }
      case 0x03, 0x53, 0x19 -> {
        if (!v) out.append(", ");
        if (len < 2) {
          out.append("Invalid LINK VERIFY IE");
          return true;
        }
        out.append("TX Seq: ");
        Text.spacePad(out, f.u8(p), 3);
        out.append(", RX Seq: ");
        Text.spacePad(out, f.u8(p + 1), 3);
        return true;
      }
      case 0x07, 0x57 -> {
        if (!v) out.append(", ");
        if (!validDlci(p, len)) {
          out.append("Invalid DLCI in PVC STATUS IE");
          return true;
        }
        int dlci = ((f.u8(p) & 0x3f) << 4) | ((f.u8(p + 1) & 0x78) >> 3);
        if (len == 4) {
          dlci = (dlci << 6) | ((f.u8(p + 2) & 0x7e) >> 1);
        } else if (len == 5) {
          dlci = (dlci << 13) | (f.u8(p + 2) & 0x7f) | ((f.u8(p + 3) & 0x7e) >> 1);
        }
        int last = f.u8(p + len - 1);
        out.append("DLCI ").append(dlci).append(": status ")
            .append((last & 0x8) != 0 ? "New, " : "")
            .append((last & 0x2) != 0 ? "Active" : "Inactive");
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** The extension bits of a PVC status DLCI, in tcpdump's order of evaluation. */
  private boolean validDlci(int p, int len) {
    if (len < 3) return false;
    if ((f.u8(p) & 0x80) != 0) return false;
    if (len == 3 && (f.u8(p + 1) & 0x80) == 0) return false;
    if (len == 4 && ((f.u8(p + 1) & 0x80) != 0 || (f.u8(p + 2) & 0x80) == 0)) return false;
    if (len == 5 && ((f.u8(p + 1) & 0x80) != 0 || (f.u8(p + 2) & 0x80) != 0
        || (f.u8(p + 3) & 0x80) == 0)) {
      return false;
    }
    if (len > 5) return false;
    return (f.u8(p + len - 1) & 0x80) != 0;
  }
}
