package io.jdump.print;

/**
 * SNMP v1, v2c and v3 (BER-encoded) as tcpdump's {@code snmp_print}: the PDU type and length,
 * the community when it is not "public", request id, error status and index, and the varbinds
 * (OIDs named from tcpdump's small compiled-in MIB unless {@code -n}); with {@code -v} the
 * version and braces around each level. Damaged encodings print tcpdump's bracketed complaints
 * ({@code [len22<asnlen44]}, {@code [!varbind]}, ...).
 *
 * <p>tcpdump reads the tag and length bytes with {@code GET_U_1}, which ends the packet when they
 * were not captured (a {@link Truncated} throw here), but checks each element's contents with a
 * local {@code ND_TCHECK_LEN}, which prints {@code [|snmp]} and returns to the caller, who may
 * still close its braces: {@link #parse} returns -1 then, as {@code asn1_parse} does.
 */
final class SnmpPrinter {
  private static final String[] UNIVERSAL = {"U-0", "Boolean", "Integer", "Bitstring", "String",
    "Null", "ObjID", "ObjectDes", "U-8", "U-9", "U-10", "U-11", "U-12", "U-13", "U-14", "U-15",
    "Sequence", "Set"};
  private static final String[] APPLICATION = {"IpAddress", "Counter", "Gauge", "TimeTicks",
    "Opaque", "C-5", "Counter64"};
  private static final String[] CONTEXT = {"GetRequest", "GetNextRequest", "GetResponse",
    "SetRequest", "Trap", "GetBulk", "Inform", "V2Trap", "Report"};
  private static final String[] EXCEPTIONS = {"noSuchObject", "noSuchInstance", "endOfMibView"};
  private static final String[] PRIVATE = {"P-0"};
  private static final String[][] CLASSES = {UNIVERSAL, APPLICATION, CONTEXT, PRIVATE};
  private static final String[] ERROR_STATUS = {"noError", "tooBig", "noSuchName", "badValue",
    "readOnly", "genErr", "noAccess", "wrongType", "wrongLength", "wrongEncoding", "wrongValue",
    "noCreation", "inconsistentValue", "resourceUnavailable", "commitFailed", "undoFailed",
    "authorizationError", "notWritable", "inconsistentName"};
  private static final String[] GENERIC_TRAP = {"coldStart", "warmStart", "linkDown", "linkUp",
    "authenticationFailure", "egpNeighborLoss", "enterpriseSpecific"};
  private static final String[] VERSIONS = {"SNMPv1", "SNMPv2c", "SNMPv2u", "SNMPv3"};
  /** The OID prefixes tcpdump abbreviates: encoded bytes, printed prefix, MIB node. */
  private static final byte[][] ABBREV_OIDS = {{43, 6, 1, 2, 1}, {43, 6, 1, 4, 1}, {43, 6, 1, 3},
    {43, 6, 1, 6, 3}};
  private static final String[] ABBREV_PREFIX = {"", "E:", "X:", "S:"};
  private static final String[] ABBREV_PATH = {"1.3.6.1.2.1", "1.3.6.1.4.1", "1.3.6.1.3",
    "1.3.6.1.6.3"};

  // PDU types (context tags)
  private static final int GETREQ = 0;
  private static final int GETNEXTREQ = 1;
  private static final int SETREQ = 3;
  private static final int TRAP = 4;
  private static final int GETBULKREQ = 5;
  private static final int INFORMREQ = 6;
  private static final int V2TRAP = 7;
  private static final int REPORT = 8;

  // element types, tcpdump's BE_*
  private static final int ANY = 255;
  private static final int NULL = 1;
  private static final int OCTET = 2;
  private static final int OID = 3;
  private static final int INT = 4;
  private static final int UNS = 5;
  private static final int STR = 6;
  private static final int SEQ = 7;
  private static final int INETADDR = 8;
  private static final int PDU = 9;
  private static final int UNS64 = 10;
  private static final int NOSUCHOBJECT = 128;

