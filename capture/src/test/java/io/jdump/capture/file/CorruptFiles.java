package io.jdump.capture.file;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Corrupt capture files, one per check libpcap 1.10 makes, each with the words tcpdump 4.99
 * prints for it and how many packets come before. Test data: the tests also run tcpdump on
 * every file, so a wrong expectation here fails as loudly as a wrong reader.
 */
final class CorruptFiles {
  /**
   * One corrupt file.
   *
   * @param atOpen true when libpcap fails in pcap_open_offline (tcpdump prints no packet and
   *     no "pcap_loop: "); false when pcap_loop fails after {@code packetsBefore} packets
   */
  record Case(String name, byte[] bytes, boolean atOpen, int packetsBefore, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  private CorruptFiles() {}

  /** {@return the cases} built around {@code pcap}, a little-endian microsecond pcap of 5 packets. */
  static List<Case> all(byte[] pcap) {
    var cases = new ArrayList<Case>();
    cases.addAll(pcapCases(pcap));
    cases.addAll(pcapngCases(pcap));
    return cases;
  }

  private static int recordOffset(byte[] pcap, int index) {
    ByteBuffer b = ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN);
    int p = 24;
    for (int i = 0; i < index; i++) p += 16 + b.getInt(p + 8);
    return p;
  }

  private static byte[] cut(byte[] b, int length) {
    return Arrays.copyOf(b, length);
  }

  private static byte[] with(byte[] b, int at, int value) {
    byte[] c = b.clone();
    ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
    return c;
  }

