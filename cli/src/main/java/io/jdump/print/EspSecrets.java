package io.jdump.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.Cipher;
import javax.crypto.spec.ChaCha20ParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.RC2ParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * tcpdump's {@code -E}: the security associations of print-esp.c, read from the spec (and the
 * files it names) when the first ESP or ISAKMP packet asks, with tcpdump's warnings and errors,
 * and the decryption, through javax.crypto. The algorithm names are OpenSSL's, looked up as
 * tcpdump 4.99.3 looks them up: an optional {@code -hmac96} suffix taken off (a 12-byte
 * authenticator), then an optional {@code -cbc}, then the rest found in OpenSSL 3's cipher
 * table without regard to case ({@code 3des} added). A name OpenSSL knows but the JDK has no
 * cipher for (CAST5, Camellia, ARIA, SEED, SM4, GCM, XTS...) is reported once and its SA left
 * out, so its packets print as tcpdump prints those it cannot decrypt.
 *
 * <p>One {@link Cipher} per SA, made on its first packet and initialized again per packet
 * (the IV changes): nothing here runs without {@code -E}.
 */
final class EspSecrets {
  /** A cipher as OpenSSL's EVP_CIPHER describes it, and the JDK's transformation for it. */
  record Algo(String transformation, String keyAlgorithm, int keyLen, int ivLen, int blockSize,
      int rc2Bits, boolean twoKey) {}

  /** An SA: tcpdump's struct sa_list. */
  static final class Sa {
    long spi;
    int daddrVersion;
    final byte[] daddr = new byte[16];
    int initiator;
    final byte[] spii = new byte[8];
    final byte[] spir = new byte[8];
    Algo algo;
    String algoName;
    int ivLen;
    int authLen;
    final byte[] secret = new byte[256];
    int secretLen;
    private Cipher cipher;
    private SecretKeySpec key;
    private boolean broken;
  }

  /** OpenSSL 3's cipher names (lower case) that tcpdump 4.99.3 finds; null: the JDK has none. */
  private static final Map<String, Algo> NAMES = names();

  private final String spec;
  private final Consumer<String> warnings;
  private boolean parsed;
  /** Newest first, as tcpdump's list: the last SA given for an address and SPI wins. */
  private final List<Sa> sas = new ArrayList<>();
  private Sa defaultSa;

  EspSecrets(String spec, Consumer<String> warnings) {
    this.spec = spec;
    this.warnings = warnings;
  }

  /** {@return whether any SA was read}, reading the spec the first time (esp_decodesecret_print). */
  boolean ready() {
    if (!parsed) {
      parsed = true;
      String p = spec;
      int at = 0;
      while (at < p.length()) {
        int end = at;
        while (end < p.length() && p.charAt(end) != '\n' && p.charAt(end) != ',') end++;
        oneSecret(p.substring(at, end), "cmdline", 0);
        at = end + 1;
      }
    }
    return !sas.isEmpty();
  }

  /** {@return the SA for an ESP packet with this SPI to this address, else the default one} */
  Sa find(long spi, int version, byte[] b, int daddr) {
    int n = version == 6 ? 16 : 4;
    for (Sa sa : sas) {
      if (sa.spi == spi && sa.daddrVersion == version && same(sa.daddr, b, daddr, n)) return sa;
    }
    return defaultSa;
  }

  /** {@return the SA for an IKEv2 message with these cookies, or null} */
  Sa findIkev2(int initiator, byte[] b, int cookies) {
    for (Sa sa : sas) {
      if (sa.spi == 0 && sa.initiator == initiator && same(sa.spii, b, cookies, 8)
          && same(sa.spir, b, cookies + 8, 8)) {
        return sa;
      }
    }
    return null;
  }

  private static boolean same(byte[] a, byte[] b, int at, int n) {
    for (int i = 0; i < n; i++) if (a[i] != b[at + i]) return false;
    return true;
  }