  private final Frame f;
  private final StringBuilder out;
  // The MIB is read from the jar on the first OID with names, not when the printer is made:
  // a cold `jdump -r` that meets no SNMP would pay ~8 ms for it.
  private SnmpMib mib;
  private final int[] abbrevNodes = new int[ABBREV_PATH.length];

  // the element asn1_parse decoded last (tcpdump's struct be)
  private int type;
  private long asnlen;
  private int id;
  private int data;
  private int integer;
  private long uns;

  SnmpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  private SnmpMib mib() {
    if (mib == null) {
      mib = SnmpMib.TREE;
      for (int i = 0; i < ABBREV_PATH.length; i++) abbrevNodes[i] = mib.node(ABBREV_PATH[i]);
    }
    return mib;
  }

  private boolean verbose() {
    return f.opts.verbosity() > 0;
  }

  void print(int p, int length) {
    f.proto = "snmp";
    out.append(' ');
    int count = expect(p, length, SEQ, "[!init SEQ]");
    if (count < 0) return;
    if (count < length) out.append('[').append(length - count).append(" extra after iSEQ]");
    length = (int) asnlen;
    p = data;
    count = expect(p, length, INT, "[version!=INT]");
    if (count < 0) return;
    int version = integer;
    if (version != 0 && version != 1 && version != 3) {
      out.append("SNMP [version = ").append(version).append(']');
      return;
    }
    if (verbose()) out.append("{ ").append(VERSIONS[version]).append(' ');
    length -= count;
    p += count;
    if (version == 3) v3message(p, length);
    else community(p, length, version);
    if (verbose()) out.append("} ");
  }

  /**
   * tcpdump's {@code asn1_parse}: decodes the element at p (len bytes left) into this printer's
   * fields. {@return its whole length, or -1 after printing why it could not}
   */
  private int parse(int p, long len) {
    asnlen = 0;
    type = ANY;
    if (len < 1) {
      out.append("[nothing to parse]");
      return -1;
    }
    int tag = f.u8(p);
    int form = (tag & 0x20) >> 5;
    int cls = (tag & 0xc0) >> 6;
    id = tag & 0x1f;
    p++;
    len--;
    int hdr = 1;
    if (id == 0x1f) { // the tag goes on in the next bytes, 7 bits each, kept in a byte as tcpdump
      id = 0;
      while ((f.u8(p) & 0x80) != 0) {
        if (len < 1) {
          out.append("[Xtagfield?]");
          return -1;
        }
        id = ((id << 7) | (f.u8(p) & 0x7f)) & 0xff;
        len--;
        hdr++;
        p++;
      }
      if (len < 1) {
        out.append("[Xtagfield?]");
        return -1;
      }
      id = ((id << 7) | f.u8(p)) & 0xff;
      len--;
      hdr++;
      p++;
    }
    if (len < 1) {
      out.append("[no asnlen]");
      return -1;
    }
    asnlen = f.u8(p);
    p++;
    len--;
    hdr++;
    if ((asnlen & 0x80) != 0) {
      int noct = (int) (asnlen % 0x80);
      asnlen = 0;
      if (len < noct) {
        out.append("[asnlen? ").append(len).append('<').append(noct).append(']');
        return -1;
      }
      if (!f.has(p, noct)) {
        f.printTrunc();
        return -1;
      }
      for (; noct != 0; len--, hdr++, noct--) {
        asnlen = ((asnlen << 8) | f.u8(p)) & 0xffffffffL;
        p++;
      }
    }
    if (len < asnlen) {
      out.append("[len").append(len).append("<asnlen").append(asnlen).append(']');
      return -1;
    }
    if (id >= CLASSES[cls].length) {
      // tcpdump's class table names every class "x" (a macro's argument inside quotes)
      out.append("[id?").append(form == 0 ? 'P' : 'C').append("/x/").append(id).append(']');
      return -1;
    }
    int n = (int) asnlen;
    if (!f.has(p, n)) {
      f.printTrunc();
      return -1;
    }
    data = p;
    if (form == 0) {
      if (!primitive(cls, p, n)) return -1;
    } else {
      constructed(cls);
    }
    return n + hdr;
  }

