package io.jdump.print;

/**
 * The TLVs inside a ForCES message, as tcpdump's print-forces.c walks them: LFB selectors,
 * operation TLVs, path data (IDs, key info, full/sparse data, results), association results and
 * teardown reasons, redirects. Most of it prints from -vvv; the checks print at any -v, and a
 * method returning -1 makes {@link ForcesPrinter} dump the message in hex, as tcpdump does.
 */
final class ForcesTlvs {
  private static final int TLV_HDRL = 4;
  private static final int ILV_HDRL = 8;
  private static final int B_FULLD = 0x1;
  private static final int B_SPARD = 0x2;
  private static final int B_RESTV = 0x4;
  private static final int B_KEYIN = 0x8;
  private static final int B_APPND = 0x10;
  private static final int B_TRNG = 0x20;
  private static final String[] OPS = {"Invalid OPTLV", " Set", " SetProp", " SetResp",
      " SetPropResp", " Del", " DelResp", " Get", " GetProp", " GetResp", " GetPropResp",
      " Report", " Commit", " RCommit", " RTRCOMP"};
  private static final int[] OP_MASKS = {0, B_FULLD | B_SPARD, B_FULLD | B_SPARD, B_RESTV,
      B_RESTV, 0, B_RESTV, 0, 0, B_FULLD | B_SPARD | B_RESTV, B_FULLD | B_RESTV,
      B_FULLD | B_SPARD, 0, B_RESTV, 0};
  private static final String[] ERRS = {"SUCCESS", "INVALID HEADER", "LENGTH MISMATCH",
      "VERSION MISMATCH", "INVALID DESTINATION PID", "LFB UNKNOWN", "LFB NOT FOUND",
      "LFB INSTANCE ID NOT FOUND", "INVALID PATH", "COMPONENT DOES NOT EXIST", "EXISTS ALREADY",
      "NOT FOUND", "READ ONLY", "INVALID ARRAY CREATION", "VALUE OUT OF RANGE",
      "CONTENTS TOO LONG", "INVALID PARAMETERS", "INVALID MESSAGE TYPE", "INVALID FLAGS",
      "INVALID TLV", "EVENT ERROR", "NOT SUPPORTED", "MEMORY ERROR", "INTERNAL ERROR"};
  private static final String[] TLV_ERRS = {"#0", "Invalid total length", "xLV too short",
      "xLV too long", "data padding missing"};
  /** Indents made once: i spaces, and a newline then i - 1 spaces (tcpdump's indent_pr). */
  private static final String[] SPACES = new String[64];
  private static final String[] NL_SPACES = new String[64];

  static {
    for (int i = 0; i < SPACES.length; i++) {
      SPACES[i] = " ".repeat(i);
      NL_SPACES[i] = "\n" + " ".repeat(Math.max(0, i - 1));
    }
  }

  private final Frame f;
  private final StringBuilder out;

