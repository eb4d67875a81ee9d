package io.jdump.print;

/**
 * Line-oriented protocols (HTTP, SMTP, FTP, RTSP, SIP): tcpdump's {@code txtproto_print} prints the
 * protocol name, then the first line when it is a request or a status line (every line with
 * {@code -v}).
 */
final class TextProtocols {
  /** tcpdump 4.99.3's {@code httpcmds}: PATCH, ACL and the BIND family are not in it. */
  static final String[] HTTP_CMDS = {
    "GET", "PUT", "COPY", "HEAD", "LOCK", "MOVE", "POLL", "POST", "BCOPY", "BMOVE", "MKCOL",
    "TRACE", "LABEL", "MERGE", "DELETE", "SEARCH", "UNLOCK", "REPORT", "UPDATE", "NOTIFY",
    "BDELETE", "CONNECT", "OPTIONS", "CHECKIN", "PROPFIND", "CHECKOUT", "CCM_POST", "SUBSCRIBE",
    "PROPPATCH", "BPROPFIND", "BPROPPATCH", "UNCHECKOUT", "MKACTIVITY", "MKWORKSPACE",
    "UNSUBSCRIBE", "RPC_CONNECT", "VERSION-CONTROL", "BASELINE-CONTROL"};
  static final String[] SIP_CMDS = {
    "ACK", "BYE", "CANCEL", "DO", "INFO", "INVITE", "MESSAGE", "NOTIFY", "OPTIONS", "PRACK",
    "QAUTH", "REFER", "REGISTER", "SPRACK", "SUBSCRIBE", "UPDATE", "PUBLISH"};
  static final String[] RTSP_CMDS = {
    "OPTIONS", "DESCRIBE", "ANNOUNCE", "SETUP", "PLAY", "PAUSE", "TEARDOWN", "GET_PARAMETER",
    "SET_PARAMETER", "REDIRECT", "RECORD"};
  private static final int MAX_TOKEN = 128;

  private final Frame f;
  private final StringBuilder out;
  private final byte[] token = new byte[MAX_TOKEN + 1];
  private int tokenLength;

  TextProtocols(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** cmds null: every first line is printed (SMTP, FTP). */
  void print(int p, int len, String[] cmds, boolean respCodeSecond, String protoName,
      String protoCaps) {
    f.proto = protoName;
    boolean printThis = false;
    if (cmds != null) {
      int idx = fetchToken(p, 0, len);
      if (idx != 0) {
        for (String c : cmds) {
          if (tokenEqualsIgnoreCase(c)) {
            printThis = true;
            break;
          }
        }
        if (respCodeSecond) idx = fetchToken(p, idx, len);
        if (idx != 0 && tokenLength == 3 && digit(token[0]) && digit(token[1])
            && digit(token[2])) {
          printThis = true;
        }
      }
    } else {
      printThis = true;
    }
    out.append(protoCaps);
    if (!printThis) return;
    if (f.opts.verbosity() > 0) {
      out.append(", length: ").append(len);
      int idx = 0;
      while (idx < len) {
        int eol = line("\n\t", p, idx, len);
        if (eol == 0) break;
        idx = eol;
      }
    } else {
      line(": ", p, 0, len);
    }
  }

  private static boolean digit(byte c) {
    return c >= '0' && c <= '9';
  }

  private boolean tokenEqualsIgnoreCase(String c) {
    if (c.length() != tokenLength) return false;
    for (int i = 0; i < tokenLength; i++) {
      int a = token[i] & 0xff;
      int b = c.charAt(i);
      if (a >= 'a' && a <= 'z') a -= 32;
      if (a != b) return false;
    }
    return true;
  }

  /** tcpdump's {@code fetch_token}: {@return the index after the token and spaces, 0 if none} */
  private int fetchToken(int p, int idx, int len) {
    int n = 0;
    for (; idx < len; idx++) {
      if (!f.has(p + idx, 1)) return 0;
      int c = f.b[p + idx] & 0xff;
      if (c >= 0x80) return 0;
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') break;
      if (c < 0x20 || c == 0x7f) return 0;
      if (n + 2 > token.length) return 0;
      token[n++] = (byte) c;
    }
    if (n == 0) return 0;
    tokenLength = n;
    for (; idx < len; idx++) {
      if (!f.has(p + idx, 1)) break;
      int c = f.b[p + idx] & 0xff;
      if (c == '\r' || c == '\n') break;
      if (c < 0x20 || c >= 0x7f) break;
      if (c != ' ' && c != '\t') break;
    }
    return idx;
  }

  /** tcpdump's {@code print_txt_line}: {@return the index after the line ending, 0 if none} */
  private int line(String prefix, int p, int idx, int len) {
    int start = idx;
    int lineLen;
    while (idx < len) {
      int c = f.u8(p + idx);
      if (c == '\n') {
        lineLen = idx - start;
        idx++;
        emit(prefix, p + start, lineLen);
        return idx;
      } else if (c == '\r') {
        if (idx + 1 >= len) return 0;
        if (f.u8(p + idx + 1) == '\n') {
          lineLen = idx - start;
          idx += 2;
          emit(prefix, p + start, lineLen);
          return idx;
        }
        return 0;
      } else if ((c < 0x20 || c >= 0x7f) && c != '\t') {
        return 0;
      }
      idx++;
    }
    // printable to the end but no line ending: tcpdump shows it as cut short
    emit(prefix, p + start, idx - start);
    f.printTrunc();
    return 0;
  }

  private void emit(String prefix, int p, int n) {
    out.append(prefix);
    for (int i = 0; i < n; i++) out.append((char) (f.b[p + i] & 0xff));
  }
}
