package io.jdump.filter.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The scanner of pcap-filter(7), with flex's rule: the longest match wins, and on a tie the
 * rule listed first in libpcap's scanner.l (keywords, operators, {@code $B}, MAC, number,
 * dotted host, IPv6, bogus MAC, named constants, name, {@code \name}).
 *
 * <pre>{@code
 * List<Token> t = Lexer.tokenize("tcp port 80");   // TCP, PORT, NUM(80), EOF
 * }</pre>
 */
public final class Lexer {
  private static final Map<String, Kind> KEYWORDS = keywords();
  private static final Map<String, Long> CONSTANTS = constants();

  /**
   * The IPv6 address pattern, compiled on the first candidate with a colon: ~60 alternatives
   * took tens of milliseconds of every cold start, IPv6 or not.
   */
  private static final class V6 {
    static final Pattern PATTERN = v6Pattern();
  }

  private final String s;
  private final int n;

  private Lexer(String s) {
    this.s = s;
    this.n = s.length();
  }

  /** {@return all tokens of the expression, ending with EOF} Errors travel inside tokens. */
  public static List<Token> tokenize(String expression) {
    return new Lexer(expression).run();
  }

  private List<Token> run() {
    List<Token> out = new ArrayList<>();
    int p = 0;
    while (true) {
      while (p < n && isSpace(s.charAt(p))) p++;
      if (p >= n) break;
      int[] len = new int[1];
      out.add(next(p, len));
      p += len[0];
    }
    out.add(Token.of(Kind.EOF, ""));
    return out;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\r' || c == '\n' || c == '\t';
  }

  private Token next(int p, int[] len) {
    char c = s.charAt(p);
    char d = p + 1 < n ? s.charAt(p + 1) : 0;
    // Not "" + c + d: the first string concatenation of a call site costs a cold JVM ~10 ms.
    String two = new String(new char[] {c, d});
    Kind op2 = switch (two) {
      case ">=" -> Kind.GEQ;
      case "<=" -> Kind.LEQ;
      case "!=" -> Kind.NEQ;
      case "==" -> Kind.EQ;
      case "<<" -> Kind.LSH;
      case ">>" -> Kind.RSH;
      case "&&" -> Kind.AND;
      case "||" -> Kind.OR;
      default -> null;
    };
    if (op2 != null) {
      len[0] = 2;
      return Token.of(op2, two);
    }
    Kind op1 = switch (c) {
      case '+' -> Kind.PLUS;
      case '-' -> Kind.MINUS;
      case '*' -> Kind.STAR;
      case '/' -> Kind.SLASH;
      case '%' -> Kind.PERCENT;
      case ':' -> Kind.COLON;
      case '[' -> Kind.LBRACKET;
      case ']' -> Kind.RBRACKET;
      case '!' -> Kind.BANG;
      case '<' -> Kind.LT;
      case '>' -> Kind.GT;
      case '(' -> Kind.LPAREN;
      case ')' -> Kind.RPAREN;
      case '&' -> Kind.AMP;
      case '|' -> Kind.PIPE;
      case '^' -> Kind.CARET;
      case '=' -> Kind.EQ;
      default -> null;
    };
    // ':' is also where an IPv6 address may start ("::1"); the longer match wins.
    if (op1 != null && !(c == ':' && matchV6(p) > 1)) {
      len[0] = 1;
      return Token.of(op1, String.valueOf(c));
    }
    if (c == '$') {
      int b = matchB(p + 1);
      if (b > 0) {
        len[0] = 1 + b;
        return Token.of(Kind.AID, s.substring(p, p + 1 + b));
      }
      len[0] = 1;
      return Token.of(Kind.LEX_ERROR, "$");
    }
    if (c == '\\') {
      int e = p + 1;
      while (e < n && " !()\n\t".indexOf(s.charAt(e)) < 0) e++;
      if (e == p + 1) {
        len[0] = 1;
        return Token.of(Kind.LEX_ERROR, "\\");
      }
      len[0] = e - p;
      return Token.of(Kind.ID, s.substring(p + 1, e));
    }
    // Rules in scanner.l order; the first of the longest wins.
    int mac = matchMac(p);
    int num = matchN(p);
    int hid = matchHid(p);
    int v6 = matchV6(p);
    int bogus = matchBogus(p);
    int id = matchId(p);
    int best = Math.max(Math.max(Math.max(mac, num), Math.max(hid, v6)), Math.max(bogus, id));
    if (best <= 0) {
      len[0] = 1;
      return Token.of(Kind.LEX_ERROR, String.valueOf(c));
    }
    len[0] = best;
    String text = s.substring(p, p + best);
    if (id == best && KEYWORDS.containsKey(text)) return Token.of(KEYWORDS.get(text), text);
    if (mac == best) return Token.of(Kind.EID, text);
    if (num == best) return number(text);
    if (hid == best) return Token.of(Kind.HID, text);
    if (v6 == best) {
      String err = validV6(text) ? null : "bogus IPv6 address " + text;
      return new Token(Kind.HID6, text, 0, err);
    }
    if (bogus == best) return new Token(Kind.EID, text, 0, "bogus ethernet address " + text);
    if (CONSTANTS.containsKey(text)) return new Token(Kind.NUM, text, CONSTANTS.get(text), null);
    return Token.of(Kind.ID, text);
  }

