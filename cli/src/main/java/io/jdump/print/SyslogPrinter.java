package io.jdump.print;

/** Syslog over UDP (port 514), as tcpdump's {@code syslog_print}: priority, then the text. */
final class SyslogPrinter {
  private static final String[] FACILITIES = {"kernel", "user", "mail", "daemon", "auth",
    "syslog", "lpr", "news", "uucp", "cron", "authpriv", "ftp", "ntp", "security", "console",
    "cron", "local0", "local1", "local2", "local3", "local4", "local5", "local6", "local7"};
  private static final String[] SEVERITIES = {"emergency", "alert", "critical", "error",
    "warning", "notice", "info", "debug"};
  private final Frame f;
  private final StringBuilder out;

  SyslogPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int len) {
    f.proto = "syslog";
    int off = 0;
    int pri = 0;
    if (f.u8(p) != '<') {
      f.printInvalid();
      return;
    }
    off++;
    // at most three digits, as tcpdump reads
    while (off <= 3 && f.u8(p + off) >= '0' && f.u8(p + off) <= '9') {
      pri = pri * 10 + f.u8(p + off) - '0';
      off++;
    }
    if (f.u8(p + off) != '>') {
      f.printInvalid();
      return;
    }
    off++;
    int facility = (pri & 0x3f8) >> 3;
    int severity = pri & 7;
    if (f.opts.verbosity() < 1) {
      out.append("SYSLOG ");
      facility(facility);
      out.append('.').append(SEVERITIES[severity]).append(", length: ").append(len);
      return;
    }
    out.append("SYSLOG, length: ").append(len).append("\n\tFacility ");
    facility(facility);
    out.append(" (").append(facility).append("), Severity ").append(SEVERITIES[severity])
        .append(" (").append(severity).append(")\n\tMsg: ");
    for (int i = off; i < len; i++) DnsNames.charEscaped(out, f.u8(p + i));
    if (f.opts.verbosity() > 1) {
      HexDump.hex(out, f.b, p, Math.max(0, Math.min(len, f.end - p)), "\n\t");
    }
  }

  private void facility(int facility) {
    if (facility < FACILITIES.length) out.append(FACILITIES[facility]);
    else out.append("unknown (").append(facility).append(')');
  }
}
