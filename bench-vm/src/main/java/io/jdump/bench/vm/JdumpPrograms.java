package io.jdump.bench.vm;

import io.jdump.bpf.LinkType;
import io.jdump.bpf.Listing;
import io.jdump.bpf.ListingFormat;
import io.jdump.filter.FilterCompiler;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Programs from jdump's own compiler, for the capture's link type and snap length, as -ddd text. */
final class JdumpPrograms {
  private JdumpPrograms() {}

  static String ddd(Path pcap, String expr) throws IOException {
    byte[] head = new byte[24];
    try (var in = Files.newInputStream(pcap)) {
      if (in.readNBytes(head, 0, 24) != 24) throw new IOException(pcap + ": short pcap header");
    }
    ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
    int magic = b.getInt(0);
    if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) b.order(ByteOrder.BIG_ENDIAN);
    int snaplen = b.getInt(16);
    int dlt = LinkType.dltForLinkType(b.getInt(20) & 0x0fffffff);
    try {
      return Listing.format(FilterCompiler.compile(expr, dlt, snaplen, true), ListingFormat.DDD);
    } catch (Exception e) {
      throw new IOException("jdump's compiler: " + expr + ": " + e.getMessage(), e);
    }
  }
}