  /** {@return false for an INTEGER without bytes, which tcpdump refuses} */
  private boolean primitive(int cls, int p, int n) {
    switch (cls) {
      case 0 -> {
        switch (id) {
          case 4 -> type = STR;
          case 2 -> {
            type = INT;
            if (n == 0) {
              out.append("[asnlen=0]");
              return false;
            }
            int v = (f.u8(p) & 0x80) != 0 ? -1 : 0;
            for (int i = 0; i < n; i++) v = (v << 8) | f.u8(p + i);
            integer = v;
          }
          case 6 -> type = OID;
          case 5 -> type = NULL;
          default -> {
            type = OCTET;
            out.append("[P/U/").append(UNIVERSAL[id]).append(']');
          }
        }
      }
      case 1 -> {
        switch (id) {
          case 0 -> type = INETADDR;
          case 1, 2, 3 -> {
            type = UNS;
            long v = 0;
            for (int i = 0; i < n; i++) v = ((v << 8) + f.u8(p + i)) & 0xffffffffL;
            uns = v;
          }
          case 6 -> {
            type = UNS64;
            long v = 0;
            for (int i = 0; i < n; i++) v = (v << 8) + f.u8(p + i);
            uns = v;
          }
          default -> {
            type = OCTET;
            out.append("[P/A/").append(APPLICATION[id]).append(']');
          }
        }
      }
      case 2 -> {
        if (id <= 2) type = NOSUCHOBJECT + id;
      }
      default -> {
        out.append("[P/x/").append(PRIVATE[id]).append(']');
        type = OCTET;
      }
    }
    return true;
  }

  private void constructed(int cls) {
    switch (cls) {
      case 0 -> {
        if (id == 16) {
          type = SEQ;
        } else {
          type = OCTET;
          out.append("C/U/").append(UNIVERSAL[id]);
        }
      }
      case 2 -> type = PDU;
      default -> {
        type = OCTET;
        out.append("C/x/").append(CLASSES[cls][id]);
      }
    }
  }

  /**
   * {@link #parse} and the type check every caller in tcpdump makes: {@return the element's
   * length, or -1 after the complaint and the element as it is}
   */
  private int expect(int p, int length, int wanted, String complaint) {
    int count = parse(p, length);
    if (count < 0) return -1;
    if (type != wanted) {
      out.append(complaint);
      element();
      return -1;
    }
    return count;
  }

  /** tcpdump's {@code asn1_print}: the element parsed last. */
  private void element() {
    int n = (int) asnlen;
    switch (type) {
      case OCTET -> octets(data, n);
      case NULL -> { }
      case OID -> oid(data, n);
      case INT -> out.append(integer);
      case UNS -> out.append(uns);
      case UNS64 -> {
        if (uns >= 0) out.append(uns);
        else out.append(Long.toUnsignedString(uns));
      }
      case STR -> string(data, n);
      case SEQ -> out.append("Seq(").append(asnlen).append(')');
      case INETADDR -> {
        if (n != 4) out.append("[inetaddr len!=4]");
        for (int i = 0; i < n; i++) {
          if (i > 0) out.append('.');
          out.append(f.u8(data + i));
        }
      }
      case NOSUCHOBJECT, NOSUCHOBJECT + 1, NOSUCHOBJECT + 2 ->
          out.append('[').append(EXCEPTIONS[type - NOSUCHOBJECT]).append(']');
      case PDU -> out.append(CONTEXT[id]).append('(').append(asnlen).append(')');
      case ANY -> out.append("[BE_ANY!?]");
      default -> out.append("[be!?]");
    }
  }

  private void octets(int p, int n) {
    for (int i = 0; i < n; i++) {
      out.append('_');
      Text.hex2(out, f.u8(p + i));
    }
  }

  private void string(int p, int n) {
    boolean printable = true;
    for (int i = 0; i < n && printable; i++) {
      int c = f.u8(p + i);
      printable = c >= 0x20 && c < 0x7f;
    }
    if (printable) {
      out.append('"');
      for (int i = 0; i < n; i++) out.append((char) f.u8(p + i));
      out.append('"');
    } else {
      for (int i = 0; i < n; i++) {
        if (i > 0) out.append('_');
        Text.hex2(out, f.u8(p + i));
      }
    }
  }