  /**
   * tcpdump's do_decrypt: ctLen bytes at ct decrypted with the IV at iv into out at outAt;
   * {@return false, after tcpdump's warning, when the length is not a multiple of the block}
   */
  boolean decrypt(String caller, Sa sa, byte[] b, int iv, int ct, int ctLen, byte[] out,
      int outAt) {
    Algo a = sa.algo;
    if (ctLen % a.blockSize() != 0) {
      warnings.accept(caller + ": ciphertext size " + ctLen
          + " is not a multiple of the cipher block size " + a.blockSize());
      return false;
    }
    if (sa.broken) return false;
    try {
      if (sa.cipher == null) {
        sa.cipher = Cipher.getInstance(a.transformation());
        byte[] k = new byte[a.keyLen() + (a.twoKey() ? 8 : 0)];
        System.arraycopy(sa.secret, 0, k, 0, a.keyLen());
        if (a.twoKey()) System.arraycopy(sa.secret, 0, k, 16, 8); // EDE with K3 = K1
        sa.key = new SecretKeySpec(k, a.keyAlgorithm());
      }
      if (a.ivLen() == 0) {
        sa.cipher.init(Cipher.DECRYPT_MODE, sa.key);
      } else if (a.keyAlgorithm().equals("ChaCha20")) {
        // OpenSSL's 16-byte IV: a little-endian block counter, then the 12-byte nonce
        int counter = (b[iv] & 0xff) | (b[iv + 1] & 0xff) << 8 | (b[iv + 2] & 0xff) << 16
            | (b[iv + 3] & 0xff) << 24;
        byte[] nonce = new byte[12];
        System.arraycopy(b, iv + 4, nonce, 0, 12);
        sa.cipher.init(Cipher.DECRYPT_MODE, sa.key, new ChaCha20ParameterSpec(nonce, counter));
      } else if (a.rc2Bits() > 0) {
        sa.cipher.init(Cipher.DECRYPT_MODE, sa.key, new RC2ParameterSpec(a.rc2Bits(), b, iv));
      } else {
        sa.cipher.init(Cipher.DECRYPT_MODE, sa.key, new IvParameterSpec(b, iv, a.ivLen()));
      }
      if (ctLen > 0) sa.cipher.doFinal(b, ct, ctLen, out, outAt);
      return true;
    } catch (GeneralSecurityException | RuntimeException e) {
      // a key the JDK refuses (a DES weak key check, say): tcpdump's "espkey init failed"
      sa.broken = true;
      warnings.accept(caller + ": espkey init failed");
      return false;
    }
  }

  // ---- reading the secrets: esp_print_decode_onesecret and its helpers ----

  private void oneSecret(String line, String file, int lineno) {
    Sa sa = new Sa();
    boolean isDefault = false;
    int sep = firstOf(line, " \t", 0);
    String spikey;
    String decode;
    String rest = sep < 0 ? null : line.substring(sep + 1);
    if (rest == null) {
      // only one token: an algo:key for any SA
      decode = line;
      spikey = null;
      isDefault = true;
    } else {
      spikey = line.substring(0, sep);
      decode = rest;
    }
    if (spikey != null && spikey.equalsIgnoreCase("file")) {
      readFile(rest);
      return;
    }
    if (spikey != null && spikey.equalsIgnoreCase("ikev2")) {
      ikeLine(rest, file, lineno);
      return;
    }
    if (spikey != null) {
      int at = spikey.indexOf('@');
      String spistr = at < 0 ? spikey : spikey.substring(0, at);
      String addr = at < 0 ? null : spikey.substring(at + 1);
      int[] used = new int[1];
      long spi = strtoul(spistr, used);
      if (used[0] == 0 || addr == null) {
        warnings.accept("print_esp: failed to decode spi# " + spistr.substring(used[0]));
        return;
      }
      sa.spi = spi & 0xffffffffL;
      if (strtoaddr6(addr, sa.daddr)) {
        sa.daddrVersion = 6;
      } else if (strtoaddr(addr, sa.daddr, 0)) {
        sa.daddrVersion = 4;
      } else {
        warnings.accept("print_esp: can not decode IP# " + addr);
        return;
      }
    }
    int i = 0;
    while (i < decode.length() && " \t\r\n".indexOf(decode.charAt(i)) >= 0) i++;
    if (!encAlgo(decode.substring(i), sa)) return;
    addSa(sa, isDefault);
  }

