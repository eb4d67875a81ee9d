package io.jdump.print;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 2385 TCP MD5 signatures checked against {@code -M}'s secret, as tcpdump's
 * {@code tcp_verify_signature}: MD5 over the IP pseudo-header, the 20-byte TCP header with a
 * zero checksum, the payload, then the secret. Options are not covered. One digest and one
 * scratch header are kept, so a check allocates nothing.
 */
final class TcpSignatures {
  static final int VALID = 0;
  static final int INVALID = 1;
  static final int CANT_CHECK = 2;

  private final Frame f;
  private final StringBuilder out;
  private byte[] secret;
  private MessageDigest md5;
  private final byte[] scratch = new byte[40];
  private final byte[] digest = new byte[16];

  TcpSignatures(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** The payload was not all captured: tcpdump's first reason not to check. */
  int cut() {
    out.append("snaplen too short, ");
    return CANT_CHECK;
  }

  /**
   * {@return VALID, INVALID or CANT_CHECK (its reason printed)} for the signature at sig.
   *
   * @param ip where the IP header is
   * @param tp where the TCP header is (20 bytes of it captured)
   * @param data where the payload is, payload bytes of it captured
   */
  int check(int ip, int tp, int data, int payload, int sig) {
    String given = f.opts.tcpSecret();
    if (given == null) {
      out.append("shared secret not supplied with -M, ");
      return CANT_CHECK;
    }
    int version = f.u8(ip) >> 4;
    if (version != 4 && version != 6) {
      out.append("IP version not 4 or 6, ");
      return CANT_CHECK;
    }
    MessageDigest md = digest(given);
    byte[] b = f.b;
    if (version == 4) {
      md.update(b, ip + 12, 8); // source and destination
      scratch[0] = 0;
      scratch[1] = b[ip + 9];
      int tlen = (f.u16(ip + 2) - (f.u8(ip) & 0x0f) * 4) & 0xffff;
      scratch[2] = (byte) (tlen >> 8);
      scratch[3] = (byte) tlen;
      md.update(scratch, 0, 4);
    } else {
      md.update(b, ip + 8, 32);
      int plen = f.u16(ip + 4); // the payload length as it stands, extension headers included
      scratch[0] = 0;
      scratch[1] = 0;
      scratch[2] = (byte) (plen >> 8);
      scratch[3] = (byte) plen;
      scratch[4] = 0;
      scratch[5] = 0;
      scratch[6] = 0;
      scratch[7] = 6;
      md.update(scratch, 0, 8);
    }
    System.arraycopy(b, tp, scratch, 0, 20);
    scratch[16] = 0;
    scratch[17] = 0;
    md.update(scratch, 0, 20);
    if (payload > 0) md.update(b, data, payload);
    md.update(secret);
    try {
      md.digest(digest, 0, 16);
    } catch (java.security.DigestException e) {
      throw new IllegalStateException(e);
    }
    for (int i = 0; i < 16; i++) {
      if (digest[i] != b[sig + i]) return INVALID;
    }
    return VALID;
  }

  private MessageDigest digest(String given) {
    if (md5 == null) {
      // tcpdump hashes the secret's bytes as the command line gave them (strlen)
      secret = given.getBytes(StandardCharsets.UTF_8);
      try {
        md5 = MessageDigest.getInstance("MD5");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("MD5 is in every JDK", e);
      }
    }
    md5.reset();
    return md5;
  }
}