  /**
   * An OID as tcpdump prints it: with names from its MIB and an abbreviated prefix ("", "E:",
   * "X:", "S:") unless -n, numbers with a dot before each otherwise.
   */
  private void oid(int p, int n) {
    SnmpMib mib = mib();
    int node = -1;
    int first = -1;
    int i = n;
    if (!f.opts.numeric() && n > 2) {
      for (int a = 0; a < ABBREV_OIDS.length; a++) {
        byte[] prefix = ABBREV_OIDS[a];
        if (i < prefix.length || !matches(p, prefix)) continue;
        node = mib.child(abbrevNodes[a]);
        i -= prefix.length;
        p += prefix.length;
        out.append(ABBREV_PREFIX[a]);
        first = 1;
        break;
      }
    }
    int o = 0;
    for (; i != 0; p++, i--) {
      int c = f.u8(p);
      o = (o << 7) + (c & 0x7f);
      if ((c & 0x80) != 0) continue;
      if (first < 0) { // the first byte holds two sub-identifiers: 40 * first + second
        if (!f.opts.numeric()) node = mib.root();
        first = 0;
        int s = o / 40;
        if (s > 2) s = 2;
        node = subId(node, s, false);
        o -= s * 40;
      }
      node = subId(node, o, first > 0);
      if (--first < 0) first = 0;
      o = 0;
    }
  }

  /** tcpdump's {@code OBJ_PRINT}: a name when the MIB walk still knows the node. */
  private int subId(int node, int o, boolean suppressDot) {
    SnmpMib mib = mib();
    int match = node < 0 ? -1 : mib.find(node, Integer.toUnsignedLong(o));
    if (!suppressDot) out.append('.');
    if (match >= 0) {
      out.append(mib.name(match));
      return mib.child(match);
    }
    out.append(o & 0xffffffffL);
    return -1;
  }

  private boolean matches(int p, byte[] prefix) {
    if (!f.has(p, prefix.length)) return false;
    for (int k = 0; k < prefix.length; k++) {
      if (f.b[p + k] != prefix[k]) return false;
    }
    return true;
  }

  private void community(int p, int length, int version) {
    int count = expect(p, length, STR, "[comm!=STR]");
    if (count < 0) return;
    if (!isPublic()) {
      out.append("C=");
      string(data, (int) asnlen);
      out.append(' ');
    }
    length -= count;
    p += count;
    pdu(p, length, version);
  }

  private boolean isPublic() {
    if (asnlen != 6) return false;
    String s = "public";
    for (int i = 0; i < 6; i++) {
      if (f.u8(data + i) != s.charAt(i)) return false;
    }
    return true;
  }

  private void pdu(int p, int length, int version) {
    int count = parse(p, length);
    if (count < 0) return;
    if (type != PDU) {
      out.append("[no PDU]");
      return;
    }
    if (count < length) out.append('[').append(length - count).append(" extra after PDU]");
    if (verbose()) out.append("{ ");
    element();
    out.append(' ');
    int pduId = id;
    length = (int) asnlen;
    p = data;
    if (version == 0 && (pduId == GETBULKREQ || pduId == INFORMREQ || pduId == V2TRAP
        || pduId == REPORT)) {
      out.append("[v2 PDU in v1 message]");
      return;
    }
    if (version == 1 && pduId == TRAP) {
      out.append("[v1 PDU in v2 message]");
      return;
    }
    if (pduId == TRAP) trap(p, length);
    else snmpPdu(pduId, p, length);
    if (verbose()) out.append(" } ");
  }

  /** errorStatus and errorIndex must be 0 in these PDUs. */
  private static boolean noErrors(int pduId) {
    return pduId == GETREQ || pduId == GETNEXTREQ || pduId == SETREQ || pduId == INFORMREQ
        || pduId == V2TRAP || pduId == REPORT;
  }

