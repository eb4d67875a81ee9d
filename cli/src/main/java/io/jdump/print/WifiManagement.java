package io.jdump.print;

/**
 * 802.11 management frame bodies as tcpdump's {@code mgmt_body_print}: the fixed fields of
 * each subtype, then the first SSID, supported rates and DS parameter elements found among
 * the information elements. Element positions are kept in fields, reset per frame.
 */
final class WifiManagement {
  private final WifiPrinter wifi;
  private final Frame f;
  private final StringBuilder out;

  private boolean ssidPresent;
  private int ssid;
  private int ssidLength;
  private boolean ratesPresent;
  private int rates;
  private int ratesLength;
  private boolean dsPresent;
  private int channel;

  WifiManagement(WifiPrinter wifi, Frame f) {
    this.wifi = wifi;
    this.f = f;
    this.out = f.out;
  }

  /** {@return false when the body was cut (the caller marks it)} */
  boolean print(int fc, int src, int p, int length) {
    int subtype = (fc >> 4) & 0xf;
    String name = WifiNames.management(subtype);
    if (name != null) {
      out.append(name);
    } else {
      out.append("Unhandled Management subtype(");
      Text.hex(out, subtype);
      out.append(')');
    }
    if ((fc & 0x4000) != 0) return wifi.wep(p);
    return switch (subtype) {
      case 0 -> assocRequest(p, length);
      case 1, 3 -> assocResponse(p, length);
      case 2 -> reassocRequest(p, length);
      case 4 -> probeRequest(p, length);
      case 5, 8 -> beacon(p, length, subtype == 8);
      case 10 -> disassoc(p, length);
      case 11 -> auth(p, length);
      case 12 -> deauth(src, p, length);
      case 13 -> action(src, p, length);
      default -> true; // ATIM has no body; reserved subtypes are not decoded
    };
  }

  private boolean beacon(int p, int length, boolean isBeacon) {
    if (!f.has(p, 12) || length < 12) return false;
    int capability = f.u16le(p + 10);
    boolean ok = elements(p + 12, length - 12);
    ssid();
    rates();
    if (isBeacon) out.append((capability & 1) != 0 ? " ESS" : " IBSS");
    if (dsPresent) out.append(" CH: ").append(channel);
    if ((capability & 0x10) != 0) out.append(", PRIVACY");
    return ok;
  }

  private boolean assocRequest(int p, int length) {
    if (!f.has(p, 4) || length < 4) return false;
    boolean ok = elements(p + 4, length - 4);
    ssid();
    rates();
    return ok;
  }

  private boolean assocResponse(int p, int length) {
    if (!f.has(p, 6) || length < 6) return false;
    int capability = f.u16le(p);
    int status = f.u16le(p + 2);
    int aid = f.u16le(p + 4);
    boolean ok = elements(p + 6, length - 6);
    out.append(" AID(");
    Text.hex(out, aid & 0x3fff);
    out.append(") :").append((capability & 0x10) != 0 ? " PRIVACY " : "").append(": ")
        .append(WifiNames.status(status));
    return ok;
  }

  private boolean reassocRequest(int p, int length) {
    if (!f.has(p, 10) || length < 10) return false;
    boolean ok = elements(p + 10, length - 10);
    ssid();
    out.append(" AP : ");
    f.names.mac(out, f.b, p + 4);
    return ok;
  }

  private boolean probeRequest(int p, int length) {
    boolean ok = elements(p, length);
    ssid();
    rates();
    return ok;
  }

  private boolean disassoc(int p, int length) {
    if (!f.has(p, 2) || length < 2) return false;
    out.append(": ").append(WifiNames.reason(f.u16le(p)));
    return true;
  }

  private boolean auth(int p, int length) {
    if (!f.has(p, 6) || length < 6) return false;
    int alg = f.u16le(p);
    int seq = f.u16le(p + 2);
    int status = f.u16le(p + 4);
    boolean ok = elements(p + 6, length - 6);
    out.append(" (").append(WifiNames.authAlgorithm(alg)).append(")-");
    Text.hex(out, seq);
    out.append(alg == 1 && (seq == 2 || seq == 3) ? " [Challenge Text] " : ": ");
    if ((seq & 1) != 0) out.append(WifiNames.status(status));
    return ok;
  }

  private boolean deauth(int src, int p, int length) {
    if (!f.has(p, 2) || length < 2) return false;
    String reason = WifiNames.reason(f.u16le(p));
    if (f.opts.linkHeader()) {
      out.append(": ");
    } else {
      wifi.address(" (", src);
      out.append("): ");
    }
    out.append(reason);
    return true;
  }

  private boolean action(int src, int p, int length) {
    if (!f.has(p, 2) || length < 2) return false;
    if (f.opts.linkHeader()) {
      out.append(": ");
    } else {
      wifi.address(" (", src);
      out.append("): ");
    }
    WifiNames.action(out, f.u8(p), f.u8(p + 1));
    return true;
  }

  /** tcpdump's PRINT_SSID: the first SSID element, up to a NUL. */
  private void ssid() {
    if (!ssidPresent) return;
    out.append(" (");
    for (int i = 0; i < ssidLength; i++) {
      int c = f.b[ssid + i] & 0xff;
      if (c == 0) break;
      Text.printChar(out, c);
    }
    out.append(')');
  }

  /** tcpdump's PRINT_RATES: the first non-empty supported rates element, in Mbit/s. */
  private void rates() {
    if (!ratesPresent) return;
    for (int i = 0; i < ratesLength; i++) {
      int r = f.b[rates + i] & 0x7f;
      out.append(i == 0 ? " [" : " ").append(r >> 1).append((r & 1) != 0 ? ".5" : ".0");
      if ((f.b[rates + i] & 0x80) != 0) out.append('*');
    }
    out.append(" Mbit]");
  }

  /**
   * tcpdump's {@code parse_elements}: notes the first SSID, rates and DS elements;
   * {@return false when an element is cut or longer than tcpdump accepts}
   */
  private boolean elements(int p, int length) {
    ssidPresent = false;
    ratesPresent = false;
    dsPresent = false;
    while (length != 0) {
      if (!f.has(p, 2) || length < 2) return false;
      int id = f.u8(p);
      int elen = f.u8(p + 1);
      if (!f.has(p + 2, elen) || length < elen + 2) return false;
      switch (id) {
        case 0 -> { // SSID
          if (elen > 32) return false;
          if (!ssidPresent) {
            ssidPresent = true;
            ssid = p + 2;
            ssidLength = elen;
          }
        }
        case 16 -> { // challenge text
          if (elen > 253) return false;
        }
        case 1 -> { // supported rates
          if (elen > 16) return false;
          if (!ratesPresent && elen != 0) {
            ratesPresent = true;
            rates = p + 2;
            ratesLength = elen;
          }
        }
        case 3 -> { // DS parameter set
          if (elen == 1 && !dsPresent) {
            dsPresent = true;
            channel = f.u8(p + 2);
          }
        }
        case 5 -> { // TIM
          if (elen > 3 && elen - 3 > 251) return false;
        }
        default -> { }
      }
      p += 2 + elen;
      length -= 2 + elen;
    }
    return true;
  }
}