  ForcesTlvs(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  private static String ib(int indent) {
    indent = Math.min(indent, 255);
    return indent < 0 ? "" : indent < SPACES.length ? SPACES[indent] : " ".repeat(indent);
  }

  private static String nlIb(int indent) {
    indent = Math.min(indent, 255);
    if (indent <= 0) return "\n";
    return indent < NL_SPACES.length ? NL_SPACES[indent] : "\n" + " ".repeat(indent - 1);
  }

  private boolean v3() {
    return f.opts.verbosity() >= 3;
  }

  private static int aln(long len) {
    return (int) ((len + 3) & ~3L);
  }

  /** tcpdump's tlv_valid: 0, or the ForCES_TLV_err index. */
  static int tlvValid(long tlvl, long rlen) {
    if (rlen < TLV_HDRL) return 1;
    if (tlvl < TLV_HDRL) return 2;
    if (tlvl > rlen) return 3;
    if (rlen < aln(tlvl)) return 4;
    return 0;
  }

  static boolean ttlvValid(int t) {
    return t == 1 || t == 0x1000 || t == 0x10 || t == 0x11 || (t >= 0x110 && t <= 0x116);
  }

  private int ilvValid(int ilv, long rlen) {
    if (rlen < ILV_HDRL) return 1;
    long l = f.u32(ilv + 4);
    if (l < ILV_HDRL) return 2;
    if (l > rlen) return 3;
    if (rlen < aln(l)) return 4;
    return 0;
  }

  static String tlvName(int type) {
    return switch (type) {
      case 0x0000 -> "Invalid TLV";
      case 0x0001 -> "REDIRECT TLV";
      case 0x0010 -> "ASResult TLV";
      case 0x0011 -> "ASTreason TLV";
      case 0x1000 -> "LFBselect TLV";
      case 0x0110 -> "PATH-DATA TLV";
      case 0x0111 -> "KEYINFO TLV";
      case 0x0112 -> "FULLDATA TLV";
      case 0x0113 -> "SPARSEDATA TLV";
      case 0x0114 -> "RESULT TLV";
      case 0x0115 -> "METADATA TLV";
      case 0x0116 -> "REDIRECTDATA TLV";
      default -> null;
    };
  }

  /** tok2str(ForCES_TLV, NULL, type): "#%d" for an unknown type. */
  void tlvNameOrNumber(int type) {
    String n = tlvName(type);
    if (n != null) out.append(n);
    else out.append('#').append(type);
  }

  /** tcpdump's hex_print: the captured part, then " [|forces]" if cut. */
  void hex(String indent, int p, long len) {
    int n = (int) Math.max(0, Math.min(len, f.end - p));
    HexDump.hex(out, f.b, p, n, indent);
    if (len > n) f.printTrunc();
  }

  int lfbSelect(int pptr, long len, int opMask, int indent) {
    long dlen = len - TLV_HDRL;
    if (dlen <= 12) {
      out.append("\n\t\ttruncated lfb selector: ").append((12 - dlen) & 0xffffffffL)
          .append(" bytes missing! ");
      return -1;
    }
    long rlen = dlen - 8;
    if (!f.has(pptr, 8)) {
      f.printTrunc();
      return -1;
    }
    if (v3()) {
      long cls = f.u32(pptr);
      long inst = f.u32(pptr + 4);
      out.append('\n').append(ib(indent));
      if (cls == 0) out.append("Invalid TLV");
      else if (cls == 1) out.append("FEObj LFB");
      else if (cls == 2) out.append("FEProtoObj LFB");
      else out.append('#').append((int) cls);
      out.append("(Classid ").append(Long.toHexString(cls)).append(") instance ")
          .append(Long.toHexString(inst)).append('\n');
    }
    int otlv = pptr + 8;
    indent += 1;
    while (rlen != 0) {
      int type = f.u16(otlv);
      int tlvl = f.u16(otlv + 2);
      if (tlvValid(tlvl, rlen) != 0) break;
      if (opValid(type, opMask)) {
        operation(otlv, indent);
      } else {
        if (!v3()) out.append('\n');
        out.append("\t\tINValid oper-TLV type 0x").append(Integer.toHexString(type))
            .append(" length ").append(tlvl).append(" for this ForCES message\n");
        invalidOperation(otlv, rlen, indent);
      }
      otlv += aln(tlvl);
      rlen -= aln(tlvl);
    }
    if (rlen != 0) {
      messy("oper", otlv, rlen);
      return -1;
    }
    return 0;
  }

  private void messy(String what, int tlv, long rlen) {
    int type = f.u16(tlv);
    int length = f.u16(tlv + 2);
    out.append("\n\t\tMessy ").append(what).append(" TLV header, type (0x")
        .append(Integer.toHexString(type)).append(")\n\t\texcess of ")
        .append((rlen - length) & 0xffffffffL).append(" Bytes ");
  }

  private static boolean opValid(int op, int mask) {
    if (op == 0) return false;
    if (op <= 14) return ((1 << (op - 1)) & mask) != 0;
    return op >= 0x8000;
  }

  private int operation(int otlv, int indent) {
    int dp = otlv + TLV_HDRL;
    int type = f.u16(otlv);
    int length = f.u16(otlv + 2);
    long tll = (length - TLV_HDRL) & 0xffffffffL;
    int op = type > 14 ? 0 : type;
    if (v3()) {
      out.append(ib(indent)).append("Oper TLV ").append(OPS[op]).append("(0x")
          .append(Integer.toHexString(type)).append(") length ").append(length).append('\n');
    }
    if (tll < 8) {
      out.append("\t\tOper TLV ").append(OPS[op]).append("(0x").append(Integer.toHexString(type))
          .append(") length ").append(length).append('\n');
      out.append("\t\tTruncated data size ").append(tll).append(" minimum required 8\n");
      return invalidOperation(dp, tll, indent);
    }
    return switch (op) {
      case 0 -> invalidOperation(dp, tll, indent + 1);
      case 12, 14 -> 0;
      case 13 -> generic(dp, tll, OP_MASKS[op], indent + 1);
      default -> pathData(dp, tll, OP_MASKS[op], indent + 1);
    };
  }

  private int invalidOperation(int pptr, long len, int indent) {
    if (v3()) {
      String nl = nlIb(indent);
      out.append(nl, 1, nl.length()).append("Data[");
      hex(nl, pptr, len);
      out.append(nl).append("]\n");
    }
    return -1;
  }

  private int generic(int pptr, long len, int opMask, int indent) {
    int type = f.u16(pptr);
    int tlvl = f.u16(pptr + 2);
    int inv = tlvValid(tlvl, len);
    out.append("genoptlvprint - ");
    tlvNameOrNumber(type);
    out.append(" TLV type 0x").append(Integer.toHexString(type)).append(" len ").append(tlvl)
        .append('\n');
    if (inv != 0) {
      out.append("\t\t\tInvalid ForCES TLV type=").append(Integer.toHexString(type));
      return -1;
    }
    if (!ttlvValid(type)) {
      out.append(TLV_ERRS[inv]).append(" TLV type 0x").append(Integer.toHexString(type))
          .append(" len ").append(tlvl).append('\n');
      return -1;
    }
    if (v3()) {
      out.append(ib(indent));
      tlvNameOrNumber(type);
      out.append(", length ").append(tlvl).append(" (data length ").append(tlvl - TLV_HDRL)
          .append(" Bytes)");
    }
    return pdata(pptr + TLV_HDRL, tlvl - TLV_HDRL, opMask, indent + 1);
  }

  /** tcpdump's recpdoptlv_print: PATH-DATA TLVs one after another. */
  private int pathData(int pptr, long len, int opMask, int indent) {
    int tlv = pptr;
    while (len != 0) {
      int tlvl = f.u16(tlv + 2);
      if (tlvValid(tlvl, len) != 0) break;
      int type = f.u16(tlv);
      if (v3()) {
        out.append(ib(indent));
        tlvNameOrNumber(type);
        out.append(", length ").append(tlvl).append(" (data encapsulated ")
            .append(tlvl - TLV_HDRL).append(" Bytes)");
      }
      if (pdata(tlv + TLV_HDRL, tlvl - TLV_HDRL, opMask, indent + 1) == -1) return -1;
      tlv += aln(tlvl);
      len -= aln(tlvl);
    }
    if (len != 0) {
      messy("PATHDATA", tlv, len);
      return -1;
    }
    return 0;
  }

  private int pdata(int pptr, long len, int opMask, int indent) {
    String ib = ib(indent);
    if (!f.has(pptr, 4) || len < 4) {
      f.printTrunc();
      return -1;
    }
    int flags = f.u16(pptr);
    int idcnt = f.u16(pptr + 2);
    if (v3()) {
      out.append('\n').append(ib).append("Pathdata: Flags 0x").append(Integer.toHexString(flags))
          .append(" ID count ").append(idcnt).append('\n');
    }
    if ((flags & 1) != 0) opMask |= B_KEYIN;
    if ((flags & 2) != 0) opMask |= B_TRNG;
    if ((flags & 4) != 0) opMask |= B_APPND;
    pptr += 4;
    len -= 4;
    long minsize = idcnt * 4L;
    if (len < minsize) {
      out.append("\t\t\ttruncated IDs expected ").append(minsize).append("B got ").append(len)
          .append("B\n");
      hex("\t\t\tID Data[", pptr, len);
      out.append("]\n");
      return -1;
    }
    if ((opMask & B_TRNG) != 0 && (opMask & B_KEYIN) != 0) {
      out.append("\t\t\tIllegal to have both Table ranges and keys\n");
      return -1;
    }
    long more = count(pptr, len, idcnt, opMask, indent);
    if (more > 0) {
      pptr += (int) (len - more);
      return pathData(pptr, more, opMask, indent + 1);
    }
    return 0;
  }

  /** tcpdump's pdatacnt_print: {@return the bytes left after the IDs and one data TLV, or -1} */
  private long count(int pptr, long len, int idcnt, int opMask, int indent) {
    String ib = ib(indent);
    if ((opMask & B_APPND) != 0 && v3()) out.append(ib).append("TABLE APPEND\n");
    for (int i = 0; i < idcnt; i++) {
      if (!f.has(pptr, 4) || len < 4) {
        f.printTrunc();
        return -1;
      }
      long id = f.u32(pptr);
      if (v3()) {
        out.append(ib).append("ID#");
        Text.zeroPad(out, i + 1, 2);
        out.append(": ").append(id).append('\n');
      }
      len -= 4;
      pptr += 4;
    }
    if ((opMask & B_TRNG) != 0) {
      if (len < 12) {
        out.append("pathlength ").append(len).append(" with key/range too short 12\n");
        return -1;
      }
      pptr += 4;
      len -= 4;
      long start = f.u32(pptr);
      long end = f.u32(pptr + 4);
      pptr += 8;
      len -= 8;
      if (v3()) {
        out.append(ib).append("Table range: [").append(start).append(',').append(end)
            .append("]\n");
      }
    }
    if ((opMask & B_KEYIN) != 0) {
      if (len < 12) {
        out.append("pathlength ").append(len).append(" with key/range too short 12\n");
        return -1;
      }
      pptr += 4;
      len -= 4;
      int keytlv = pptr;
      pptr += 4;
      len -= 4;
      int tll = f.u16(keytlv + 2);
      if (tll < TLV_HDRL) {
        out.append("key content length ").append(tll).append(" < 4\n");
        return -1;
      }
      tll -= TLV_HDRL;
      if (len < tll) {
        out.append("key content too short\n");
        return -1;
      }
      pptr += tll;
      len -= tll;
    }
    if (len != 0) {
      int type = f.u16(pptr);
      int tlvl = f.u16(pptr + 2);
      int inv = tlvValid(tlvl, len);
      boolean bad;
      if (inv != 0) {
        out.append(TLV_ERRS[inv]).append(" Outstanding bytes ").append(len)
            .append(" for TLV type 0x").append(Integer.toHexString(type)).append(" TLV len ")
            .append(tlvl).append('\n');
        bad = true;
      } else {
        int tll = tlvl - TLV_HDRL;
        int alnl = aln(tlvl);
        int pad = 0;
        if (alnl > tlvl) {
          if (alnl > len) {
            out.append("Invalid padded pathdata TLV type 0x").append(Integer.toHexString(type))
                .append(" len ").append(tlvl).append(" missing ").append(alnl - len)
                .append(" pad bytes\n");
          } else {
            pad = alnl - tlvl;
          }
        }
        if (type >= 0x110 && type <= 0x114) {
          if (v3() && type != 0x110) {
            out.append(ib).append("  ").append(tlvName(type)).append(" (Length ").append(tlvl)
                .append(" DataLen ").append(tll);
            if (pad != 0) out.append(" pad ").append(pad);
            out.append(" Bytes)\n");
          }
          checkOpType(type, opMask);
          long l = tll + pad + TLV_HDRL;
          int rc = switch (type) {
            case 0x111 -> keyInfo(pptr, l, indent + 2);
            case 0x112 -> fullData(pptr, l, indent + 2);
            case 0x113 -> sparseData(pptr, l, indent + 2);
            case 0x114 -> result(pptr, l, indent + 2);
            default -> pathData(pptr, l, opMask, indent + 2);
          };
          if (rc == -1) return -1;
          len -= TLV_HDRL + pad + tll;
          bad = false;
        } else {
          out.append("Invalid path data content type 0x").append(Integer.toHexString(type))
              .append(" len ").append(tlvl).append('\n');
          bad = true;
        }
      }
      if (bad && tlvl != 0) {
        hex("Bad Data val\n\t  [", pptr, len);
        out.append("]\n");
        return -1;
      }
    }
    return len;
  }

  private void checkOpType(int type, int msk) {
    if (type == 0x110) return;
    int omsk = switch (type) {
      case 0x112 -> B_FULLD;
      case 0x113 -> B_SPARD;
      case 0x114 -> B_RESTV;
      default -> 0;
    };
    if ((msk & B_KEYIN) != 0) {
      if (type != 0x111) out.append("Based on flags expected KEYINFO TLV!\n");
    } else if ((msk & omsk) == 0) {
      out.append("Illegal DATA encoding for type 0x").append(Integer.toHexString(type))
          .append(" programmed ").append(Integer.toHexString(omsk)).append(" got ")
          .append(Integer.toHexString(msk)).append('\n');
    }
  }

  private int result(int pptr, long len, int indent) {
    long dlen = len - TLV_HDRL;
    if (dlen != 4) {
      out.append("illegal RESULT-TLV: ").append(dlen & 0xffffffffL).append(" bytes!\n");
      return -1;
    }
    if (!f.has(pptr + 4, 4)) {
      f.printTrunc();
      return -1;
    }
    int result = f.u8(pptr + 4);
    if (result >= 0x18 && result <= 0xfe) {
      out.append("illegal reserved result code: 0x").append(Integer.toHexString(result))
          .append("!\n");
      return -1;
    }
    if (v3()) {
      out.append(ib(indent)).append("  Result: ")
          .append(result < ERRS.length ? ERRS[result] : result == 0xff ? "UNSPECIFIED ERROR"
              : "#" + result)
          .append(" (code 0x").append(Integer.toHexString(result)).append(")\n");
    }
    return 0;
  }

  private int fullData(int pptr, long len, int indent) {
    long rlen = len - TLV_HDRL;
    if (!f.has(pptr, 4)) {
      f.printTrunc();
      return -1;
    }
    if (f.u16(pptr) != 0x112) {
      out.append("Error: expecting FULLDATA!\n");
      return -1;
    }
    if (v3()) {
      String nl = nlIb(indent + 2);
      out.append(nl, 1, nl.length()).append('[');
      hex(nl, pptr + 4, rlen);
      out.append('\n').append(nl, 1, nl.length()).append(']');
    }
    return 0;
  }

  private int sparseData(int pptr, long len, int indent) {
    long rlen = len - TLV_HDRL;
    if (!f.has(pptr, 4)) {
      f.printTrunc();
      return -1;
    }
    if (f.u16(pptr) != 0x113) {
      out.append("Error: expecting SPARSEDATA!\n");
      return -1;
    }
    int ilv = pptr + 4;
    if (rlen < ILV_HDRL) {
      out.append("Error: BAD SPARSEDATA-TLV!\n");
      return -1;
    }
    indent += 1;
    while (rlen != 0) {
      String nl = nlIb(indent);
      int inv = ilvValid(ilv, rlen);
      if (inv != 0) {
        out.append("Error: ").append(TLV_ERRS[inv]).append(", rlen ").append(rlen).append('\n');
        return -1;
      }
      if (v3()) {
        long ilvl = f.u32(ilv + 4);
        out.append('\n').append(nl, 1, nl.length()).append(" ILV: type ")
            .append(Long.toHexString(f.u32(ilv))).append(" length ").append(ilvl).append('\n');
        hex("\t\t[", ilv + 8, ilvl - ILV_HDRL);
      }
      long l = f.u32(ilv + 4);
      rlen -= aln(l);
      ilv += aln(l);
    }
    return 0;
  }

  private int keyInfo(int pptr, long len, int indent) {
    int tdp = pptr + TLV_HDRL;
    int kdtlv = tdp + 4;
    long id = f.u32(tdp);
    out.append(ib(indent)).append("Keyinfo: Key 0x").append(Long.toHexString(id)).append('\n');
    int type = f.u16(kdtlv);
    int tll = f.u16(kdtlv + 2);
    int inv = tlvValid(tll, len);
    if (inv != 0) {
      out.append(TLV_ERRS[inv]).append(" TLV type 0x").append(Integer.toHexString(type))
          .append(" len ").append(tll).append('\n');
      return -1;
    }
    return fullData(kdtlv + TLV_HDRL, tll, indent);
  }

  int teardown(int pptr, long len, int indent) {
    long dlen = len - TLV_HDRL;
    if (dlen != 4) {
      out.append("illegal ASTresult-TLV: ").append(dlen & 0xffffffffL).append(" bytes!\n");
      return -1;
    }
    long code = f.u32(pptr);
    if (code > 255) {
      out.append("illegal ASTresult result code: ").append(code).append("!\n");
      return -1;
    }
    if (v3()) {
      String ib = ib(indent);
      out.append("Teardown reason:\n").append(ib).append(switch ((int) code) {
        case 0 -> "Normal Teardown";
        case 1 -> "Loss of Heartbeats";
        case 2 -> "Out of bandwidth";
        case 3 -> "Out of Memory";
        case 4 -> "Application Crash";
        default -> "Unknown Teardown reason";
      }).append('(').append(Long.toHexString(code)).append(")\n").append(ib);
    }
    return 0;
  }

  int associationResult(int pptr, long len, int indent) {
    long dlen = len - TLV_HDRL;
    if (dlen != 4) {
      out.append("illegal ASRresult-TLV: ").append(dlen & 0xffffffffL).append(" bytes!\n");
      return -1;
    }
    long code = f.u32(pptr);
    if (code > 3) {
      out.append("illegal ASRresult result code: ").append(code).append("!\n");
      return -1;
    }
    if (v3()) {
      String ib = ib(indent);
      out.append('\n').append(ib).append(switch ((int) code) {
        case 0 -> "Success ";
        case 1 -> "FE ID invalid ";
        case 2 -> "permission denied ";
        default -> "Unknown ";
      }).append('(').append(Long.toHexString(code)).append(")\n").append(ib);
    }
    return 0;
  }

  int redirect(int pptr, long len, int indent) {
    long dlen = len - TLV_HDRL;
    if (dlen <= 8) {
      out.append("\n\t\ttruncated Redirect TLV: ").append((8 - dlen) & 0xffffffffL)
          .append(" bytes missing! ");
      return -1;
    }
    long rlen = dlen;
    indent += 1;
    int tlv = pptr;
    while (rlen != 0) {
      int type = f.u16(tlv);
      int tlvl = f.u16(tlv + 2);
      if (tlvValid(tlvl, rlen) != 0) {
        out.append("Bad Redirect data\n");
        break;
      }
      if (type == 0x115) {
        metadata(tlv + TLV_HDRL, tlvl, indent);
      } else if (type == 0x116) {
        out.append('\n').append(ib(indent)).append(" Redirect Data length ")
            .append(tlvl - TLV_HDRL).append('\n');
        if (v3()) {
          out.append("\t\t[");
          hex("\n\t\t", tlv + TLV_HDRL, tlvl - TLV_HDRL);
          out.append("\n\t\t]");
        }
      } else {
        out.append("Unknown REDIRECT TLV 0x").append(Integer.toHexString(type)).append(" len ")
            .append(tlvl).append('\n');
      }
      tlv += aln(tlvl);
      rlen -= aln(tlvl);
    }
    if (rlen != 0) {
      messy("Redirect", tlv, rlen);
      return -1;
    }
    return 0;
  }

  private void metadata(int pptr, long len, int indent) {
    long rlen = len - TLV_HDRL;
    out.append('\n').append(ib(indent)).append(" METADATA length ").append(rlen).append('\n');
    int ilv = pptr;
    while (rlen != 0) {
      if (ilvValid(ilv, rlen) != 0) break;
      long l = f.u32(ilv + 4);
      out.append(ib(indent + 1)).append("MetaID 0x").append(Long.toHexString(f.u32(ilv)))
          .append(" length ").append(l).append('\n');
      if (v3()) {
        hex("\t\t[", ilv + 8, l - ILV_HDRL);
        out.append(" ]\n");
      }
      ilv += aln(l);
      rlen -= aln(l);
    }
  }
}