  private void errorStatus(int e) {
    if (e >= 0 && e < ERROR_STATUS.length) out.append(ERROR_STATUS[e]);
    else out.append("err=").append(Integer.toUnsignedString(e));
  }

  private void snmpPdu(int pduId, int p, int length) {
    int count = expect(p, length, INT, "[reqId!=INT]");
    if (count < 0) return;
    if (verbose()) out.append("R=").append(integer).append(' ');
    length -= count;
    p += count;

    count = expect(p, length, INT, "[errorStatus!=INT]");
    if (count < 0) return;
    int status = 0;
    if (noErrors(pduId) && integer != 0) {
      out.append("[errorStatus(");
      errorStatus(integer);
      out.append(")!=0]");
    } else if (pduId == GETBULKREQ) {
      out.append(" N=").append(integer);
    } else if (integer != 0) {
      out.append(' ');
      errorStatus(integer);
      status = integer;
    }
    length -= count;
    p += count;

    count = expect(p, length, INT, "[errorIndex!=INT]");
    if (count < 0) return;
    if (noErrors(pduId) && integer != 0) {
      out.append("[errorIndex(").append(integer).append(")!=0]");
    } else if (pduId == GETBULKREQ) {
      out.append(" M=").append(integer);
    } else if (integer != 0) {
      if (status == 0) out.append("[errorIndex(").append(integer).append(") w/o errorStatus]");
      else out.append('@').append(integer);
    } else if (status != 0) {
      out.append("[errorIndex==0]");
    }
    length -= count;
    p += count;
    varbinds(pduId, p, length);
  }

  private void trap(int p, int length) {
    out.append(' ');
    int count = expect(p, length, OID, "[enterprise!=OID]");
    if (count < 0) return;
    element();
    length -= count;
    p += count;
    out.append(' ');

    count = expect(p, length, INETADDR, "[agent-addr!=INETADDR]");
    if (count < 0) return;
    element();
    length -= count;
    p += count;

    count = expect(p, length, INT, "[generic-trap!=INT]");
    if (count < 0) return;
    int generic = integer;
    out.append(' ');
    if (generic >= 0 && generic < GENERIC_TRAP.length) out.append(GENERIC_TRAP[generic]);
    else out.append("gt=").append(generic);
    length -= count;
    p += count;

    count = expect(p, length, INT, "[specific-trap!=INT]");
    if (count < 0) return;
    if (generic != 6) {
      if (integer != 0) out.append("[specific-trap(").append(integer).append(")!=0]");
    } else {
      out.append(" s=").append(integer);
    }
    length -= count;
    p += count;
    out.append(' ');

    count = expect(p, length, UNS, "[time-stamp!=TIMETICKS]");
    if (count < 0) return;
    element();
    length -= count;
    p += count;
    varbinds(TRAP, p, length);
  }

  private void varbinds(int pduId, int p, int length) {
    int count = expect(p, length, SEQ, "[!SEQ of varbind]");
    if (count < 0) return;
    if (count < length) {
      out.append('[').append(length - count).append(" extra after SEQ of varbind]");
    }
    length = (int) asnlen;
    p = data;
    boolean request = pduId == GETREQ || pduId == GETNEXTREQ || pduId == GETBULKREQ;
    while (length > 0) {
      out.append(' ');
      count = expect(p, length, SEQ, "[!varbind]");
      if (count < 0) return;
      int vbEnd = p + count;
      int vbLength = length - count;
      length = (int) asnlen;
      p = data;

      count = expect(p, length, OID, "[objName!=OID]");
      if (count < 0) return;
      element();
      length -= count;
      p += count;
      if (!request) out.append('=');

      count = parse(p, length);
      if (count < 0) return;
      if (request) {
        if (type != NULL) {
          out.append("[objVal!=NULL]");
          element();
        }
      } else if (type != NULL) {
        element();
      }
      length = vbLength;
      p = vbEnd;
    }
  }

  // SNMPv3 (RFC 3412): the message header, the USM security parameters, the scoped PDU

