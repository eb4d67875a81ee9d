package io.jdump.filter.gen;

/**
 * The address column of /etc/ethers as glibc reads it: six hexadecimal numbers of at most
 * 0xff separated by ':' ({@code 0:1:2:a:b:c} or {@code 00:01:02:0a:0b:0c}); anything else
 * makes the line no entry.
 *
 * <pre>{@code
 * byte[] mac = EtherText.parse("2:0:0:0:0:1");
 * }</pre>
 */
final class EtherText {
  private EtherText() {}

  static byte[] parse(String s) {
    String[] parts = s.split(":", -1);
    if (parts.length != 6) return null;
    byte[] mac = new byte[6];
    for (int i = 0; i < 6; i++) {
      String p = parts[i];
      if (p.isEmpty() || p.length() > 2) return null;
      int v = 0;
      for (int k = 0; k < p.length(); k++) {
        int d = Character.digit(p.charAt(k), 16);
        if (d < 0) return null;
        v = v << 4 | d;
      }
      mac[i] = (byte) v;
    }
    return mac;
  }
}