  /** As libpcap's stoulen: decimal, 0-prefixed octal or 0x hex, at most 32 bits. */
  static Token number(String text) {
    long v = 0;
    int base = 10;
    int i = 0;
    if (text.length() >= 2 && text.charAt(0) == '0' && (text.charAt(1) == 'x' || text.charAt(1) == 'X')) {
      base = 16;
      i = 2;
    } else if (text.charAt(0) == '0') {
      base = 8;
      i = 1;
    }
    for (; i < text.length(); i++) {
      int digit = Character.digit(text.charAt(i), base);
      if (digit < 0) {
        String what = base == 8 ? "non-octal" : base == 16 ? "non-hex" : "non-decimal";
        return new Token(Kind.LEX_ERROR, text, 0, "number " + text + " contains " + what + " digit");
      }
      v = v * base + digit;
      if (v > 0xffffffffL) {
        return new Token(Kind.LEX_ERROR, text, 0, "number " + text + " overflows 32 bits");
      }
    }
    return new Token(Kind.NUM, text, v, null);
  }

  private boolean hex(int p) {
    return p < n && Character.digit(s.charAt(p), 16) >= 0;
  }

  private boolean digit(int p) {
    return p < n && s.charAt(p) >= '0' && s.charAt(p) <= '9';
  }

  private boolean at(int p, char c) {
    return p < n && s.charAt(p) == c;
  }

  /** {B}: one or two hex digits. */
  private int matchB(int p) {
    if (!hex(p)) return 0;
    return hex(p + 1) ? 2 : 1;
  }

  /** {N}: decimal digits, or 0x and hex digits. */
  private int matchN(int p) {
    int e = p;
    while (digit(e)) e++;
    int dec = e - p;
    if (at(p, '0') && (at(p + 1, 'x') || at(p + 1, 'X')) && hex(p + 2)) {
      e = p + 2;
      while (hex(e)) e++;
      return Math.max(dec, e - p);
    }
    return dec;
  }

  private int matchHid(int p) {
    int e = p + matchN(p);
    if (e == p) return 0;
    int dots = 0;
    while (dots < 3 && at(e, '.')) {
      int m = matchN(e + 1);
      if (m == 0) break;
      e += 1 + m;
      dots++;
    }
    return dots == 0 ? 0 : e - p;
  }