  private void v3message(int p, int length) {
    int start = p;
    int total = length;
    int count = expect(p, length, SEQ, "[!message]");
    if (count < 0) return;
    length = (int) asnlen;
    p = data;
    if (verbose()) out.append("{ ");

    count = expect(p, length, INT, "[msgID!=INT]");
    if (count < 0) return;
    length -= count;
    p += count;

    count = expect(p, length, INT, "[msgMaxSize!=INT]");
    if (count < 0) return;
    length -= count;
    p += count;

    count = expect(p, length, STR, "[msgFlags!=STR]");
    if (count < 0) return;
    if (asnlen != 1) {
      out.append("[msgFlags size ").append(asnlen).append(']');
      return;
    }
    int flags = f.u8(data);
    if (flags != 0 && flags != 1 && flags != 3 && flags != 4 && flags != 5 && flags != 7) {
      out.append("[msgFlags=0x").append(Character.toUpperCase(Character.forDigit(flags >> 4, 16)))
          .append(Character.toUpperCase(Character.forDigit(flags & 15, 16))).append(']');
      return;
    }
    length -= count;
    p += count;
    out.append("F=").append((flags & 1) != 0 ? "a" : "").append((flags & 2) != 0 ? "p" : "")
        .append((flags & 4) != 0 ? "r" : "").append(' ');

    count = expect(p, length, INT, "[msgSecurityModel!=INT]");
    if (count < 0) return;
    int model = integer;
    length -= count;
    p += count;
    if (count < length) out.append('[').append(length - count).append(" extra after message SEQ]");
    if (verbose()) out.append("} ");
    if (model != 3) {
      out.append("[security model ").append(model).append(']');
      return;
    }
    if (verbose()) out.append("{ USM ");
    // tcpdump goes on from where the header's fields ended, with the message's remaining length
    length = total - (p - start);

    count = expect(p, length, STR, "[msgSecurityParameters!=STR]");
    if (count < 0) return;
    length -= count;
    p += count;
    usm(data, (int) asnlen);
    if (verbose()) out.append("} ");
    if (verbose()) out.append("{ ScopedPDU ");
    scopedPdu(p, length);
    if (verbose()) out.append("} ");
  }

  private void usm(int p, int length) {
    int count = expect(p, length, SEQ, "[!usm]");
    if (count < 0) return;
    length = (int) asnlen;
    p = data;

    count = expect(p, length, STR, "[msgAuthoritativeEngineID!=STR]");
    if (count < 0) return;
    length -= count;
    p += count;

    count = expect(p, length, INT, "[msgAuthoritativeEngineBoots!=INT]");
    if (count < 0) return;
    if (verbose()) out.append("B=").append(integer).append(' ');
    length -= count;
    p += count;

    count = expect(p, length, INT, "[msgAuthoritativeEngineTime!=INT]");
    if (count < 0) return;
    if (verbose()) out.append("T=").append(integer).append(' ');
    length -= count;
    p += count;

    count = expect(p, length, STR, "[msgUserName!=STR]");
    if (count < 0) return;
    length -= count;
    p += count;
    out.append("U=");
    string(data, (int) asnlen);
    out.append(' ');

    count = expect(p, length, STR, "[msgAuthenticationParameters!=STR]");
    if (count < 0) return;
    length -= count;
    p += count;

    count = expect(p, length, STR, "[msgPrivacyParameters!=STR]");
    if (count < 0) return;
    length -= count;
    if (count < length) out.append('[').append(length - count).append(" extra after usm SEQ]");
  }

  private void scopedPdu(int p, int length) {
    int count = expect(p, length, SEQ, "[!scoped PDU]");
    if (count < 0) return;
    length = (int) asnlen;
    p = data;

    count = expect(p, length, STR, "[contextEngineID!=STR]");
    if (count < 0) return;
    length -= count;
    p += count;
    out.append("E=");
    octets(data, (int) asnlen);
    out.append(' ');

    count = expect(p, length, STR, "[contextName!=STR]");
    if (count < 0) return;
    length -= count;
    p += count;
    out.append("C=");
    string(data, (int) asnlen);
    out.append(' ');
    pdu(p, length, 3);
  }
}
