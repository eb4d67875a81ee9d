package io.jdump.print;

import io.jdump.bpf.LinkType;
import io.jdump.capture.Packet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small pcap and pcapng reader for the printer's tests, so that they do not depend on the
 * capture module's readers: every packet of a file as a {@link Packet} view of its own array.
 */
final class CaptureReader {
  private CaptureReader() {}

  static List<Packet> read(Path file) throws IOException {
    ByteBuffer bb = ByteBuffer.wrap(Files.readAllBytes(file));
    int magic = bb.order(ByteOrder.BIG_ENDIAN).getInt(0);
    if (magic == 0x0a0d0d0a) return pcapng(bb);
    return pcap(bb);
  }

  private static List<Packet> pcap(ByteBuffer bb) {
    List<Packet> out = new ArrayList<>();
    int magic = bb.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    boolean nano;
    if (magic == 0xa1b2c3d4 || magic == 0xa1b23c4d) {
      bb.order(ByteOrder.LITTLE_ENDIAN);
    } else {
      bb.order(ByteOrder.BIG_ENDIAN);
      magic = bb.getInt(0);
    }
    nano = magic == 0xa1b23c4d;
    int dlt = LinkType.dltForLinkType(bb.getInt(20) & 0x03ffffff);
    int pos = 24;
    while (pos + 16 <= bb.limit()) {
      long sec = bb.getInt(pos) & 0xffffffffL;
      long frac = bb.getInt(pos + 4) & 0xffffffffL;
      int caplen = bb.getInt(pos + 8);
      int wirelen = bb.getInt(pos + 12);
      pos += 16;
      if (pos + caplen > bb.limit()) break;
      byte[] data = new byte[caplen];
      bb.get(pos, data);
      pos += caplen;
      Packet p = new Packet();
      p.set(data, 0, caplen, wirelen, sec * 1_000_000_000L + (nano ? frac : frac * 1000), dlt, 0);
      // libpcap's view: signed 32-bit fields (unsigned in the other byte order than the
      // host's), the fraction scaled to each precision
      boolean swapped = bb.order() != ByteOrder.nativeOrder();
      long s = swapped ? sec : (int) sec;
      long f = swapped ? frac : (int) frac;
      p.setTimeval(s, nano ? f / 1000 : f, nano ? f : f * 1000L);
      out.add(p);
    }
    return out;
  }

  private static List<Packet> pcapng(ByteBuffer bb) {
    List<Packet> out = new ArrayList<>();
    List<int[]> ifaces = new ArrayList<>(); // {dlt, tsresolPow10}
    int pos = 0;
    ByteOrder order = ByteOrder.BIG_ENDIAN;
    while (pos + 12 <= bb.limit()) {
      int type = bb.order(ByteOrder.BIG_ENDIAN).getInt(pos);
      if (type == 0x0a0d0d0a) {
        int bom = bb.getInt(pos + 8);
        order = bom == 0x1a2b3c4d ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        ifaces.clear();
      }
      bb.order(order);
      type = bb.getInt(pos);
      int len = bb.getInt(pos + 4);
      if (len < 12 || pos + len > bb.limit()) break;
      if (type == 1) {
        int linkType = bb.getShort(pos + 8) & 0xffff;
        int resol = 6;
        int o = pos + 16;
        while (o + 4 <= pos + len - 4) {
          int code = bb.getShort(o) & 0xffff;
          int olen = bb.getShort(o + 2) & 0xffff;
          if (code == 0) break;
          if (code == 9 && olen >= 1) resol = bb.get(o + 4);
          o += 4 + ((olen + 3) & ~3);
        }
        ifaces.add(new int[] {LinkType.dltForLinkType(linkType), resol});
      } else if (type == 6) {
        int iface = bb.getInt(pos + 8);
        long ts = (bb.getInt(pos + 12) & 0xffffffffL) << 32 | (bb.getInt(pos + 16) & 0xffffffffL);
        int caplen = bb.getInt(pos + 20);
        int wirelen = bb.getInt(pos + 24);
        int[] ifc = ifaces.get(iface);
        long nanos = ts;
        for (int i = ifc[1]; i < 9; i++) nanos *= 10;
        for (int i = ifc[1]; i > 9; i--) nanos /= 10;
        byte[] data = new byte[caplen];
        bb.get(pos + 28, data);
        Packet p = new Packet();
        p.set(data, 0, caplen, wirelen, nanos, ifc[0], iface);
        out.add(p);
      }
      pos += len;
    }
    return out;
  }
}
