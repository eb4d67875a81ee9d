package io.jdump.capture.file;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Rewrites a little-endian pcap into the variants libpcap also reads. Test code. */
final class PcapBytes {
  private PcapBytes() {}

  /** {@return the same file in big-endian byte order} record headers of {@code recordHeader} bytes. */
  static byte[] byteSwapped(byte[] le, int recordHeader) {
    ByteBuffer in = ByteBuffer.wrap(le).order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer out = ByteBuffer.allocate(le.length).order(ByteOrder.BIG_ENDIAN);
    out.putInt(in.getInt()).putShort(in.getShort()).putShort(in.getShort());
    for (int i = 0; i < 4; i++) out.putInt(in.getInt());
    while (in.remaining() >= recordHeader) {
      for (int i = 0; i < recordHeader / 4; i++) out.putInt(in.getInt());
      int caplen = out.getInt(out.position() - recordHeader + 8);
      byte[] d = new byte[caplen];
      in.get(d);
      out.put(d);
    }
    return out.array();
  }

  /** {@return the file with Kuznetzov's magic and 24-byte record headers} (ifindex, protocol, type). */
  static byte[] kuznetzov(byte[] le) {
    ByteBuffer in = ByteBuffer.wrap(le).order(ByteOrder.LITTLE_ENDIAN);
    var out = new ByteArrayOutputStream();
    ByteBuffer h = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    h.put(le, 0, 24).putInt(0, 0xa1b2cd34);
    out.write(h.array(), 0, 24);
    in.position(24);
    while (in.remaining() >= 16) {
      ByteBuffer r = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
      r.putInt(in.getInt()).putInt(in.getInt());
      int caplen = in.getInt();
      r.putInt(caplen).putInt(in.getInt()).putInt(2).putShort((short) 0x0800).put((byte) 0).put((byte) 0);
      out.write(r.array(), 0, 24);
      byte[] d = new byte[caplen];
      in.get(d);
      out.write(d, 0, caplen);
    }
    return out.toByteArray();
  }

  /** {@return the file under another version number} with caplen and len swapped if asked. */
  static byte[] version(byte[] le, int major, int minor, boolean swapLengths) {
    byte[] b = le.clone();
    ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    buf.putShort(4, (short) major).putShort(6, (short) minor);
    int p = 24;
    while (p + 16 <= b.length) {
      int caplen = buf.getInt(p + 8);
      if (swapLengths) {
        buf.putInt(p + 8, buf.getInt(p + 12));
        buf.putInt(p + 12, caplen);
      }
      p += 16 + caplen;
    }
    return b;
  }
}
