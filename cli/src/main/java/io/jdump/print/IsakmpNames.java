package io.jdump.print;

/** ISAKMP and IKEv2 names, as tcpdump's print-isakmp.c tables spell them. */
final class IsakmpNames {
  private IsakmpNames() { }

  static final String[] PROTO = {null, "isakmp", "ipsec-ah", "ipsec-esp", "ipcomp"};

  static final String[] PAYLOAD = {"none", "sa", "p", "t", "ke", "id", "cert", "cr", "hash",
    "sig", "nonce", "n", "d", "vid", "pay14", "pay15", "pay16", "pay17", "pay18", "pay19",
    "pay20", "pay21", "pay22", "pay23", "pay24", "pay25", "pay26", "pay27", "pay28", "pay29",
    "pay30", "pay31", "pay32", "v2sa", "v2ke", "v2IDi", "v2IDr", "v2cert", "v2cr", "v2auth",
    "v2nonce", "v2n", "v2d", "v2vid", "v2TSi", "v2TSr", "v2e", "v2cp", "v2eap"};

  static final String[] EXCHANGE = new String[38];

  static {
    String[] v1 = {"none", "base", "ident", "auth", "agg", "inf"};
    System.arraycopy(v1, 0, EXCHANGE, 0, v1.length);
    EXCHANGE[32] = "oakley-quick";
    EXCHANGE[33] = "oakley-newgroup";
    EXCHANGE[34] = "ikev2_init";
    EXCHANGE[35] = "ikev2_auth";
    EXCHANGE[36] = "child_sa";
    EXCHANGE[37] = "inf2";
  }

  static final String[] V1_P = {null, "ike"};
  static final String[] V2_T_TYPE = {null, "encr", "prf", "integ", "dh", "esn"};
  static final String[] AH = {null, "(reserved)", "md5", "sha", "1des", "sha2-256", "sha2-384",
    "sha2-512"};
  static final String[] PRF = {null, "hmac-md5", "hmac-sha", "hmac-tiger", "aes128_xcbc"};
  static final String[] INTEG = {null, "hmac-md5", "hmac-sha", "dec-mac", "kpdk-md5", "aes-xcbc"};
  static final String[] ESN = {"no-esn", "esn"};
  static final String[] DH = {null, "modp768", "modp1024", "EC2N 2^155", "EC2N 2^185",
    "modp1536", "iana-grp06", "iana-grp07", "iana-grp08", "iana-grp09", "iana-grp10",
    "iana-grp11", "iana-grp12", "iana-grp13", "modp2048", "modp3072", "modp4096", "modp6144",
    "modp8192"};
  static final String[] ESP = {null, "1des-iv64", "1des", "3des", "rc5", "idea", "cast",
    "blowfish", "3idea", "1des-iv32", "rc4", "null", "aes"};
  static final String[] IPCOMP = {null, "oui", "deflate", "lzs"};
  static final String[] CERT = {"none", "pkcs7", "pgp", "dns", "x509sign", "x509ke",
    "kerberos", "crl", "arl", "spki", "x509attr"};
  static final String[] IPSEC_ID = {null, "IPv4", "FQDN", "user FQDN", "IPv4net", "IPv6",
    "IPv6net", "IPv4range", "IPv6range", "ASN1 DN", "ASN1 GN", "keyid"};
  static final String[] NOTIFY_ERROR = {null, "INVALID-PAYLOAD-TYPE", "DOI-NOT-SUPPORTED",
    "SITUATION-NOT-SUPPORTED", "INVALID-COOKIE", "INVALID-MAJOR-VERSION",
    "INVALID-MINOR-VERSION", "INVALID-EXCHANGE-TYPE", "INVALID-FLAGS", "INVALID-MESSAGE-ID",
    "INVALID-PROTOCOL-ID", "INVALID-SPI", "INVALID-TRANSFORM-ID", "ATTRIBUTES-NOT-SUPPORTED",
    "NO-PROPOSAL-CHOSEN", "BAD-PROPOSAL-SYNTAX", "PAYLOAD-MALFORMED", "INVALID-KEY-INFORMATION",
    "INVALID-ID-INFORMATION", "INVALID-CERT-ENCODING", "INVALID-CERTIFICATE",
    "CERT-TYPE-UNSUPPORTED", "INVALID-CERT-AUTHORITY", "INVALID-HASH-INFORMATION",
    "AUTHENTICATION-FAILED", "INVALID-SIGNATURE", "ADDRESS-NOTIFICATION", "NOTIFY-SA-LIFETIME",
    "CERTIFICATE-UNAVAILABLE", "UNSUPPORTED-EXCHANGE-TYPE", "UNEQUAL-PAYLOAD-LENGTHS"};
  static final String[] IPSEC_NOTIFY_ERROR = {"RESERVED"};
  static final String[] NOTIFY_STATUS = {"CONNECTED"};
  static final String[] IPSEC_NOTIFY_STATUS = {"RESPONDER-LIFETIME", "REPLAY-STATUS",
    "INITIAL-CONTACT"};
  static final String[] V2_AUTH = {"invalid", "rsasig", "shared-secret", "dsssig"};

