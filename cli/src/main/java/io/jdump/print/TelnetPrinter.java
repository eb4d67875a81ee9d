package io.jdump.print;

/**
 * Telnet option negotiation (TCP port 23) as tcpdump's {@code telnet_print}: the IAC commands
 * at the start of a segment, " [telnet DO ECHO, ...]"; the data after them is not printed.
 */
final class TelnetPrinter {
  private static final int IAC = 255, SB = 250, SE = 240, FIRST = 236;
  private static final String[] CMDS = {"EOF", "SUSP", "ABORT", "EOR", "SE", "NOP", "DMARK",
    "BRK", "IP", "AO", "AYT", "EC", "EL", "GA", "SB", "WILL", "WONT", "DO", "DONT", "IAC"};
  private static final String[] OPTS = {"BINARY", "ECHO", "RCP", "SUPPRESS GO AHEAD", "NAME",
    "STATUS", "TIMING MARK", "RCTE", "NAOL", "NAOP", "NAOCRD", "NAOHTS", "NAOHTD", "NAOFFD",
    "NAOVTS", "NAOVTD", "NAOLFD", "EXTEND ASCII", "LOGOUT", "BYTE MACRO", "DATA ENTRY TERMINAL",
    "SUPDUP", "SUPDUP OUTPUT", "SEND LOCATION", "TERMINAL TYPE", "END OF RECORD", "TACACS UID",
    "OUTPUT MARKING", "TTYLOC", "3270 REGIME", "X.3 PAD", "NAWS", "TSPEED", "LFLOW", "LINEMODE",
    "XDISPLOC", "OLD-ENVIRON", "AUTHENTICATION", "ENCRYPT", "NEW-ENVIRON"};
  private static final String[] SUB = {"IS", "SEND", "INFO"};
  private static final String[] AUTH_CMDS = {"IS", "SEND", "REPLY", "NAME"};
  private static final String[] AUTH_TYPES = {"NULL", "KERBEROS_V4", "KERBEROS_V5", "SPX",
    "MINK", "SRP", "RSA", "SSL", null, null, "LOKI", "SSA", "KEA_SJ", "KEA_SJ_INTEG", "DSS",
    "NTLM"};
  private static final String[] ENC_CMDS = {"IS", "SUPPORT", "REPLY", "START", "END",
    "REQUEST-START", "REQUEST-END", "END_KEYID", "DEC_KEYID"};
  private static final String[] ENC_TYPES = {"NULL", "DES_CFB64", "DES_OFB64", "DES3_CFB64",
    "DES3_OFB64", null, "CAST5_40_CFB64", "CAST5_40_OFB64", "CAST128_CFB64", "CAST128_OFB64"};

  private final Frame f;
  private final StringBuilder out;
  /** Where {@link #fetch} reads next and the bytes left, as tcpdump's FETCH moves them. */
  private int sp;
  private long length;

  TelnetPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int bp, int len) {
    f.proto = "telnet";
    boolean first = true;
    // -X with -vvv: each command's bytes in hex on a line of their own, then its text
    boolean hex = f.opts.dump().hex() && f.opts.dump().ascii() && f.opts.verbosity() > 2;
    int osp = bp;
    long left = len & 0xffffffffL;
    while (left > 0 && f.u8(bp) == IAC) {
      int l = parse(bp, left, false);
      if (l < 0) break;
      if (hex) {
        if (first) out.append("\nTelnet:");
        hexWithOffset(bp, l, bp - osp);
        if (l > 8) out.append("\n\t\t\t\t");
        else out.append(" ".repeat((8 - l) * 3)).append('\t');
      } else {
        out.append(first ? " [telnet " : ", ");
      }
      parse(bp, left, true);
      first = false;
      bp += l;
      left = (left - l) & 0xffffffffL; // tcpdump's unsigned length may wrap past an IAC SE
    }
    if (!first) out.append(hex ? "\n" : "]");
  }

  /** tcpdump's hex_print_with_offset with a newline as indent: 16 bytes a line, in pairs. */
  private void hexWithOffset(int cp, int length, int oset) {
    int i = 0;
    for (int n = length / 2; n > 0; n--) {
      if (i++ % 8 == 0) {
        offset(oset);
        oset += 16;
      }
      int a = f.u8(cp++);
      int b = f.u8(cp++);
      out.append(' ');
      Text.hex2(out, a);
      Text.hex2(out, b);
    }
    if ((length & 1) != 0) {
      if (i % 8 == 0) offset(oset);
      int a = f.u8(cp);
      out.append(' ');
      Text.hex2(out, a);
    }
  }

  private void offset(int oset) {
    out.append("\n0x");
    if (oset > 0xffff) out.append(Integer.toHexString(oset));
    else Text.hex4(out, oset);
    out.append(": ");
  }

  /** The next byte, or -1 at the end of the length (tcpdump's FETCH going to pktend). */
  private int fetch() {
    if (length < 1) return -1;
    int c = f.u8(sp);
    sp++;
    length--;
    return c;
  }

  /** {@return the command's length, or -1 where tcpdump gives up; prints it when print} */
  private int parse(int start, long len, boolean print) {
    sp = start;
    length = len;
    int c = fetch();
    if (c != IAC) return -1;
    c = fetch();
    if (c < 0) return -1;
    if (c == IAC) {
      if (print) out.append("IAC IAC");
      return sp - start;
    }
    int i = c - FIRST;
    if (i < 0) return -1;
    if (c < SB) {
      if (print) out.append(CMDS[i]);
      return sp - start;
    }
    int x = fetch();
    if (x < 0) return -1;
    if (print) {
      out.append(CMDS[i]).append(' ');
      if (x < OPTS.length) out.append(OPTS[x]);
      else hash(x);
    }
    if (c != SB) return sp - start;
    int p = sp;
    while (length > p + 1 - sp) {
      if (f.u8(p) == IAC && f.u8(p + 1) == SE) break;
      p++;
    }
    if (f.u8(p) != IAC) return -1;
    String[] first = x == 37 ? AUTH_CMDS : x == 38 ? ENC_CMDS : SUB;
    String[] second = x == 37 ? AUTH_TYPES : x == 38 ? ENC_TYPES : null;
    if (p > sp) {
      c = fetch();
      if (c < 0) return -1;
      if (print) name(c, first);
      if (second != null && p > sp) {
        c = fetch();
        if (c < 0) return -1;
        if (print) name(c, second);
      }
    }
    while (p > sp) {
      x = fetch();
      if (x < 0) return -1;
      if (print) {
        out.append(' ');
        hash(x);
      }
    }
    if (print) out.append(" SE");
    sp += 2;
    return sp - start;
  }

  private void name(int c, String[] table) {
    out.append(' ');
    if (c < table.length && table[c] != null) out.append(table[c]);
    else hash(c);
  }

  /** C's %#x. */
  private void hash(int x) {
    if (x == 0) out.append('0');
    else out.append("0x").append(Integer.toHexString(x));
  }
}