  private static List<Case> pcapCases(byte[] pcap) {
    int r2 = recordOffset(pcap, 2);
    int caplen2 = ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN).getInt(r2 + 8);
    int r0caplen = ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN).getInt(24 + 8);
    if (r0caplen <= 150) {
      throw new IllegalArgumentException("the snap length cases cut the first frame at 100 and 150 bytes: "
          + "it must be longer, not " + r0caplen);
    }
    byte[] snap100 = with(pcap, 16, 100);
    byte[] dbus = with(with(pcap, 20, 231), 16, 262144);
    byte[] kuz = PcapBytes.kuznetzov(pcap);
    int k2 = 24 + 2 * 24 + (recordOffset(pcap, 2) - 24 - 2 * 16);
    byte[] be = PcapBytes.byteSwapped(pcap, 16);
    return List.of(
        new Case("pcap-empty", new byte[0], true, 0,
            "truncated dump file; tried to read 4 file header bytes, only got 0"),
        new Case("pcap-2-bytes", cut(pcap, 2), true, 0,
            "truncated dump file; tried to read 4 file header bytes, only got 2"),
        new Case("pcap-magic-only", cut(pcap, 4), true, 0,
            "truncated dump file; tried to read 24 file header bytes, only got 0"),
        new Case("pcap-short-header", cut(pcap, 10), true, 0,
            "truncated dump file; tried to read 24 file header bytes, only got 6"),
        new Case("pcap-bad-magic", with(pcap, 0, 0x12345678), true, 0, "unknown file format"),
        new Case("text-file", "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n".getBytes(StandardCharsets.US_ASCII),
            true, 0, "unknown file format"),
        new Case("pcap-version-3.0", withShorts(pcap, 3, 0), true, 0, "unsupported pcap savefile version 3.0"),
        new Case("pcap-version-2.5", withShorts(pcap, 2, 5), true, 0, "unsupported pcap savefile version 2.5"),
        new Case("pcap-version-1.0", withShorts(pcap, 1, 0), true, 0, "archaic pcap savefile format"),
        new Case("pcap-header-only", cut(pcap, 24), false, 0, null),
        new Case("pcap-truncated-record-header", cut(pcap, r2 + 5), false, 2,
            "truncated dump file; tried to read 16 header bytes, only got 5"),
        new Case("pcap-truncated-record-data", cut(pcap, r2 + 16 + 10), false, 2,
            "truncated dump file; tried to read " + caplen2 + " captured bytes, only got 10"),
        new Case("pcap-caplen-over-maximum", cut(with(pcap, r2 + 8, 262145), r2 + 116), false, 2,
            "invalid packet capture length 262145, bigger than snaplen of 262144"),
        new Case("pcap-caplen-300MiB", cut(with(pcap, r2 + 8, 300 << 20), r2 + 116), false, 2,
            "invalid packet capture length 314572800, bigger than snaplen of 262144"),
        new Case("pcap-caplen-4GiB", cut(with(pcap, r2 + 8, -1), r2 + 116), false, 2,
            "invalid packet capture length 4294967295, bigger than snaplen of 262144"),
        new Case("pcap-caplen-over-max-and-snaplen", cut(with(snap100, r2 + 8, 300000), r2 + 116), false, 2,
            "invalid packet capture length 300000, bigger than snaplen of 100"),
        new Case("pcap-over-snaplen-cut-in-snapshot", cut(snap100, 24 + 16 + 50), false, 0,
            "truncated dump file; tried to read 100 captured bytes, only got 50"),
        new Case("pcap-over-snaplen-cut-after-snapshot", cut(snap100, 24 + 16 + 150), false, 0,
            "truncated dump file; tried to read " + r0caplen + " captured bytes, only got 150"),
        new Case("pcap-dbus-100MiB-record-cut", cut(with(dbus, r2 + 8, 100 << 20), r2 + 116), false, 2,
            "truncated dump file; tried to read 262144 captured bytes, only got 100"),
        new Case("pcap-kuznetzov-truncated-header", cut(kuz, k2 + 5), false, 2,
            "truncated dump file; tried to read 24 header bytes, only got 5"),
        new Case("pcap-kuznetzov-over-maximum", cut(withInt(kuz, k2 + 8, 262150), k2 + 124), false, 2,
            "invalid packet capture length 262150, bigger than maximum of 262144"),
        new Case("pcap-big-endian-truncated-data", cut(be, r2 + 16 + 10), false, 2,
            "truncated dump file; tried to read " + caplen2 + " captured bytes, only got 10"));
  }

  private static byte[] withInt(byte[] b, int at, int value) {
    return with(b, at, value);
  }

  private static byte[] withShorts(byte[] pcap, int major, int minor) {
    byte[] c = pcap.clone();
    ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putShort(4, (short) major).putShort(6, (short) minor);
    return c;
  }

  private static List<Case> pcapngCases(byte[] pcap) {
    List<Frame> frames = Oracles.parsePcap(pcap);
    ByteOrder le = ByteOrder.LITTLE_ENDIAN;
    byte[] good = goodPcapng(frames, le);
    byte[] goodBe = goodPcapng(frames, ByteOrder.BIG_ENDIAN);
    byte[] frame = frames.get(0).data();
    var b = new PcapngBuilder();
    byte[] shb = new PcapngBuilder().section(le).bytes();
    byte[] epb = new PcapngBuilder().epb(0, 0, frame, frame.length).bytes();
    int epbBody = epb.length - 8;
    var cases = new ArrayList<Case>();
    cases.add(new Case("ng-7-bytes", cut(shb, 7), true, 0, "unknown file format"));
    cases.add(new Case("ng-10-bytes", cut(shb, 10), true, 0, "unknown file format"));
    cases.add(new Case("ng-bad-byte-order-magic", with(shb, 8, 0x12345678), true, 0, "unknown file format"));
    cases.add(new Case("ng-shb-cut", cut(shb, 20), true, 0,
        "truncated pcapng dump file; tried to read 16 bytes, only got 8"));
    cases.add(new Case("ng-shb-length-20", with(shb, 4, 20), true, 0,
        "Section Header Block in pcapng dump file has invalid length 28 < _20_ < 1048576 (BT_SHB_INSANE_MAX)"));
    cases.add(new Case("ng-shb-length-2MiB", with(shb, 4, 2 << 20), true, 0,
        "Section Header Block in pcapng dump file has invalid length 28 < _2097152_ < 1048576 (BT_SHB_INSANE_MAX)"));
    cases.add(new Case("ng-version-2.0", new PcapngBuilder().section(le, 2, 0).idb(1, 0).bytes(), true, 0,
        "unsupported pcapng savefile version 2.0"));
    cases.add(new Case("ng-version-1.1", new PcapngBuilder().section(le, 1, 1).idb(1, 0).bytes(), true, 0,
        "unsupported pcapng savefile version 1.1"));
    cases.add(new Case("ng-no-idb", shb, true, 0, "the capture file has no Interface Description Blocks"));
    cases.add(new Case("ng-packet-before-idb", concat(shb, epb), true, 0,
        "the capture file has a packet block before any Interface Description Blocks"));
    cases.add(new Case("ng-idb-too-short", concat(shb, new PcapngBuilder().block(1, new byte[] {1, 0}).bytes()),
        true, 0, "block of type 1 in pcapng dump file is too short"));
    b = new PcapngBuilder().section(le);
    cases.add(new Case("ng-option-cut", b.idb(1, 0, b.buf(8).putShort((short) 2).putShort((short) 40)
        .put("abcd".getBytes()).array()).bytes(), true, 0, "block of type 1 in pcapng dump file is too short"));
    b = new PcapngBuilder().section(le);
    cases.add(new Case("ng-tsresol-length-2", b.idb(1, 0, b.option(9, new byte[] {6, 0})).bytes(), true, 0,
        "Interface Description Block has if_tsresol option with length 2 != 1"));
    b = new PcapngBuilder().section(le);
    cases.add(new Case("ng-tsresol-twice", b.idb(1, 0, b.tsresol(6), b.tsresol(9)).bytes(), true, 0,
        "Interface Description Block has more than one if_tsresol option"));
    b = new PcapngBuilder().section(le);
    cases.add(new Case("ng-tsresol-10^-20", b.idb(1, 0, b.tsresol(20)).bytes(), true, 0,
        "Interface Description Block if_tsresol option resolution 10^-20 is too high"));
    b = new PcapngBuilder().section(le);
    cases.add(new Case("ng-tsresol-2^-64", b.idb(1, 0, b.tsresol(0x80 | 64)).bytes(), true, 0,
        "Interface Description Block if_tsresol option resolution 2^-64 is too high"));
    b = new PcapngBuilder().section(le);
    cases.add(new Case("ng-tsoffset-length-2", b.idb(1, 0, b.option(14, new byte[2])).bytes(), true, 0,
        "Interface Description Block has if_tsoffset option with length 2 != 8"));
    b = new PcapngBuilder().section(le);
    cases.add(new Case("ng-tsoffset-twice", b.idb(1, 0, b.tsoffset(1), b.tsoffset(2)).bytes(), true, 0,
        "Interface Description Block has more than one if_tsoffset option"));
    b = new PcapngBuilder().section(le);
    cases.add(new Case("ng-endofopt-length-1", b.idb(1, 0, b.option(0, new byte[1])).bytes(), true, 0,
        "Interface Description Block has opt_endofopt option with length 1 != 0"));
    cases.add(new Case("ng-header-and-idb-only", new PcapngBuilder().section(le).idb(1, 0).bytes(), false, 0, null));
    cases.add(new Case("ng-truncated-block-header", concat(good, cut(epb, 5)), false, 5,
        "truncated pcapng dump file; tried to read 8 bytes, only got 5"));
    cases.add(new Case("ng-truncated-block", concat(good, cut(epb, 40)), false, 5,
        "truncated pcapng dump file; tried to read " + epbBody + " bytes, only got 32"));
    cases.add(new Case("ng-big-endian-truncated-block", concat(goodBe, cut(new PcapngBuilder()
        .section(ByteOrder.BIG_ENDIAN).epb(0, 0, frame, frame.length).bytes(), 28 + 40)), false, 5,
        "truncated pcapng dump file; tried to read " + epbBody + " bytes, only got 32"));
    cases.add(new Case("ng-block-length-8", concat(good, header(6, 8), new byte[8]), false, 5,
        "block in pcapng dump file has a length of 8 < 12"));
    cases.add(new Case("ng-block-length-50", concat(good, header(6, 50), new byte[50]), false, 5,
        "block in pcapng dump file has a length of 50 that is not a multiple of 4"));
    cases.add(new Case("ng-block-length-17MiB", concat(good, header(6, 17 << 20), new byte[50]), false, 5,
        "pcapng block size 17825792 > maximum 16777216"));
    cases.add(new Case("ng-block-length-4GiB", concat(good, header(6, -4), new byte[50]), false, 5,
        "pcapng block size 4294967292 > maximum 16777216"));
    cases.add(new Case("ng-trailer-mismatch", concat(good, with(epb, epb.length - 4, 1234)), false, 5,
        "block total length in header and trailer don't match"));
    cases.add(new Case("ng-epb-too-short", concat(good, new PcapngBuilder().block(6, new byte[12]).bytes()),
        false, 5, "block of type 6 in pcapng dump file is too short"));
    cases.add(new Case("ng-epb-caplen-past-block", concat(good, with(epb, 20, frame.length + 8)), false, 5,
        "block of type 6 in pcapng dump file is too short"));
    cases.add(new Case("ng-epb-caplen-over-snaplen", concat(good, with(epb, 20, 262145)), false, 5,
        "invalid packet capture length 262145, bigger than snaplen of 262144"));
    cases.add(new Case("ng-epb-unknown-interface", concat(good, with(epb, 8, 3)), false, 5,
        "a packet arrived on interface 3, but there's no Interface Description Block for that interface"));
    cases.add(new Case("ng-pb-too-short", concat(good, new PcapngBuilder().block(2, new byte[8]).bytes()),
        false, 5, "block of type 2 in pcapng dump file is too short"));
    cases.add(new Case("ng-spb-too-short", concat(good, new PcapngBuilder().block(3, new byte[0]).bytes()),
        false, 5, "block of type 3 in pcapng dump file is too short"));
    cases.add(new Case("ng-later-idb-too-short", concat(good, new PcapngBuilder().block(1, new byte[4]).bytes()),
        false, 5, "block of type 1 in pcapng dump file is too short"));
    cases.add(new Case("ng-later-shb-bad-magic", concat(good, with(shb, 8, 0x11111111)), false, 5,
        "the file has a section with a bad byte order magic field"));
    cases.add(new Case("ng-later-shb-version-2", concat(good, new PcapngBuilder().section(le, 2, 0).bytes()),
        false, 5, "unknown pcapng savefile major version number 2"));
    cases.add(new Case("ng-later-shb-too-short", concat(good, new PcapngBuilder().block(0x0a0d0d0a, new byte[4]).bytes()),
        false, 5, "block of type 168627466 in pcapng dump file is too short"));
    cases.add(new Case("ng-later-section-without-idb", concat(good, shb, epb), false, 5,
        "a packet arrived on interface 0, but there's no Interface Description Block for that interface"));
    // libpcap stops at a later interface unlike the first (tcpdump: packets before, then the error)
    cases.add(new Case("ng-later-idb-other-type", concat(good, new PcapngBuilder().idb(113, 262144).bytes(), epb),
        false, 5, "an interface has a type 113 different from the type of the first interface"));
    cases.add(new Case("ng-later-idb-other-snaplen", concat(good, new PcapngBuilder().idb(1, 65535).bytes(), epb),
        false, 5, "an interface has a snapshot length 65535 different from the snapshot length of the first interface"));
    cases.add(new Case("ng-later-idb-snaplen-0-same", concat(good, new PcapngBuilder().idb(1, 0).bytes(), epb),
        false, 6, null));
    cases.add(new Case("ng-later-section-other-type", concat(good, shb, new PcapngBuilder().idb(101, 262144).bytes()),
        false, 5, "an interface has a type 101 different from the type of the first interface"));
    // LINKTYPE_ATM_RFC1483 (100) is DLT 11: libpcap compares the first's DLT with the raw type
    cases.add(new Case("ng-later-idb-linktype-not-dlt", concat(new PcapngBuilder().section(le).idb(100, 0).bytes(),
        new PcapngBuilder().idb(100, 0).bytes()), false, 0,
        "an interface has a type 100 different from the type of the first interface"));
    cases.add(new Case("ng-dbus-block-100MiB-cut", concat(new PcapngBuilder().section(le).idb(231, 0).bytes(),
        header(6, 100 << 20), new byte[100]), false, 0,
        "truncated pcapng dump file; tried to read 104857592 bytes, only got 100"));
    return cases;
  }

  private static byte[] goodPcapng(List<Frame> frames, ByteOrder order) {
    var b = new PcapngBuilder().section(order).idb(1, 262144);
    for (Frame f : frames) b.epb(0, f.nanos() / 1000, f.data(), f.wirelen());
    return b.bytes();
  }

  private static byte[] header(int type, int length) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(type).putInt(length).array();
  }

  private static byte[] concat(byte[]... parts) {
    var out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }
}
