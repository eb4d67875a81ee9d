package io.jdump.print;

/** ATA over Ethernet (EtherType 0x88a2), version 1, as tcpdump's print-aoe.c shows it. */
final class AoePrinter {
  static final int ETHERTYPE = 0x88a2;
  private static final int[] FLAG_BITS = {0x08, 0x04, 0x02, 0x01};
  private static final String[] FLAGS = {"Response", "Error", "MBZ-1", "MBZ-0"};
  private static final int[] AFLAG_BITS = {0x80, 0x40, 0x20, 0x10, 0x08, 0x04, 0x02, 0x01};
  private static final String[] AFLAGS = {
    "MBZ-7", "Ext48", "MBZ-5", "Device", "MBZ-3", "MBZ-2", "Async", "Write"
  };
  private static final String[] COMMANDS = {
    "Issue ATA Command", "Query Config Information", "MAC Mask List", "Reserve/Release"
  };
  private static final String[] ERRORS = {
    null, "Unrecognized command code", "Bad argument parameter", "Device unavailable",
    "Config string present", "Unsupported version", "Target is reserved"
  };
  private static final String[] CCMDS = {
    "read config string", "test config string", "test config string prefix",
    "set config string", "force set config string"
  };
  private static final String[] MCMDS = {"Read Mac Mask List", "Edit Mac Mask List"};
  private static final String[] MERRORS = {
    null, "Unspecified Error", "Bad DCmd directive", "Mask list full"
  };
  private static final String[] DCMDS = {
    "No Directive", "Add mac address to mask list", "Delete mac address from mask list"
  };
  private static final String[] RCMDS = {
    "Read reserve list", "Set reserve list", "Force set reserve list"
  };

  private final Frame f;
  private final StringBuilder out;

  AoePrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int cp, int len) {
    f.proto = "aoe";
    out.append("AoE length ").append(len);
    if (len < 1) {
      invalid(cp, len);
      return;
    }
    int ver = f.u8(cp) >> 4;
    out.append(", Ver ").append(ver);
    if (ver == 1) v1(cp, len);
  }

  private void v1(int cp, int len) {
    if (len < 10) {
      invalid(cp, len);
      return;
    }
    int flags = f.u8(cp) & 0x0f;
    out.append(", Flags: [");
    LldpTables.bits(out, FLAG_BITS, FLAGS, flags, "none");
    out.append(']');
    if (f.opts.verbosity() == 0) return;
    if ((flags & 0x04) != 0) {
      int e = f.u8(cp + 1);
      out.append("\n\tError: ");
      if (e > 0 && e < ERRORS.length) out.append(ERRORS[e]);
      else out.append("Invalid (").append(e).append(')');
    }
    int major = f.u16(cp + 2);
    out.append("\n\tMajor: 0x");
    Text.hex4(out, major);
    int minor = f.u8(cp + 4);
    out.append(", Minor: 0x");
    Text.hex2(out, minor);
    int command = f.u8(cp + 5);
    out.append(", Command: ");
    name(COMMANDS, command);
    long tag = f.u32(cp + 6);
    out.append(", Tag: 0x");
    Text.hex8(out, tag);
    cp += 10;
    len -= 10;
    switch (command) {
      case 0 -> issue(cp, len);
      case 1 -> query(cp, len);
      case 2 -> mac(cp, len);
      case 3 -> reserve(cp, len);
      default -> { }
    }
  }

  private void issue(int cp, int len) {
    if (len < 12) {
      invalid(cp, len);
      return;
    }
    // each field read before its label, as tcpdump's GET: a cut prints neither
    int aflags = f.u8(cp);
    out.append("\n\tAFlags: [");
    LldpTables.bits(out, AFLAG_BITS, AFLAGS, aflags, "none");
    out.append(']');
    int feature = f.u8(cp + 1);
    out.append(", Err/Feature: ").append(feature);
    int count = f.u8(cp + 2);
    out.append(", Sector Count: ").append(count);
    int cmd = f.u8(cp + 3); // read before its label: a cut frame ends after the count
    out.append(", Cmd/Status: ").append(cmd);
    for (int i = 0; i < 6; i++) {
      int lba = f.u8(cp + 4 + i); // read before its label, as tcpdump's GET
      out.append(i == 0 ? "\n\tlba" : ", lba").append(i).append(": ").append(lba);
    }
    f.need(cp + 10, 2);
    if (len > 12) out.append("\n\tData: ").append(len - 12).append(" bytes");
  }

  private void query(int cp, int len) {
    if (len < 8) {
      invalid(cp, len);
      return;
    }
    int buffers = f.u16(cp);
    out.append("\n\tBuffer Count: ").append(buffers);
    int firmware = f.u16(cp + 2);
    out.append(", Firmware Version: ").append(firmware);
    int sectors = f.u8(cp + 4);
    out.append(", Sector Count: ").append(sectors);
    int b = f.u8(cp + 5);
    out.append(", AoE: ").append(b >> 4).append(", CCmd: ");
    // tcpdump's default text has no conversion: "Unknown (0x02x)" as written
    if ((b & 0x0f) < CCMDS.length) out.append(CCMDS[b & 0x0f]);
    else out.append("Unknown (0x02x)");
    int cslen = f.u16(cp + 6);
    cp += 8;
    len -= 8;
    if (cslen > 1024 || cslen > len) {
      invalid(cp, len);
      return;
    }
    if (cslen > 0) {
      out.append("\n\tConfig String (length ").append(cslen).append("): ");
      for (int i = 0; i < cslen; i++) DnsNames.charEscaped(out, f.u8(cp + i));
    }
  }

  private void mac(int cp, int len) {
    if (len < 4) {
      invalid(cp, len);
      return;
    }
    // each field read before its label, as tcpdump's GET: a cut prints neither
    int mcmd = f.u8(cp + 1);
    out.append("\n\tMCmd: ");
    name(MCMDS, mcmd);
    int e = f.u8(cp + 2);
    out.append(", MError: ");
    if (e > 0 && e < MERRORS.length) out.append(MERRORS[e]);
    else unknown(e);
    int dircount = f.u8(cp + 3);
    cp += 4;
    len -= 4;
    out.append(", Dir Count: ").append(dircount);
    if (dircount * 8 > len) {
      invalid(cp, len);
      return;
    }
    for (int i = 0; i < dircount; i++) {
      int dcmd = f.u8(cp + 1);
      out.append("\n\t DCmd: ");
      name(DCMDS, dcmd);
      f.need(cp + 2, 6);
      out.append(", Ethernet Address: ");
      f.names.mac(out, f.b, cp + 2);
      cp += 8;
    }
  }

  private void reserve(int cp, int len) {
    if (len < 2 || (len - 2) % 6 != 0) {
      invalid(cp, len);
      return;
    }
    int rcmd = f.u8(cp); // read before its label, as tcpdump's GET
    out.append("\n\tRCmd: ");
    name(RCMDS, rcmd);
    int nmacs = f.u8(cp + 1);
    cp += 2;
    len -= 2;
    out.append(", NMacs: ").append(nmacs);
    if (nmacs * 6 != len) {
      invalid(cp, len);
      return;
    }
    for (int i = 0; i < nmacs; i++) {
      f.need(cp, 6);
      out.append("\n\tEthernet Address ").append(i).append(": ");
      f.names.mac(out, f.b, cp);
      cp += 6;
    }
  }

  private void name(String[] names, int v) {
    if (v < names.length) out.append(names[v]);
    else unknown(v);
  }

  private void unknown(int v) {
    out.append("Unknown (0x");
    Text.hex2(out, v);
    out.append(')');
  }

  /** tcpdump's invalid label: " (invalid)", then [|aoe] if the rest was not captured. */
  private void invalid(int cp, int len) {
    f.printInvalid();
    f.need(cp, len);
  }
}
