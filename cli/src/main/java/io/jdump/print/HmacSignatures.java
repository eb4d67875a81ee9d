package io.jdump.print;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-MD5 digests inside packets checked against {@code -M}'s secret, as tcpdump's
 * {@code signature_verify}: over a copy of the message with the digest and the protocol's
 * mutable fields zeroed (IS-IS: an LSP's checksum and remaining lifetime, at their LSP offsets
 * whatever the PDU; RSVP: the common header's checksum). A wrong digest prints the one computed
 * before the verdict. One Mac and one copy buffer are kept: a check allocates nothing once the
 * buffer holds the longest message.
 */
final class HmacSignatures {
  static final int VALID = 0;
  static final int INVALID = 1;
  static final int UNCHECKED = 2;

  private final Frame f;
  private Mac mac;
  private byte[] copy = new byte[1500];
  private final byte[] computed = new byte[16];

  HmacSignatures(Frame f) {
    this.f = f;
  }

  /** {@return tcpdump's word for a verdict}, as {@code signature_check_values} names it */
  static String name(int verdict) {
    return switch (verdict) {
      case VALID -> "valid";
      case INVALID -> "invalid";
      default -> "unchecked";
    };
  }

  /**
   * Checks the 16-byte digest at {@code sig} of the {@code plen} bytes at {@code pptr}.
   *
   * @param clearA where a 2-byte field to zero is, or -1
   * @param clearB where another is, or -1
   * @return VALID, INVALID (the computed digest printed) or UNCHECKED
   */
  int verify(int pptr, int plen, int sig, int clearA, int clearB) {
    String secret = f.opts.tcpSecret();
    if (secret == null || !f.has(pptr, plen) || !f.has(sig, 16) || sig + 16 > pptr + plen) {
      return UNCHECKED;
    }
    if (copy.length < plen) copy = new byte[Math.max(plen, 2 * copy.length)];
    System.arraycopy(f.b, pptr, copy, 0, plen);
    zero(sig - pptr, 16, plen);
    zero(clearA - pptr, 2, plen);
    zero(clearB - pptr, 2, plen);
    try {
      Mac m = mac(secret);
      m.update(copy, 0, plen);
      m.doFinal(computed, 0);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacMD5 is in every JDK", e);
    }
    for (int i = 0; i < 16; i++) {
      if (computed[i] != f.b[sig + i]) {
        for (int k = 0; k < 16; k++) Text.hex2(f.out, computed[k]);
        return INVALID;
      }
    }
    return VALID;
  }

  /** Zeroes what of [at, at + n) lies in the copy (tcpdump writes past short ones; jdump not). */
  private void zero(int at, int n, int plen) {
    if (at < 0) return;
    for (int i = at; i < at + n && i < plen; i++) copy[i] = 0;
  }

  private Mac mac(String secret) throws GeneralSecurityException {
    if (mac == null) {
      byte[] key = secret.getBytes(StandardCharsets.UTF_8);
      // HMAC pads a key with zeros to 64 bytes, so an empty secret is the key {0}, which the
      // JDK accepts where it refuses an empty one
      if (key.length == 0) key = new byte[1];
      mac = Mac.getInstance("HmacMD5");
      mac.init(new SecretKeySpec(key, "HmacMD5"));
    }
    return mac;
  }
}