  private void addSa(Sa sa, boolean isDefault) {
    if (isDefault) defaultSa = sa;
    sas.add(0, sa);
  }

  private static int firstOf(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) if (chars.indexOf(s.charAt(i)) >= 0) return i;
    return -1;
  }

  /** "file NAME": a line at a time, as fgets with tcpdump's 1024-byte buffer reads them. */
  private void readFile(String name) {
    byte[] bytes;
    // fopen("") fails where Path.of("") would name the working directory
    if (name.isEmpty()) throw cannotOpen(name, "No such file or directory");
    try {
      bytes = Files.readAllBytes(Path.of(name));
    } catch (NoSuchFileException e) {
      throw cannotOpen(name, "No such file or directory");
    } catch (AccessDeniedException e) {
      throw cannotOpen(name, "Permission denied");
    } catch (IOException | RuntimeException e) {
      if (Files.isDirectory(Path.of(name))) return; // fopen succeeds, the first read fails
      throw cannotOpen(name, e.getMessage() == null ? e.toString() : e.getMessage());
    }
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int lineno = 0;
    int at = 0;
    while (at < text.length()) {
      // fgets(fileline, sizeof(fileline)-1): at most 1022 characters, newline included
      int end = at;
      while (end < text.length() && end - at < 1022) {
        if (text.charAt(end++) == '\n') break;
      }
      String line = text.substring(at, end);
      at = end;
      lineno++;
      int nl = line.indexOf('\n');
      if (nl >= 0) line = line.substring(0, nl);
      int nul = line.indexOf('\0'); // C strings end there
      if (nul >= 0) line = line.substring(0, nul);
      if (line.isEmpty() || line.charAt(0) == '#') continue;
      oneSecret(line, name, lineno);
    }
  }

  private static EspSecretException cannotOpen(String name, String why) {
    return new EspSecretException("esp_print_decode_onesecret: can't open " + name + ": " + why,
        EspSecretException.OPEN_FILE);
  }

  /** "ikev2 I|R 0xICOOKIE 0xRCOOKIE authalgo:key encalgo:key": esp_print_decode_ikeline. */
  private void ikeLine(String line, String file, int lineno) {
    String[] f = new String[5];
    int at = 0;
    int n = 0;
    while (n < 5 && line != null) {
      int sep = firstOf(line, " \t", at);
      if (sep < 0) {
        f[n++] = line.substring(at);
        line = null;
      } else {
        f[n++] = line.substring(at, sep);
        at = sep + 1;
      }
    }
    if (n < 5) {
      warnings.accept("print_esp: failed to find all fields for ikev2 at " + file + ":" + lineno);
      return;
    }
    String init = f[0];
    String icookie = f[1];
    String rcookie = f[2];
    if ((!init.startsWith("I") && !init.startsWith("R")) || !icookie.startsWith("0x")
        || !rcookie.startsWith("0x") || icookie.length() != 18 || rcookie.length() != 18) {
      warnings.accept("print_esp: line " + file + ":" + lineno + " improperly formatted.");
      warnings.accept("init=" + init + " icookie=" + icookie + "(" + icookie.length()
          + ") rcookie=" + rcookie + "(" + rcookie.length() + ")");
      return;
    }
    Sa sa = new Sa();
    sa.spi = 0;
    sa.initiator = init.charAt(0) == 'I' ? 1 : 0;
    if (decodeHex(sa.spii, icookie.substring(2)) != 8) return;
    if (decodeHex(sa.spir, rcookie.substring(2)) != 8) return;
    if (!encAlgo(f[4], sa)) return;
    // espprint_decode_authalgo: only sha1 and md5 are known, both 12 bytes
    String auth = f[3];
    int colon = auth.indexOf(':');
    if (colon < 0) {
      warnings.accept("failed to decode espsecret: " + auth);
      return;
    }
    String name = auth.substring(0, colon);
    if (name.equalsIgnoreCase("sha1") || name.equalsIgnoreCase("md5")) sa.authLen = 12;
    addSa(sa, false);
  }

  /** espprint_decode_encalgo: "name[-cbc][-hmac96]:secret". */
  private boolean encAlgo(String decode, Sa sa) {
    int colon = decode.indexOf(':');
    if (colon < 0) {
      warnings.accept("failed to decode espsecret: " + decode);
      return false;
    }
    String name = decode.substring(0, colon);
    int authLen = 0;
    if (name.length() > 7 && name.endsWith("-hmac96")) {
      name = name.substring(0, name.indexOf("-hmac96"));
      authLen = 12;
    }
    if (name.length() > 4 && name.endsWith("-cbc")) name = name.substring(0, name.indexOf("-cbc"));
    String key = name.toLowerCase(Locale.ROOT);
    if (!NAMES.containsKey(key)) {
      warnings.accept("failed to find cipher algo " + name);
      return false;
    }
    Algo algo = NAMES.get(key);
    if (algo == null) {
      warnings.accept("cipher algo " + name
          + " has no implementation in this Java runtime; its packets are not decrypted");
      return false;
    }
    sa.algo = algo;
    sa.algoName = name;
    sa.authLen = authLen;
    sa.ivLen = algo.ivLen();
    String secret = decode.substring(colon + 1);
    if (secret.startsWith("0x")) {
      sa.secretLen = decodeHex(sa.secret, secret.substring(2));
      return sa.secretLen != 0;
    }
    byte[] raw = secret.getBytes(StandardCharsets.ISO_8859_1);
    sa.secretLen = Math.min(raw.length, sa.secret.length);
    System.arraycopy(raw, 0, sa.secret, 0, sa.secretLen);
    return true;
  }

  /** espprint_decode_hex: {@return the bytes decoded, 0 when too many}; a bad digit stops. */
  private int decodeHex(byte[] into, String hex) {
    int len = hex.length() / 2;
    if (len > into.length) {
      warnings.accept("secret is too big: " + len);
      return 0;
    }
    int i = 0;
    while (2 * i + 1 < hex.length()) {
      into[i] = (byte) (hexDigit(hex.charAt(2 * i)) << 4 | hexDigit(hex.charAt(2 * i + 1)));
      i++;
    }
    return i;
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    throw new EspSecretException("invalid hex digit " + c + " in espsecret",
        EspSecretException.ESP_SECRET);
  }

  /** C's strtoul(s, &end, 0), wrapped to 64 bits; used[0] is how far it read, 0 for nothing. */
  static long strtoul(String s, int[] used) {
    int i = 0;
    while (i < s.length() && " \t\n\r\f\u000b".indexOf(s.charAt(i)) >= 0) i++;
    boolean negative = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      negative = s.charAt(i) == '-';
      i++;
    }
    int base = 10;
    if (i + 1 < s.length() && s.charAt(i) == '0' && (s.charAt(i + 1) | 0x20) == 'x'
        && i + 2 < s.length() && Character.digit(s.charAt(i + 2), 16) >= 0) {
      base = 16;
      i += 2;
    } else if (i < s.length() && s.charAt(i) == '0') {
      base = 8;
    }
    int digits = i;
    long v = 0;
    boolean overflow = false;
    while (i < s.length()) {
      char c = s.charAt(i);
      int d = c < 0x80 ? Character.digit(c, base) : -1;
      if (d < 0) break;
      long next = v * base + d;
      if (Long.compareUnsigned(v, Long.divideUnsigned(-1L - d, base)) > 0) overflow = true;
      v = next;
      i++;
    }
    if (i == digits) {
      used[0] = 0;
      return 0;
    }
    used[0] = i;
    if (overflow) return -1L;
    return negative ? -v : v;
  }

  /** tcpdump's strtoaddr: a dotted quad only, no octal, into b at at. */
  static boolean strtoaddr(String s, byte[] b, int at) {
    int i = 0;
    long[] parts = new long[4];
    int n = 0;
    long val;
    char c = i < s.length() ? s.charAt(i) : 0;
    for (;;) {
      if (c < '0' || c > '9') return false;
      val = 0;
      if (c == '0') {
        i++;
        c = i < s.length() ? s.charAt(i) : 0;
        if (c == 'x' || c == 'X') return false;
        if (c >= '0' && c <= '8') return false;
      }
      while (c >= '0' && c <= '9') {
        val = (val * 10 + (c - '0')) & 0xffffffffL;
        i++;
        c = i < s.length() ? s.charAt(i) : 0;
      }
      if (c == '.') {
        if (n >= 3) return false;
        parts[n++] = val;
        i++;
        c = i < s.length() ? s.charAt(i) : 0;
      } else {
        break;
      }
    }
    if (c != 0 && c != ' ' && c != '\t') return false;
    if (n != 3) return false;
    if ((parts[0] | parts[1] | parts[2] | val) > 0xff) return false;
    b[at] = (byte) parts[0];
    b[at + 1] = (byte) parts[1];
    b[at + 2] = (byte) parts[2];
    b[at + 3] = (byte) val;
    return true;
  }

  /** tcpdump's strtoaddr6 (BIND's inet_pton6). */
  static boolean strtoaddr6(String s, byte[] dst) {
    byte[] tmp = new byte[16];
    int tp = 0;
    int colonp = -1;
    int i = 0;
    if (i < s.length() && s.charAt(i) == ':') {
      i++;
      if (i >= s.length() || s.charAt(i) != ':') return false;
    }
    int curtok = i;
    int seen = 0;
    int val = 0;
    while (i < s.length()) {
      char ch = s.charAt(i++);
      if (ch == 0) break;
      int d = ch < 0x80 ? Character.digit(ch, 16) : -1;
      if (d >= 0) {
        val = val << 4 | d;
        if (++seen > 4) return false;
        continue;
      }
      if (ch == ':') {
        curtok = i;
        if (seen == 0) {
          if (colonp >= 0) return false;
          colonp = tp;
          continue;
        } else if (i >= s.length()) {
          return false;
        }
        if (tp + 2 > 16) return false;
        tmp[tp++] = (byte) (val >> 8);
        tmp[tp++] = (byte) val;
        seen = 0;
        val = 0;
        continue;
      }
      if (ch == '.' && tp + 4 <= 16 && strtoaddr(s.substring(curtok), tmp, tp)) {
        tp += 4;
        seen = 0;
        break;
      }
      return false;
    }
    if (seen > 0) {
      if (tp + 2 > 16) return false;
      tmp[tp++] = (byte) (val >> 8);
      tmp[tp++] = (byte) val;
    }
    if (colonp >= 0) {
      int n = tp - colonp;
      if (tp == 16) return false;
      for (int k = 1; k <= n; k++) {
        tmp[16 - k] = tmp[colonp + n - k];
        tmp[colonp + n - k] = 0;
      }
      tp = 16;
    }
    if (tp != 16) return false;
    System.arraycopy(tmp, 0, dst, 0, 16);
    return true;
  }

  // ---- the cipher table ----

  private static Map<String, Algo> names() {
    Map<String, Algo> m = new HashMap<>();
    String known = "3des aes-128-cbc aes-128-cbc-hmac-sha1 aes-128-cbc-hmac-sha256 aes-128-cfb"
        + " aes-128-cfb1 aes-128-cfb8 aes-128-ctr aes-128-ecb aes-128-ocb aes-128-ofb aes-128-xts"
        + " aes-192-cbc aes-192-cfb aes-192-cfb1 aes-192-cfb8 aes-192-ctr aes-192-ecb aes-192-ocb"
        + " aes-192-ofb aes-256-cbc aes-256-cbc-hmac-sha1 aes-256-cbc-hmac-sha256 aes-256-cfb"
        + " aes-256-cfb1 aes-256-cfb8 aes-256-ctr aes-256-ecb aes-256-ocb aes-256-ofb aes-256-xts"
        + " aes128 aes128-wrap aes192 aes192-wrap aes256 aes256-wrap aria-128-cbc aria-128-ccm"
        + " aria-128-cfb aria-128-cfb1 aria-128-cfb8 aria-128-ctr aria-128-ecb aria-128-gcm"
        + " aria-128-ofb aria-192-cbc aria-192-ccm aria-192-cfb aria-192-cfb1 aria-192-cfb8"
        + " aria-192-ctr aria-192-ecb aria-192-gcm aria-192-ofb aria-256-cbc aria-256-ccm"
        + " aria-256-cfb aria-256-cfb1 aria-256-cfb8 aria-256-ctr aria-256-ecb aria-256-gcm"
        + " aria-256-ofb aria128 aria192 aria256 bf bf-cbc bf-cfb bf-ecb bf-ofb blowfish"
        + " camellia-128-cbc camellia-128-cfb camellia-128-cfb1 camellia-128-cfb8"
        + " camellia-128-ctr camellia-128-ecb camellia-128-ofb camellia-192-cbc camellia-192-cfb"
        + " camellia-192-cfb1 camellia-192-cfb8 camellia-192-ctr camellia-192-ecb"
        + " camellia-192-ofb camellia-256-cbc camellia-256-cfb camellia-256-cfb1"
        + " camellia-256-cfb8 camellia-256-ctr camellia-256-ecb camellia-256-ofb camellia128"
        + " camellia192 camellia256 cast cast-cbc cast5-cbc cast5-cfb cast5-ecb cast5-ofb"
        + " chacha20 chacha20-poly1305 des des-cbc des-cfb des-cfb1 des-cfb8 des-ecb des-ede"
        + " des-ede-cbc des-ede-cfb des-ede-ecb des-ede-ofb des-ede3 des-ede3-cbc des-ede3-cfb"
        + " des-ede3-cfb1 des-ede3-cfb8 des-ede3-ecb des-ede3-ofb des-ofb des3 des3-wrap desx"
        + " desx-cbc id-aes128-ccm id-aes128-gcm id-aes128-wrap id-aes128-wrap-pad id-aes192-ccm"
        + " id-aes192-gcm id-aes192-wrap id-aes192-wrap-pad id-aes256-ccm id-aes256-gcm"
        + " id-aes256-wrap id-aes256-wrap-pad id-smime-alg-cms3deswrap rc2 rc2-128 rc2-40"
        + " rc2-40-cbc rc2-64 rc2-64-cbc rc2-cbc rc2-cfb rc2-ecb rc2-ofb rc4 rc4-40 rc4-hmac-md5"
        + " seed seed-cbc seed-cfb seed-ecb seed-ofb sm4 sm4-cbc sm4-cfb sm4-ctr sm4-ecb sm4-ofb";
    for (String n : known.split(" ")) m.put(n, null);
    for (int bits : new int[] {128, 192, 256}) {
      int k = bits / 8;
      Algo cbc = block("AES/CBC", "AES", k, 16, 16);
      m.put("aes-" + bits + "-cbc", cbc);
      m.put("aes" + bits, cbc);
      m.put("aes-" + bits + "-ecb", block("AES/ECB", "AES", k, 0, 16));
      m.put("aes-" + bits + "-ctr", block("AES/CTR", "AES", k, 16, 1));
      m.put("aes-" + bits + "-cfb", block("AES/CFB", "AES", k, 16, 1));
      m.put("aes-" + bits + "-cfb8", block("AES/CFB8", "AES", k, 16, 1));
      m.put("aes-" + bits + "-ofb", block("AES/OFB", "AES", k, 16, 1));
    }
    Algo desCbc = block("DES/CBC", "DES", 8, 8, 8);
    m.put("des", desCbc);
    m.put("des-cbc", desCbc);
    m.put("des-ecb", block("DES/ECB", "DES", 8, 0, 8));
    m.put("des-cfb", block("DES/CFB", "DES", 8, 8, 1));
    m.put("des-cfb8", block("DES/CFB8", "DES", 8, 8, 1));
    m.put("des-ofb", block("DES/OFB", "DES", 8, 8, 1));
    Algo ede3Cbc = block("DESede/CBC", "DESede", 24, 8, 8);
    m.put("des-ede3-cbc", ede3Cbc);
    m.put("des3", ede3Cbc);
    m.put("3des", ede3Cbc);
    Algo ede3 = block("DESede/ECB", "DESede", 24, 0, 8);
    m.put("des-ede3", ede3);
    m.put("des-ede3-ecb", ede3);
    m.put("des-ede3-cfb", block("DESede/CFB", "DESede", 24, 8, 1));
    m.put("des-ede3-cfb8", block("DESede/CFB8", "DESede", 24, 8, 1));
    m.put("des-ede3-ofb", block("DESede/OFB", "DESede", 24, 8, 1));
    m.put("des-ede-cbc", twoKey("DESede/CBC", 8, 8));
    Algo ede = twoKey("DESede/ECB", 0, 8);
    m.put("des-ede", ede);
    m.put("des-ede-ecb", ede);
    m.put("des-ede-cfb", twoKey("DESede/CFB", 8, 1));
    m.put("des-ede-ofb", twoKey("DESede/OFB", 8, 1));
    Algo bf = block("Blowfish/CBC", "Blowfish", 16, 8, 8);
    m.put("bf", bf);
    m.put("bf-cbc", bf);
    m.put("blowfish", bf);
    m.put("bf-ecb", block("Blowfish/ECB", "Blowfish", 16, 0, 8));
    m.put("bf-cfb", block("Blowfish/CFB", "Blowfish", 16, 8, 1));
    m.put("bf-ofb", block("Blowfish/OFB", "Blowfish", 16, 8, 1));
    Algo rc2 = rc2("RC2/CBC", 16, 8, 8);
    m.put("rc2", rc2);
    m.put("rc2-cbc", rc2);
    m.put("rc2-128", rc2);
    m.put("rc2-40", rc2("RC2/CBC", 5, 8, 8));
    m.put("rc2-40-cbc", rc2("RC2/CBC", 5, 8, 8));
    m.put("rc2-64", rc2("RC2/CBC", 8, 8, 8));
    m.put("rc2-64-cbc", rc2("RC2/CBC", 8, 8, 8));
    m.put("rc2-ecb", new Algo("RC2/ECB/NoPadding", "RC2", 16, 0, 8, 0, false));
    m.put("rc2-cfb", rc2("RC2/CFB", 16, 8, 1));
    m.put("rc2-ofb", rc2("RC2/OFB", 16, 8, 1));
    m.put("rc4", new Algo("ARCFOUR", "ARCFOUR", 16, 0, 1, 0, false));
    m.put("rc4-40", new Algo("ARCFOUR", "ARCFOUR", 5, 0, 1, 0, false));
    m.put("chacha20", new Algo("ChaCha20", "ChaCha20", 32, 16, 1, 0, false));
    // the JDK lacks a cipher: keep the name known (null), so that it is not "failed to find"
    m.replaceAll((name, a) -> a == null || available(a) ? a : null);
    return Collections.unmodifiableMap(m);
  }

  private static boolean available(Algo a) {
    try {
      Cipher.getInstance(a.transformation());
      return true;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static Algo block(String mode, String alg, int keyLen, int ivLen, int blockSize) {
    return new Algo(mode + "/NoPadding", alg, keyLen, ivLen, blockSize, 0, false);
  }

  private static Algo twoKey(String mode, int ivLen, int blockSize) {
    return new Algo(mode + "/NoPadding", "DESede", 16, ivLen, blockSize, 0, true);
  }

  private static Algo rc2(String mode, int keyLen, int ivLen, int blockSize) {
    return new Algo(mode + "/NoPadding", "RC2", keyLen, ivLen, blockSize, keyLen * 8, false);
  }
}
