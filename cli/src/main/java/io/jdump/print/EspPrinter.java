package io.jdump.print;

/**
 * tcpdump's esp_print: the ESP header, and with {@code -E} the payload decrypted and printed
 * as the protocol its next-header field names; also the decryption of IKEv2's encrypted
 * payload (esp_decrypt_buffer_by_ikev2_print).
 *
 * <p>The decrypted bytes are dissected as tcpdump's nd_push_buffer has them: in a buffer of
 * their own, where the outer headers stay readable. Here that buffer is a copy of the packet's
 * captured bytes followed by the plaintext (one array per nesting depth, grown when needed and
 * kept); positions shift by the packet's offset while it is in use.
 */
final class EspPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  /** The SAs of -E; null without it. */
  EspSecrets secrets;
  private byte[][] buffers = new byte[4][];
  private int depth;

  EspPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** esp_print: iph is the IP header before it (its version says which), for the SA lookup. */
  void print(int p, int length, int iph, boolean fragmented) {
    f.proto = "esp";
    // tcpdump wants a byte past the sequence number, and returns (no long jump) without it
    if (!f.has(p, 9)) {
      f.printTrunc();
      return;
    }
    out.append("ESP(spi=0x");
    Text.hex8(out, f.u32(p));
    out.append(",seq=0x");
    Text.hex(out, f.u32(p + 4));
    out.append("), length ").append(length);
    if (secrets == null || !secrets.ready()) return;
    decrypt(p, iph, fragmented);
  }

  private void decrypt(int p, int iph, boolean fragmented) {
    int ver = f.u8(iph) >> 4;
    EspSecrets.Sa sa;
    long spi = f.u32(p);
    if (ver == 6) {
      if (f.u16(iph + 4) == 0) return; // no jumbograms
      f.need(iph + 24, 16);
      sa = secrets.find(spi, 6, f.b, iph + 24);
    } else if (ver == 4) {
      if (fragmented) return; // the next header and padding are in the last fragment
      f.need(iph + 16, 4);
      sa = secrets.find(spi, 4, f.b, iph + 16);
    } else {
      return;
    }
    if (sa == null) return;
    int iv = p + 8;
    int ct = iv + sa.ivLen;
    int ep = f.end;
    if (ep - ct < sa.authLen) {
      f.printTrunc();
      return;
    }
    ep -= sa.authLen;
    int len = ep - ct;
    int n0 = f.end - f.start;
    byte[] buf = buffer(n0 + len);
    if (!secrets.decrypt("esp_print", sa, f.b, iv, ct, len, buf, n0)) return;
    if (len < 2) { // the pad length would be read before the plaintext: always too long
      f.printTrunc();
      return;
    }
    int padlen = buf[n0 + len - 2] & 0xff;
    if (padlen + 2 > len) {
      f.printTrunc();
      return;
    }
    int nh = buf[n0 + len - 1] & 0xff;
    out.append(": ");
    int shift = f.start;
    System.arraycopy(f.b, f.start, buf, 0, n0);
    byte[] b = f.b;
    int start = f.start;
    int end = f.end;
    int src = f.etherSrc;
    int dst = f.etherDst;
    depth++;
    try {
      f.b = buf;
      f.start = 0;
      f.end = n0 + len - (padlen + 2);
      if (src >= 0) f.etherSrc = src - shift;
      if (dst >= 0) f.etherDst = dst - shift;
      d.ipDemux(n0, len - (padlen + 2), iph - shift, fragmented, nh);
    } finally {
      depth--;
      f.b = b;
      f.start = start;
      f.end = end;
      f.etherSrc = src;
      f.etherDst = dst;
    }
  }

  /**
   * IKEv2's encrypted payload of dlen bytes at dat, in the message whose header is at base:
   * decrypted with the SA of its cookies and direction, then np's chain printed from it at
   * depth; {@return false when there is no SA or nothing to decrypt}.
   */
  boolean ikev2(Ikev2Payloads v2, int base, int np, int dat, int dlen, int chainDepth) {
    if (secrets == null) return false;
    int initiator = (f.u8(base + 19) & 0x08) != 0 ? 1 : 0;
    f.need(base, 16);
    EspSecrets.Sa sa = secrets.findIkev2(initiator, f.b, base);
    if (sa == null) return false;
    int end = dat + dlen - sa.authLen;
    int ct = dat + sa.ivLen;
    if (end <= ct) return false;
    int len = end - ct;
    int n0 = f.end - f.start;
    byte[] buf = buffer(n0 + len);
    if (!secrets.decrypt("esp_decrypt_buffer_by_ikev2_print", sa, f.b, dat, ct, len, buf, n0)) {
      return false;
    }
    int shift = f.start;
    System.arraycopy(f.b, f.start, buf, 0, n0);
    byte[] b = f.b;
    int start = f.start;
    int stop = f.end;
    depth++;
    try {
      f.b = buf;
      f.start = 0;
      f.end = n0 + len;
      v2.decrypted(base - shift, np, n0, chainDepth + 1);
    } finally {
      depth--;
      f.b = b;
      f.start = start;
      f.end = stop;
    }
    return true;
  }

  private byte[] buffer(int size) {
    if (depth >= buffers.length) buffers = java.util.Arrays.copyOf(buffers, depth * 2);
    byte[] buf = buffers[depth];
    if (buf == null || buf.length < size) {
      buf = new byte[Math.max(size, 2048)];
      buffers[depth] = buf;
    }
    return buf;
  }
}