  private int matchMac(int p) {
    int best = 0;
    for (char sep : new char[] {':', '-', '.'}) {
      int e = p;
      boolean ok = true;
      for (int g = 0; g < 6 && ok; g++) {
        if (g > 0) {
          if (at(e, sep)) e++;
          else ok = false;
        }
        int b = ok ? matchB(e) : 0;
        if (b == 0) ok = false;
        e += b;
      }
      if (ok) best = Math.max(best, e - p);
    }
    // {B2}\.{B2}\.{B2} and {B2}{3}
    if (hex4(p) && at(p + 4, '.') && hex4(p + 5) && at(p + 9, '.') && hex4(p + 10)) best = Math.max(best, 14);
    if (hex4(p) && hex4(p + 4) && hex4(p + 8)) best = Math.max(best, 12);
    return best;
  }

  private boolean hex4(int p) {
    return hex(p) && hex(p + 1) && hex(p + 2) && hex(p + 3);
  }

  /** {B}:+({B}:+)+ : a MAC-looking run with the wrong number of parts. */
  private int matchBogus(int p) {
    int e = p + matchB(p);
    if (e == p || !at(e, ':')) return 0;
    while (at(e, ':')) e++;
    int groups = 0;
    while (true) {
      int b = matchB(e);
      if (b == 0 || !at(e + b, ':')) break;
      e += b;
      while (at(e, ':')) e++;
      groups++;
    }
    return groups == 0 ? 0 : e - p;
  }

  private int matchId(int p) {
    if (p >= n || !Character.isLetterOrDigit(s.charAt(p)) || s.charAt(p) > 0x7f) return 0;
    int e = p + 1;
    while (e < n && (isIdChar(s.charAt(e)))) e++;
    while (e > p + 1 && (s.charAt(e - 1) == '-' || s.charAt(e - 1) == '_')) e--;
    return e - p;
  }

  private static boolean isIdChar(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
  }

  private int matchV6(int p) {
    int e = p;
    while (e < n && e - p < 46 && (hex(e) || at(e, ':') || at(e, '.') || at(e, 'x') || at(e, 'X'))) e++;
    boolean colon = false;
    for (int i = p; i < e && !colon; i++) colon = s.charAt(i) == ':';
    if (!colon) return 0;
    // No address holds ":::" or a second "::": the longest candidate ends before them.
    String run = s.substring(p, e);
    int triple = run.indexOf(":::");
    if (triple >= 0) e = p + triple + 2;
    int dbl = run.indexOf("::");
    if (dbl >= 0) {
      int second = run.indexOf("::", dbl + 2);
      if (second >= 0) e = Math.min(e, p + second);
    }
    for (int end = e; end > p + 1; end--) {
      if (V6.PATTERN.matcher(s.substring(p, end)).matches()) return end - p;
    }
    return 0;
  }