  /** The attribute maps name only the first 18 groups (tcpdump's nvalue), not modp8192. */
  private static final String[] DH18 = java.util.Arrays.copyOf(DH, 18);

  /** An attribute map: the type's name and its value names. */
  record Attr(String type, String... values) { }

  static final Attr[] IPSEC_T = {null, new Attr("lifetype", null, "sec", "kb"),
    new Attr("life"), new Attr("group desc", DH18), new Attr("enc mode", null, "tunnel",
    "transport"), new Attr("auth", null, "hmac-md5", "hmac-sha1", "1des-mac", "keyed"),
    new Attr("keylen"), new Attr("rounds"), new Attr("dictsize"), new Attr("privalg")};

  static final Attr[] ENCR_T = new Attr[15];

  static {
    ENCR_T[14] = new Attr("keylen");
  }

  static final Attr[] OAKLEY_T = {null, new Attr("enc", null, "1des", "idea", "blowfish",
    "rc5", "3des", "cast", "aes"), new Attr("hash", null, "md5", "sha1", "tiger", "sha2-256",
    "sha2-384", "sha2-512"), new Attr("auth", null, "preshared", "dss", "rsa sig", "rsa enc",
    "rsa enc revised"), new Attr("group desc", DH18), new Attr("group type", null, "MODP", "ECP",
    "EC2N"), new Attr("group prime"), new Attr("group gen1"), new Attr("group gen2"),
    new Attr("group curve A"), new Attr("group curve B"), new Attr("lifetype", null, "sec",
    "kb"), new Attr("lifeduration"), new Attr("prf"), new Attr("keylen"), new Attr("field"),
    new Attr("order")};

  /** tcpdump's STR_OR_ID: the table's name, else {@code #x}. */
  static void strOrId(StringBuilder sb, int x, String[] tab) {
    if (x >= 0 && x < tab.length && tab[x] != null) sb.append(tab[x]);
    else sb.append('#').append(x & 0xffffffffL);
  }

  /** tcpdump's IKEv2 notify names; null for none. */
  static String v2Notify(int type) {
    return switch (type) {
      case 1 -> "unsupported_critical_payload";
      case 4 -> "invalid_ike_spi";
      case 5 -> "invalid_major_version";
      case 7 -> "invalid_syntax";
      case 9 -> "invalid_message_id";
      case 11 -> "invalid_spi";
      case 14 -> "no_protocol_chosen";
      case 17 -> "invalid_ke_payload";
      case 24 -> "authentication_failed";
      case 34 -> "single_pair_required";
      case 35 -> "no_additional_sas";
      case 36 -> "internal_address_failure";
      case 37 -> "failed:cp_required";
      case 39 -> "invalid_selectors";
      case 16384 -> "initial_contact";
      case 16385 -> "set_window_size";
      case 16386 -> "additional_ts_possible";
      case 16387 -> "ipcomp_supported";
      case 16388 -> "nat_detection_source_ip";
      case 16389 -> "nat_detection_destination_ip";
      case 16390 -> "cookie";
      case 16391 -> "use_transport_mode";
      case 16392 -> "http_cert_lookup_supported";
      case 16393 -> "rekey_sa";
      case 16394 -> "tfc_padding_not_supported";
      case 16395 -> "non_first_fragment_also";
      default -> type < 8192 ? "error" : type < 16384 ? "private-error" : type < 40960
          ? "status" : "private-status";
    };
  }

  /** Whether tcpdump shows the SPI of an IKEv2 notify of this type. */
  static boolean v2NotifyShowsSpi(int type) {
    return switch (type) {
      case 1, 5, 35, 36, 37, 39, 16384, 16385, 16386, 16387, 16391, 16392, 16394, 16395 -> false;
      default -> true;
    };
  }
}
