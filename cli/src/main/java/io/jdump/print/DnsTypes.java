package io.jdump.print;

/** tcpdump 4.99's names for DNS record types ({@code ns_type2str}); others print as TypeN. */
final class DnsTypes {
  private DnsTypes() {}

  static String name(int t) {
    return switch (t) {
      case 1 -> "A";
      case 2 -> "NS";
      case 3 -> "MD";
      case 4 -> "MF";
      case 5 -> "CNAME";
      case 6 -> "SOA";
      case 7 -> "MB";
      case 8 -> "MG";
      case 9 -> "MR";
      case 10 -> "NULL";
      case 11 -> "WKS";
      case 12 -> "PTR";
      case 13 -> "HINFO";
      case 14 -> "MINFO";
      case 15 -> "MX";
      case 16 -> "TXT";
      case 17 -> "RP";
      case 18 -> "AFSDB";
      case 19 -> "X25";
      case 20 -> "ISDN";
      case 21 -> "RT";
      case 22 -> "NSAP";
      case 23 -> "NSAP_PTR";
      case 24 -> "SIG";
      case 25 -> "KEY";
      case 26 -> "PX";
      case 27 -> "GPOS";
      case 28 -> "AAAA";
      case 29 -> "LOC";
      case 30 -> "NXT";
      case 31 -> "EID";
      case 32 -> "NIMLOC";
      case 33 -> "SRV";
      case 34 -> "ATMA";
      case 35 -> "NAPTR";
      case 36 -> "KX";
      case 37 -> "CERT";
      case 38 -> "A6";
      case 39 -> "DNAME";
      case 40 -> "SINK";
      case 41 -> "OPT";
      case 42 -> "APL";
      case 43 -> "DS";
      case 44 -> "SSHFP";
      case 45 -> "IPSECKEY";
      case 46 -> "RRSIG";
      case 47 -> "NSEC";
      case 48 -> "DNSKEY";
      case 99 -> "SPF";
      case 100 -> "UINFO";
      case 101 -> "UID";
      case 102 -> "GID";
      case 103 -> "UNSPEC";
      case 104 -> "UNSPECA";
      case 249 -> "TKEY";
      case 250 -> "TSIG";
      case 251 -> "IXFR";
      case 252 -> "AXFR";
      case 253 -> "MAILB";
      case 254 -> "MAILA";
      case 255 -> "ANY";
      case 256 -> "URI";
      default -> null;
    };
  }
}