  /** As getaddrinfo(AI_NUMERICHOST) would check the embedded IPv4 part. */
  private static boolean validV6(String text) {
    int colon = text.lastIndexOf(':');
    String tail = text.substring(colon + 1);
    if (!tail.contains(".")) return true;
    for (String part : tail.split("\\.", -1)) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) return false;
      if (part.length() > 1 && part.charAt(0) == '0') return false;
      if (Integer.parseInt(part) > 255) return false;
    }
    return true;
  }

  private static Pattern v6Pattern() {
    String w = "[0-9A-Fa-f]{1,4}";
    String num = "(?:[0-9]+|0[xX][0-9A-Fa-f]+)";
    String v4 = num + "\\." + num + "\\." + num + "\\." + num;
    List<String> alts = new ArrayList<>();
    // n groups in all (8, or 6 before an IPv4 tail), with "::" after the first k of them.
    for (int[] shape : new int[][] {{8, 0}, {6, 1}}) {
      int total = shape[0];
      boolean tail = shape[1] == 1;
      alts.add(groups(w, total, -1) + (tail ? ":" + v4 : ""));
      for (int count = 0; count < total; count++) {
        for (int k = 0; k <= count; k++) {
          alts.add(groups(w, count, k) + (tail ? (count - k > 0 ? ":" : "") + v4 : ""));
        }
      }
    }
    return Pattern.compile(String.join("|", alts));
  }

  /** count groups; "::" inserted after k of them (k < 0: none). */
  private static String groups(String w, int count, int k) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i == k) b.append("::");
      else if (i > 0) b.append(':');
      b.append(w);
    }
    if (k == count) b.append("::");
    return b.toString();
  }

  private static Map<String, Kind> keywords() {
    Map<String, Kind> m = new HashMap<>();
    Object[][] t = {
      {"dst", Kind.DST}, {"src", Kind.SRC}, {"link", Kind.LINK}, {"ether", Kind.LINK},
      {"ppp", Kind.LINK}, {"slip", Kind.LINK}, {"fddi", Kind.LINK}, {"tr", Kind.LINK},
      {"wlan", Kind.LINK}, {"arp", Kind.ARP}, {"rarp", Kind.RARP}, {"ip", Kind.IP},
      {"sctp", Kind.SCTP}, {"tcp", Kind.TCP}, {"udp", Kind.UDP}, {"icmp", Kind.ICMP},
      {"igmp", Kind.IGMP}, {"igrp", Kind.IGRP}, {"pim", Kind.PIM}, {"vrrp", Kind.VRRP},
      {"carp", Kind.CARP}, {"radio", Kind.RADIO}, {"ip6", Kind.IPV6}, {"icmp6", Kind.ICMPV6},
      {"ah", Kind.AH}, {"esp", Kind.ESP}, {"atalk", Kind.ATALK}, {"aarp", Kind.AARP},
      {"decnet", Kind.DECNET}, {"lat", Kind.LAT}, {"sca", Kind.SCA}, {"moprc", Kind.MOPRC},
      {"mopdl", Kind.MOPDL}, {"iso", Kind.ISO}, {"esis", Kind.ESIS}, {"es-is", Kind.ESIS},
      {"isis", Kind.ISIS}, {"is-is", Kind.ISIS}, {"l1", Kind.L1}, {"l2", Kind.L2},
      {"iih", Kind.IIH}, {"lsp", Kind.LSP}, {"snp", Kind.SNP}, {"csnp", Kind.CSNP},
      {"psnp", Kind.PSNP}, {"clnp", Kind.CLNP}, {"stp", Kind.STP}, {"ipx", Kind.IPX},
      {"netbeui", Kind.NETBEUI}, {"host", Kind.HOST}, {"net", Kind.NET}, {"mask", Kind.NETMASK},
      {"port", Kind.PORT}, {"portrange", Kind.PORTRANGE}, {"proto", Kind.PROTO},
      {"protochain", Kind.PROTOCHAIN}, {"gateway", Kind.GATEWAY}, {"type", Kind.TYPE},
      {"subtype", Kind.SUBTYPE}, {"direction", Kind.DIR}, {"dir", Kind.DIR},
      {"address1", Kind.ADDR1}, {"addr1", Kind.ADDR1}, {"address2", Kind.ADDR2},
      {"addr2", Kind.ADDR2}, {"address3", Kind.ADDR3}, {"addr3", Kind.ADDR3},
      {"address4", Kind.ADDR4}, {"addr4", Kind.ADDR4}, {"ra", Kind.RA}, {"ta", Kind.TA},
      {"less", Kind.LESS}, {"greater", Kind.GREATER}, {"byte", Kind.CBYTE},
      {"broadcast", Kind.BROADCAST}, {"multicast", Kind.MULTICAST}, {"and", Kind.AND},
      {"or", Kind.OR}, {"not", Kind.NOT}, {"len", Kind.LEN}, {"length", Kind.LEN},
      {"inbound", Kind.INBOUND}, {"outbound", Kind.OUTBOUND}, {"ifindex", Kind.IFINDEX},
      {"vlan", Kind.VLAN}, {"mpls", Kind.MPLS}, {"pppoed", Kind.PPPOED}, {"pppoes", Kind.PPPOES},
      {"geneve", Kind.GENEVE}, {"lane", Kind.LANE}, {"llc", Kind.LLC}, {"metac", Kind.METAC},
      {"bcc", Kind.BCC}, {"oam", Kind.OAM}, {"oamf4", Kind.OAMF4}, {"oamf4ec", Kind.OAMF4EC},
      {"oamf4sc", Kind.OAMF4SC}, {"sc", Kind.SC}, {"ilmic", Kind.ILMIC}, {"vpi", Kind.VPI},
      {"vci", Kind.VCI}, {"connectmsg", Kind.CONNECTMSG}, {"metaconnect", Kind.METACONNECT},
      {"on", Kind.PF_IFNAME}, {"ifname", Kind.PF_IFNAME}, {"rset", Kind.PF_RSET},
      {"ruleset", Kind.PF_RSET}, {"rnr", Kind.PF_RNR}, {"rulenum", Kind.PF_RNR},
      {"srnr", Kind.PF_SRNR}, {"subrulenum", Kind.PF_SRNR}, {"reason", Kind.PF_REASON},
      {"action", Kind.PF_ACTION}, {"fisu", Kind.FISU}, {"lssu", Kind.LSSU}, {"lsu", Kind.LSSU},
      {"msu", Kind.MSU}, {"hfisu", Kind.HFISU}, {"hlssu", Kind.HLSSU}, {"hmsu", Kind.HMSU},
      {"sio", Kind.SIO}, {"opc", Kind.OPC}, {"dpc", Kind.DPC}, {"sls", Kind.SLS},
      {"hsio", Kind.HSIO}, {"hopc", Kind.HOPC}, {"hdpc", Kind.HDPC}, {"hsls", Kind.HSLS},
    };
    for (Object[] e : t) m.put((String) e[0], (Kind) e[1]);
    return Map.copyOf(m);
  }

  private static Map<String, Long> constants() {
    Map<String, Long> m = new HashMap<>();
    String[] icmp = {"icmptype:0", "icmpcode:1", "icmp-echoreply:0", "icmp-unreach:3",
      "icmp-sourcequench:4", "icmp-redirect:5", "icmp-echo:8", "icmp-routeradvert:9",
      "icmp-routersolicit:10", "icmp-timxceed:11", "icmp-paramprob:12", "icmp-tstamp:13",
      "icmp-tstampreply:14", "icmp-ireq:15", "icmp-ireqreply:16", "icmp-maskreq:17",
      "icmp-maskreply:18", "icmp6type:0", "icmp6code:1", "icmp6-destinationunreach:1",
      "icmp6-packettoobig:2", "icmp6-timeexceeded:3", "icmp6-parameterproblem:4",
      "icmp6-echo:128", "icmp6-echoreply:129", "icmp6-multicastlistenerquery:130",
      "icmp6-multicastlistenerreportv1:131", "icmp6-multicastlistenerdone:132",
      "icmp6-routersolicit:133", "icmp6-routeradvert:134", "icmp6-neighborsolicit:135",
      "icmp6-neighboradvert:136", "icmp6-redirect:137", "icmp6-routerrenum:138",
      "icmp6-nodeinformationquery:139", "icmp6-nodeinformationresponse:140",
      "icmp6-ineighbordiscoverysolicit:141", "icmp6-ineighbordiscoveryadvert:142",
      "icmp6-multicastlistenerreportv2:143", "icmp6-homeagentdiscoveryrequest:144",
      "icmp6-homeagentdiscoveryreply:145", "icmp6-mobileprefixsolicit:146",
      "icmp6-mobileprefixadvert:147", "icmp6-certpathsolicit:148", "icmp6-certpathadvert:149",
      "icmp6-multicastrouteradvert:151", "icmp6-multicastroutersolicit:152",
      "icmp6-multicastrouterterm:153", "tcpflags:13", "tcp-fin:1", "tcp-syn:2", "tcp-rst:4",
      "tcp-push:8", "tcp-ack:16", "tcp-urg:32", "tcp-ece:64", "tcp-cwr:128"};
    for (String e : icmp) {
      int c = e.indexOf(':');
      m.put(e.substring(0, c), Long.parseLong(e.substring(c + 1)));
    }
    return Map.copyOf(m);
  }
}
