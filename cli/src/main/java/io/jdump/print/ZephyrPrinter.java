package io.jdump.print;

/**
 * Project Athena's Zephyr notices (UDP ports 2103 and 2104), as tcpdump's {@code zephyr_print}:
 * the header's NUL-terminated text fields, summarised by class and opcode.
 */
final class ZephyrPrinter {
  /** The header fields, in order; the notice's own data follows them. */
  private static final int VERSION = 0, KIND = 2, CLASS = 8, INST = 9, OPCODE = 10,
      SENDER = 11, RECIPIENT = 12, FIELDS = 16;
  /** tcpdump's 256-byte buffer for lower-cased and bracketed text: 255 characters kept. */
  private static final int BUF_CHARS = 255;
  private static final String[] KINDS = {
      "unsafe", "unacked", "acked", "hm-ack", "hm-ctl", "serv-ack", "serv-nak", "client-ack",
      "stat"};

  private final Frame f;
  private final StringBuilder out;
  /** Where each header field starts. */
  private final int[] field = new int[FIELDS];
  /** The parse position and the bytes left, as tcpdump's parse_field moves them. */
  private int parse;
  private int left;
  private final StringBuilder buf = new StringBuilder(BUF_CHARS + 1);

  ZephyrPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int cp, int length) {
    f.proto = "zephyr";
    parse = cp;
    left = length;
    int version = next();
    if (version < 0) {
      f.printInvalid();
      return;
    }
    if (!startsWith(version, "ZEPH")) return;
    field[VERSION] = version;
    boolean lose = false;
    for (int i = 1; i < FIELDS; i++) {
      field[i] = next();
      if (field[i] < 0) lose = true;
    }
    if (lose) {
      f.printInvalid();
      return;
    }
    out.append(" zephyr");
    if (!startsWith(version + 4, "0.2")) {
      out.append(" v");
      str(version + 4);
      return;
    }
    int kind = (int) strtol16(field[KIND]);
    out.append(' ');
    if (kind >= 0 && kind < KINDS.length) out.append(KINDS[kind]);
    else out.append("type ").append(kind);
    if (kind == 5) {
      int ack = next();
      if (ack >= 0 && !eq(ack, "SENT")) {
        out.append('/');
        lower(ack);
      }
    }
    int sender = field[SENDER];
    if (f.u8(sender) != 0) {
      out.append(' ');
      str(sender);
    }
    int cls = field[CLASS];
    int inst = field[INST];
    int op = field[OPCODE];
    if (eq(cls, "USER_LOCATE")) {
      if (eq(op, "USER_HIDE")) out.append(" hide");
      else if (eq(op, "USER_UNHIDE")) out.append(" unhide");
      else {
        out.append(" locate ");
        str(inst);
      }
      return;
    }
    if (eq(cls, "ZEPHYR_ADMIN")) {
      out.append(" zephyr-admin ");
      lower(op);
      return;
    }
    if (eq(cls, "ZEPHYR_CTL")) {
      if (eq(inst, "CLIENT")) {
        if (eq(op, "SUBSCRIBE") || eq(op, "SUBSCRIBE_NODEFS") || eq(op, "UNSUBSCRIBE")) {
          out.append(' ').append(eq(op, "SUBSCRIBE") ? "" : "un").append("sub")
              .append(eq(op, "SUBSCRIBE_NODEFS") ? "-nodefs" : "");
          if (kind != 5) {
            int c = next();
            int i = next();
            int r = next();
            if (c >= 0 && i >= 0 && r >= 0) {
              out.append(' ');
              triple(c, i, r);
            }
          }
          return;
        }
        if (eq(op, "GIMME")) out.append(" ret");
        else if (eq(op, "GIMMEDEFS")) out.append(" gimme-defs");
        else if (eq(op, "CLEARSUB")) out.append(" clear-subs");
        else {
          out.append(' ');
          lower(op);
        }
        return;
      }
      if (eq(inst, "HM")) {
        out.append(' ');
        lower(op);
        return;
      }
      if (eq(inst, "REALM")) {
        if (eq(op, "ADD_SUBSCRIBE")) out.append(" realm add-subs");
        if (eq(op, "REQ_SUBSCRIBE")) out.append(" realm req-subs");
        if (eq(op, "RLM_SUBSCRIBE")) out.append(" realm rlm-sub");
        if (eq(op, "RLM_UNSUBSCRIBE")) out.append(" realm rlm-unsub");
        return;
      }
    }
    if (eq(cls, "HM_CTL") || eq(cls, "WG_CTL")) {
      out.append(eq(cls, "HM_CTL") ? " hm_ctl " : " wg_ctl ");
      lower(inst);
      out.append(' ');
      lower(op);
      return;
    }
    if (eq(cls, "HM_STAT") && eq(inst, "HMST_CLIENT") && eq(op, "GIMMESTATS")) {
      out.append(" get-client-stats");
      return;
    }
    if (eq(cls, "LOGIN")) {
      if (eq(op, "USER_FLUSH")) {
        out.append(" flush_locs");
        return;
      }
      if (eq(op, "NONE") || eq(op, "OPSTAFF") || eq(op, "REALM-VISIBLE")
          || eq(op, "REALM-ANNOUNCED") || eq(op, "NET-VISIBLE") || eq(op, "NET-ANNOUNCED")) {
        out.append(" set-exposure ");
        lower(op);
        return;
      }
    }
    out.append(" to ");
    triple(cls, inst, field[RECIPIENT]);
    if (f.u8(op) != 0) {
      out.append(" op ");
      str(op);
    }
  }

  /** tcpdump's {@code parse_field}: {@return the next field's start, or -1 past the length} */
  private int next() {
    int s = parse;
    while (true) {
      if (left == 0) return -1;
      if (f.u8(parse) == 0) break;
      parse++;
      left--;
    }
    parse++;
    left--;
    return s;
  }

  /** strcmp(field, s) == 0, for a field known to end in a NUL. */
  private boolean eq(int p, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (f.b[p + i] != s.charAt(i)) return false;
    }
    return f.b[p + s.length()] == 0;
  }

  /** strncmp(field, s, n) == 0 with n the length of s. */
  private boolean startsWith(int p, String s) {
    for (int i = 0; i < s.length(); i++) {
      int c = f.b[p + i] & 0xff;
      if (c != s.charAt(i)) return false;
      if (c == 0) return true;
    }
    return true;
  }

  /** tcpdump's {@code fn_print_str} of a NUL-terminated field. */
  private void str(int p) {
    for (int c; (c = f.b[p] & 0xff) != 0; p++) Text.printChar(out, c);
  }

  /** tcpdump's {@code str_to_lower} into its buffer (255 characters), printed escaped. */
  private void lower(int p) {
    for (int n = 0, c; n < BUF_CHARS && (c = f.b[p + n] & 0xff) != 0; n++) {
      Text.printChar(out, c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }

  /** tcpdump's {@code z_triple}: {@code <class,instance,recipient>}, "*" for no recipient. */
  private void triple(int cls, int inst, int rcpt) {
    buf.setLength(0);
    buf.append('<');
    raw(cls);
    buf.append(',');
    raw(inst);
    buf.append(',');
    if ((f.b[rcpt] & 0xff) == 0) buf.append('*');
    else raw(rcpt);
    buf.append('>');
    int n = Math.min(buf.length(), BUF_CHARS);
    for (int i = 0; i < n; i++) Text.printChar(out, buf.charAt(i));
  }

  private void raw(int p) {
    for (int c; (c = f.b[p] & 0xff) != 0 && buf.length() <= BUF_CHARS; p++) buf.append((char) c);
  }

  /** C's {@code strtol(s, 0, 16)} cast to int: sign, optional 0x, hex digits. */
  private long strtol16(int p) {
    while (isSpace(f.b[p] & 0xff)) p++;
    boolean neg = false;
    if (f.b[p] == '-' || f.b[p] == '+') neg = f.b[p++] == '-';
    if (f.b[p] == '0' && (f.b[p + 1] | 0x20) == 'x' && Character.digit(f.b[p + 2], 16) >= 0) {
      p += 2;
    }
    long v = 0;
    for (int d; (d = Character.digit(f.b[p] & 0xff, 16)) >= 0; p++) {
      v = v > (Long.MAX_VALUE - d) / 16 ? Long.MAX_VALUE : v * 16 + d;
    }
    return neg ? -v : v;
  }

  private static boolean isSpace(int c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
