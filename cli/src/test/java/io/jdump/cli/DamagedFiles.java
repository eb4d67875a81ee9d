package io.jdump.cli;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A seeded mutation fuzzer of capture files: valid pcap and pcapng files of many shapes (byte
 * orders, micro and nano pcap, Kuznetzov's records, other versions, FCS bits in the link type,
 * odd snap lengths; pcapng sections, interfaces with if_tsresol and if_tsoffset, every block
 * type, options), then damaged: cut at block and record boundaries, fields set to lying values,
 * bits flipped, garbage appended. The same seed gives the same files.
 *
 * <pre>{@code
 * for (DamagedFiles.Made m : new DamagedFiles(7).generate(250, 4)) {
 *   Files.write(dir.resolve(m.name()), m.bytes());
 * }
 * }</pre>
 */
final class DamagedFiles {
  /** One file, its name saying how it was made: base, then each mutation's category. */
  record Made(String name, byte[] bytes, boolean large) {
    /** {@return the category of the first mutation} ("valid" for a base). */
    String category() {
      if (!name.startsWith("m")) return large ? "large" : "valid";
      String m = name.substring("m000-b000-".length());
      int end = m.indexOf('-');
      return (end < 0 ? m : m.substring(0, end)).replaceAll("[0-9=].*", "");
    }
  }

  /** What a field holds, so that a mutation knows which lies to tell it. */
  enum Kind {
    MAGIC, VERSION_MAJOR, VERSION_MINOR, SNAPLEN, LINKTYPE, TS_HIGH, TS_LOW, CAPLEN, WIRELEN,
    BLOCK_TYPE, BLOCK_LENGTH, TRAILER, BYTE_ORDER, INTERFACE, OPTION_CODE, OPTION_LENGTH,
    IDB_LINKTYPE, IDB_SNAPLEN, TSRESOL
  }

  /** A field of a built file: where, how wide, in which byte order. */
  record Field(int at, int size, Kind kind, boolean big) {}

  /** A built file, with the boundaries (record and block starts) and fields mutations aim at. */
  private static final class Built {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final List<Integer> boundaries = new ArrayList<>();
    final List<Field> fields = new ArrayList<>();
    boolean big;
    /** pcapng: the current section's interfaces' if_tsresol (-1: none) and if_tsoffset. */
    int interfaces;
    int[] tsresol = new int[8];
    long[] tsoffset = new long[8];

    int at() {
      return out.size();
    }

    void field(int offset, int size, Kind kind) {
      fields.add(new Field(offset, size, kind, big));
    }

    ByteBuffer buffer(int n) {
      return ByteBuffer.allocate(n).order(big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    void put(ByteBuffer b) {
      out.writeBytes(b.array());
    }

    void put(byte[] b) {
      out.writeBytes(b);
    }
  }

  /** if_tsresol values: none (-1), powers of ten, powers of two (0x80 | n). */
  private static final int[] RESOLUTIONS = {-1, 6, 9, 3, 0, 0x80 | 20, 0x80 | 30, 0x80 | 10, 7,
      0x80, 0x80 | 40, 12, 19};

  /** Link types whose frames are made of bytes at random: the printers meet junk. */
  private static final int[] OTHER_LINK_TYPES = {113, 276, 9, 105, 127, 108, 147, 12, 50, 104};

  private final Random random;

  DamagedFiles(long seed) {
    this.random = new Random(seed);
  }

  /**
   * {@return about {@code count} small files} (the valid bases among them) and {@code large}
   * files over 16 MiB, damaged in the middle or at the end.
   */
  List<Made> generate(int count, int large) {
    var bases = new ArrayList<Made>();
    var builtBases = new ArrayList<Built>();
    for (int i = 0; bases.size() < Math.max(12, count / 6); i++) {
      Built b;
      String name;
      if (i % 5 < 3) {
        PcapShape s = pcapShape(i);
        b = pcap(s, 3 + random.nextInt(10));
        name = String.format("b%03d-%s", i, s.label());
      } else {
        NgShape s = ngShape(i);
        b = pcapng(s);
        name = String.format("b%03d-%s", i, s.label());
      }
      bases.add(new Made(name + ".cap", b.out.toByteArray(), false));
      builtBases.add(b);
    }
    var made = new ArrayList<>(bases);
    for (int i = 0; made.size() < count; i++) {
      int which = random.nextInt(bases.size());
      Built b = builtBases.get(which);
      byte[] bytes = b.out.toByteArray();
      var names = new StringBuilder();
      int mutations = random.nextInt(5) == 0 ? 2 + random.nextInt(2) : 1;
      for (int m = 0; m < mutations; m++) {
        bytes = mutate(b, bytes, names);
      }
      String base = bases.get(which).name();
      made.add(new Made(String.format("m%03d-%s-%s.cap", i, base.substring(0, 4), names),
          bytes, false));
    }
    for (int i = 0; i < large; i++) made.add(largeFile(i));
    return made;
  }

  // ---------------------------------------------------------------- pcap

  /** A pcap file's header and how its records are written. */
  record PcapShape(boolean big, int magic, int major, int minor, int snaplen, int linkField,
      int frameCut) {
    String label() {
      String m = switch (magic) {
        case 0xa1b23c4d -> "nano";
        case 0xa1b2cd34 -> "kuz";
        default -> "micro";
      };
      return "pcap-" + (big ? "be" : "le") + "-" + m + "-v" + major + "." + minor + "-snap"
          + Integer.toUnsignedString(snaplen) + "-lt" + Integer.toHexString(linkField);
    }

    /** Versions before 2.3 (and 543.0) store len before caplen. */
    boolean lengthsSwapped() {
      return major == 543 || (major == 2 && minor < 3);
    }

    int recordHeader() {
      return magic == 0xa1b2cd34 ? 24 : 16;
    }
  }

  private PcapShape pcapShape(int i) {
    boolean big = random.nextInt(3) == 0;
    int magic = switch (random.nextInt(6)) {
      case 0, 1 -> 0xa1b23c4d;
      case 2 -> 0xa1b2cd34;
      default -> 0xa1b2c3d4;
    };
    int major = 2;
    int minor = 4;
    switch (random.nextInt(8)) {
      case 0 -> minor = 3;
      case 1 -> minor = 2;
      case 2 -> minor = random.nextBoolean() ? 0 : 1;
      case 3 -> {
        major = 543; // a version AIX wrote: lengths swapped
        minor = 0;
      }
      default -> { }
    }
    int linkField = switch (random.nextInt(10)) {
      case 0 -> 101; // raw IP
      case 1 -> 0; // BSD loopback
      case 2 -> 0x24000001; // Ethernet, FCS length 2 words present
      case 3 -> 0x04000001 | (random.nextInt(16) << 28);
      case 4 -> 0x00050001; // reserved bits set
      case 5 -> 228; // raw IPv4
      case 6 -> OTHER_LINK_TYPES[random.nextInt(OTHER_LINK_TYPES.length)];
      default -> 1;
    };
    int snaplen = 262144;
    int frameCut = Integer.MAX_VALUE;
    switch (random.nextInt(8)) {
      case 0 -> snaplen = 0;
      case 1 -> snaplen = 0x7fffffff;
      case 2 -> snaplen = -1;
      case 3 -> {
        snaplen = 64 + random.nextInt(60);
        frameCut = snaplen;
      }
      case 4 -> snaplen = 40 + random.nextInt(40); // smaller than the records written
      case 5 -> snaplen = 65535;
      default -> { }
    }
    return new PcapShape(big, magic, major, minor, snaplen, linkField, frameCut);
  }

  private Built pcap(PcapShape s, int packets) {
    var b = new Built();
    b.big = s.big();
    ByteBuffer h = b.buffer(24);
    h.putInt(s.magic()).putShort((short) s.major()).putShort((short) s.minor()).putInt(0)
        .putInt(0).putInt(s.snaplen()).putInt(s.linkField());
    b.field(0, 4, Kind.MAGIC);
    b.field(4, 2, Kind.VERSION_MAJOR);
    b.field(6, 2, Kind.VERSION_MINOR);
    b.field(16, 4, Kind.SNAPLEN);
    b.field(20, 4, Kind.LINKTYPE);
    b.boundaries.add(0); // cuts in the file header too
    b.put(h);
    long seconds = 1_600_000_000L + random.nextInt(100_000_000);
    long fraction = 0;
    boolean nano = s.magic() == 0xa1b23c4d;
    long unit = nano ? 1_000_000_000L : 1_000_000L;
    for (int i = 0; i < packets; i++) {
      fraction += 1 + random.nextInt(nano ? 900_000_000 : 900_000);
      seconds += fraction / unit;
      fraction %= unit;
      byte[] frame = frame(s.linkField() & 0xffff);
      int caplen = Math.min(frame.length, s.frameCut());
      addPcapRecord(b, s, seconds, fraction, caplen, frame);
    }
    b.boundaries.add(b.at());
    return b;
  }

  private void addPcapRecord(Built b, PcapShape s, long seconds, long fraction, int caplen,
      byte[] frame) {
    int at = b.at();
    b.boundaries.add(at);
    ByteBuffer r = b.buffer(s.recordHeader());
    r.putInt((int) seconds).putInt((int) fraction);
    if (s.lengthsSwapped()) {
      r.putInt(frame.length).putInt(caplen);
    } else {
      r.putInt(caplen).putInt(frame.length);
    }
    if (s.recordHeader() == 24) {
      r.putInt(1 + random.nextInt(4)).putShort((short) 0x0800).put((byte) 0); // ifindex, protocol
    }
    b.field(at, 4, Kind.TS_HIGH);
    b.field(at + 4, 4, Kind.TS_LOW);
    b.field(at + 8, 4, s.lengthsSwapped() ? Kind.WIRELEN : Kind.CAPLEN);
    b.field(at + 12, 4, s.lengthsSwapped() ? Kind.CAPLEN : Kind.WIRELEN);
    b.put(r);
    b.out.write(frame, 0, caplen);
  }

  // ---------------------------------------------------------------- pcapng

  /** How a pcapng file is laid out. */
  record NgShape(boolean big, boolean secondSectionOtherOrder, int sections, int interfaces,
      int tsresol, long tsoffset, int linkType, int snaplen, boolean packetBeforeIdb,
      boolean differentIdb) {
    String label() {
      return "ng-" + (big ? "be" : "le") + "-s" + sections + (secondSectionOtherOrder ? "x" : "")
          + "-if" + interfaces + "-res" + Integer.toHexString(tsresol)
          + (tsoffset != 0 ? "-off" : "")
          + "-lt" + linkType + "-snap" + Integer.toUnsignedString(snaplen)
          + (packetBeforeIdb ? "-early" : "") + (differentIdb ? "-diffidb" : "");
    }
  }

  private NgShape ngShape(int i) {
    int tsresol = RESOLUTIONS[random.nextInt(RESOLUTIONS.length)];
    long offset = random.nextInt(4) == 0 ? (random.nextBoolean() ? -86400L * 365 : 1000) : 0;
    int linkType = switch (random.nextInt(7)) {
      case 0 -> 101;
      case 1 -> 0;
      case 2 -> OTHER_LINK_TYPES[random.nextInt(OTHER_LINK_TYPES.length)];
      default -> 1;
    };
    int snaplen = switch (random.nextInt(6)) {
      case 0 -> 0;
      case 1 -> 100;
      case 2 -> 0x7fffffff;
      default -> 262144;
    };
    return new NgShape(random.nextInt(3) == 0, random.nextBoolean(), 1 + random.nextInt(3),
        random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(3), tsresol, offset, linkType, snaplen,
        random.nextInt(12) == 0,
        random.nextInt(10) == 0);
  }

  private Built pcapng(NgShape s) {
    var b = new Built();
    b.big = s.big();
    long seconds = 1_600_000_000L + random.nextInt(100_000_000);
    for (int section = 0; section < s.sections(); section++) {
      if (section > 0 && s.secondSectionOtherOrder()) b.big = !b.big;
      shb(b);
      b.interfaces = 0;
      if (s.packetBeforeIdb() && section == 0) epb(b, s, 0, seconds, frame(s.linkType()));
      for (int k = 0; k < 2 + random.nextInt(3); k++) otherBlock(b, s, seconds);
      for (int ifc = 0; ifc < s.interfaces(); ifc++) {
        boolean differ = s.differentIdb() && ifc == s.interfaces() - 1 && ifc > 0;
        idb(b, s, differ ? s.linkType() ^ 1 : s.linkType(), differ ? 1000 : s.snaplen());
      }
      // a section without interfaces has blocks of other kinds only
      int packets = s.interfaces() == 0 ? 0 : 2 + random.nextInt(6);
      for (int p = 0; p < packets; p++) {
        seconds += random.nextInt(3);
        byte[] frame = frame(s.linkType());
        switch (random.nextInt(8)) {
          case 0 -> spb(b, frame, s);
          case 1 -> packetBlock(b, s, 2, random.nextInt(s.interfaces()), seconds, frame);
          case 2 -> otherBlock(b, s, seconds);
          default -> epb(b, s, random.nextInt(s.interfaces()), seconds, frame);
        }
      }
    }
    b.boundaries.add(b.at());
    return b;
  }

  /** Starts a block: type and a length to fill in; returns where it starts. */
  private static int blockStart(Built b, int type, ByteArrayOutputStream body) {
    int at = b.at();
    b.boundaries.add(at);
    int length = 12 + body.size();
    ByteBuffer h = b.buffer(8);
    h.putInt(type).putInt(length);
    b.field(at, 4, Kind.BLOCK_TYPE);
    b.field(at + 4, 4, Kind.BLOCK_LENGTH);
    b.put(h);
    b.put(body.toByteArray());
    ByteBuffer t = b.buffer(4);
    t.putInt(length);
    b.field(b.at(), 4, Kind.TRAILER);
    b.put(t);
    return at;
  }

  private static void pad(ByteArrayOutputStream o) {
    while (o.size() % 4 != 0) o.write(0);
  }

  /** Writes options: code, length, value padded; then the end of options (most of the time). */
  private void options(Built b, ByteArrayOutputStream o, int bodyStartInFile, List<byte[]> values,
      List<Integer> codes) {
    for (int i = 0; i < codes.size(); i++) {
      byte[] v = values.get(i);
      b.field(bodyStartInFile + o.size(), 2, Kind.OPTION_CODE);
      b.field(bodyStartInFile + o.size() + 2, 2, Kind.OPTION_LENGTH);
      if (codes.get(i) == 9) b.field(bodyStartInFile + o.size() + 4, 1, Kind.TSRESOL);
      o.writeBytes(b.buffer(4).putShort((short) (int) codes.get(i)).putShort((short) v.length)
          .array());
      o.writeBytes(v);
      pad(o);
    }
    if (!codes.isEmpty() || random.nextBoolean()) o.writeBytes(new byte[4]);
  }

  private void shb(Built b) {
    var o = new ByteArrayOutputStream();
    int bodyAt = b.at() + 8;
    b.field(bodyAt, 4, Kind.BYTE_ORDER);
    b.field(bodyAt + 4, 2, Kind.VERSION_MAJOR);
    b.field(bodyAt + 6, 2, Kind.VERSION_MINOR);
    o.writeBytes(b.buffer(16).putInt(0x1a2b3c4d).putShort((short) 1).putShort((short) 0)
        .putLong(-1).array());
    var codes = new ArrayList<Integer>();
    var values = new ArrayList<byte[]>();
    if (random.nextBoolean()) {
      codes.add(2);
      values.add("fuzz hardware".getBytes());
    }
    if (random.nextBoolean()) {
      codes.add(1);
      values.add("a comment".getBytes());
    }
    options(b, o, bodyAt, values, codes);
    blockStart(b, 0x0a0d0d0a, o);
  }

  private void idb(Built b, NgShape s, int linkType, int snaplen) {
    var o = new ByteArrayOutputStream();
    int bodyAt = b.at() + 8;
    b.field(bodyAt, 2, Kind.IDB_LINKTYPE);
    b.field(bodyAt + 4, 4, Kind.IDB_SNAPLEN);
    o.writeBytes(b.buffer(8).putShort((short) linkType).putShort((short) 0).putInt(snaplen)
        .array());
    var codes = new ArrayList<Integer>();
    var values = new ArrayList<byte[]>();
    if (random.nextBoolean()) {
      codes.add(2);
      values.add("eth0".getBytes());
    }
    // most interfaces take the file's resolution and offset, some their own
    boolean own = random.nextInt(3) == 0;
    int tsresol = own ? RESOLUTIONS[random.nextInt(RESOLUTIONS.length)] : s.tsresol();
    long tsoffset = own && random.nextBoolean()
        ? random.nextInt(1 << 20) - (1 << 19) : s.tsoffset();
    if (tsresol >= 0) {
      codes.add(9);
      values.add(new byte[] {(byte) tsresol});
    }
    if (tsoffset != 0) {
      codes.add(14);
      values.add(b.buffer(8).putLong(tsoffset).array());
    }
    if (b.interfaces < b.tsresol.length) {
      b.tsresol[b.interfaces] = tsresol;
      b.tsoffset[b.interfaces] = tsoffset;
    }
    b.interfaces++;
    if (random.nextInt(3) == 0) {
      codes.add(13); // if_fcslen
      values.add(new byte[] {4});
    }
    if (random.nextInt(4) == 0) {
      codes.add(0x2bac); // an option no one defines
      values.add(new byte[] {1, 2, 3, 4, 5, 6, 7});
    }
    options(b, o, bodyAt, values, codes);
    blockStart(b, 1, o);
  }

  /** The raw 64-bit time stamp of {@code seconds} (and a fraction) in the interface's units. */
  private long rawStamp(Built b, int ifc, long seconds) {
    int known = Math.min(ifc, Math.min(b.interfaces, b.tsresol.length) - 1);
    long offset = known < 0 ? 0 : b.tsoffset[known];
    long secs = seconds - offset;
    int r = known < 0 || b.tsresol[known] < 0 ? 6 : b.tsresol[known];
    if ((r & 0x80) != 0) {
      int shift = r & 0x7f;
      return (secs << shift) | (random.nextLong() & ((1L << shift) - 1));
    }
    long unit = 1;
    for (int i = 0; i < r; i++) unit *= 10;
    return secs * unit + Math.floorMod(random.nextLong(), unit);
  }

  /** The bytes of a frame an interface of this snap length keeps. */
  private static int caplen(NgShape s, byte[] frame) {
    boolean whole = s.snaplen() == 0 || s.snaplen() > 262144;
    return whole ? frame.length : Math.min(frame.length, s.snaplen());
  }

  private void epb(Built b, NgShape s, int ifc, long seconds, byte[] frame) {
    packetBlock(b, s, 6, ifc, seconds, frame);
  }

  /**
   * An enhanced packet block (type 6: a 32-bit interface ID, options now and then) or an
   * obsolete packet block (type 2: a 16-bit ID and a drops count).
   */
  private void packetBlock(Built b, NgShape s, int type, int ifc, long seconds, byte[] frame) {
    var o = new ByteArrayOutputStream();
    int bodyAt = b.at() + 8;
    int caplen = caplen(s, frame);
    long ts = rawStamp(b, ifc, seconds);
    b.field(bodyAt, type == 6 ? 4 : 2, Kind.INTERFACE);
    b.field(bodyAt + 4, 4, Kind.TS_HIGH);
    b.field(bodyAt + 8, 4, Kind.TS_LOW);
    b.field(bodyAt + 12, 4, Kind.CAPLEN);
    b.field(bodyAt + 16, 4, Kind.WIRELEN);
    ByteBuffer h = b.buffer(20);
    if (type == 6) h.putInt(ifc);
    else h.putShort((short) ifc).putShort((short) 0);
    o.writeBytes(h.putInt((int) (ts >>> 32)).putInt((int) ts).putInt(caplen).putInt(frame.length)
        .array());
    o.write(frame, 0, caplen);
    pad(o);
    var codes = new ArrayList<Integer>();
    var values = new ArrayList<byte[]>();
    if (type == 6 && random.nextInt(3) == 0) {
      codes.add(2); // epb_flags
      values.add(b.buffer(4).putInt(1).array());
    }
    if (type == 6 && random.nextInt(5) == 0) {
      codes.add(1);
      values.add("packet comment".getBytes());
    }
    if (!codes.isEmpty()) options(b, o, bodyAt, values, codes);
    blockStart(b, type, o);
  }

  private void spb(Built b, byte[] frame, NgShape s) {
    var o = new ByteArrayOutputStream();
    int bodyAt = b.at() + 8;
    b.field(bodyAt, 4, Kind.WIRELEN);
    int caplen = caplen(s, frame);
    o.writeBytes(b.buffer(4).putInt(frame.length).array());
    o.write(frame, 0, caplen);
    pad(o);
    blockStart(b, 3, o);
  }

  /** A block a reader skips: NRB, ISB, DSB, custom, or one of a type no one knows. */
  private void otherBlock(Built b, NgShape s, long seconds) {
    var o = new ByteArrayOutputStream();
    int bodyAt = b.at() + 8;
    int type;
    switch (random.nextInt(6)) {
      case 0 -> {
        type = 4; // NRB: one IPv4 record, then the end
        byte[] name = "host.example".getBytes();
        o.writeBytes(b.buffer(4).putShort((short) 1).putShort((short) (4 + name.length + 1))
            .array());
        o.writeBytes(new byte[] {10, 0, 0, 1});
        o.writeBytes(name);
        o.write(0);
        pad(o);
        o.writeBytes(new byte[4]);
      }
      case 1 -> {
        type = 5; // ISB
        long ts = rawStamp(b, 0, seconds);
        b.field(bodyAt, 4, Kind.INTERFACE);
        o.writeBytes(b.buffer(12).putInt(0).putInt((int) (ts >>> 32)).putInt((int) ts).array());
        options(b, o, bodyAt, List.of(b.buffer(8).putLong(42).array()), List.of(4));
      }
      case 2 -> {
        type = 0x0a; // DSB: TLS key log
        byte[] secrets = "CLIENT_RANDOM 00 11\n".getBytes();
        o.writeBytes(b.buffer(8).putInt(0x544c534b).putInt(secrets.length).array());
        o.writeBytes(secrets);
        pad(o);
      }
      case 3 -> {
        type = random.nextBoolean() ? 0x00000bad : 0x40000bad; // custom, with a PEN
        o.writeBytes(b.buffer(4).putInt(32473).array());
        o.writeBytes(new byte[] {1, 2, 3, 4, 5});
        pad(o);
      }
      case 4 -> {
        type = 0x80000123; // local use
        o.writeBytes(new byte[8]);
      }
      default -> {
        type = 0x12345678;
        o.writeBytes(new byte[] {9, 9, 9, 9});
      }
    }
    blockStart(b, type, o);
  }

  // ---------------------------------------------------------------- frames

  /** A frame for the link type: Ethernet, raw IP, BSD loopback, or bytes for any other. */
  private byte[] frame(int linkType) {
    byte[] ip = ipPacket();
    return switch (linkType) {
      case 1 -> {
        var f = ByteBuffer.allocate(14 + ip.length);
        byte[] mac = new byte[12];
        random.nextBytes(mac);
        mac[0] &= (byte) 0xfe;
        mac[6] &= (byte) 0xfe;
        f.put(mac).putShort((short) ((ip[0] >> 4) == 6 ? 0x86dd : 0x0800)).put(ip);
        yield f.array();
      }
      case 101, 228 -> ip;
      case 0 -> {
        var f = ByteBuffer.allocate(4 + ip.length).order(ByteOrder.LITTLE_ENDIAN);
        f.putInt((ip[0] >> 4) == 6 ? 24 : 2).put(ip);
        yield f.array();
      }
      default -> {
        byte[] junk = new byte[20 + random.nextInt(80)];
        random.nextBytes(junk);
        yield junk;
      }
    };
  }

  private byte[] ipPacket() {
    int proto = switch (random.nextInt(5)) {
      case 0, 1 -> 6;
      case 2, 3 -> 17;
      default -> 1;
    };
    int payload = random.nextInt(3) == 0 ? 0 : random.nextInt(200);
    int l4 = (proto == 6 ? 20 : 8) + payload;
    ByteBuffer t = ByteBuffer.allocate(l4);
    int[] ports = {22, 53, 80, 123, 443, 5353, 40000};
    if (proto == 6) {
      t.putShort((short) ports[random.nextInt(ports.length)])
          .putShort((short) ports[random.nextInt(ports.length)]).putInt(random.nextInt())
          .putInt(random.nextInt()).put((byte) 0x50).put((byte) 0x18).putShort((short) 512)
          .putInt(0);
    } else if (proto == 17) {
      t.putShort((short) 40000).putShort((short) ports[random.nextInt(ports.length)])
          .putShort((short) l4).putShort((short) 0);
    } else {
      t.put((byte) 8).put((byte) 0).putShort((short) 0).putInt(random.nextInt());
    }
    byte[] data = new byte[payload];
    random.nextBytes(data);
    t.put(data);
    if (random.nextInt(4) == 0) {
      var p = ByteBuffer.allocate(40 + l4);
      p.putInt(0x60000000).putShort((short) l4).put((byte) proto).put((byte) 64)
          .putLong(0x20010db800000000L).putLong(1 + random.nextInt(5))
          .putLong(0x20010db800000000L).putLong(1 + random.nextInt(5)).put(t.array());
      return p.array();
    }
    var p = ByteBuffer.allocate(20 + l4);
    p.put((byte) 0x45).put((byte) 0).putShort((short) (20 + l4))
        .putShort((short) random.nextInt(65536))
        .putShort((short) 0x4000).put((byte) 64).put((byte) proto).putShort((short) 0)
        .putInt(0x0a000001 + random.nextInt(6)).putInt(0x0a000101 + random.nextInt(6))
        .put(t.array());
    return p.array();
  }

  // ---------------------------------------------------------------- mutations

  private byte[] mutate(Built b, byte[] bytes, StringBuilder names) {
    int pick = random.nextInt(21);
    if (names.length() > 0) names.append('-');
    if (pick < 4) {
      // a cut at a boundary, or a few bytes either side of one
      int boundary = b.boundaries.get(random.nextInt(b.boundaries.size()));
      int[] deltas = {0, 0, 1, 2, 4, 7, 8, 11, 12, 15, 16, 19, 20, 23, 24, 28, -1, -3, -4};
      int delta = deltas[random.nextInt(deltas.length)];
      int cut = Math.max(0, Math.min(bytes.length - 1, boundary + delta));
      names.append("cut").append(cut);
      return Arrays.copyOf(bytes, cut);
    }
    if (pick < 6) {
      // a bit flipped in some header field
      Field f = b.fields.get(random.nextInt(b.fields.size()));
      if (f.at() + f.size() > bytes.length) return bytes;
      byte[] c = bytes.clone();
      int bit = random.nextInt(f.size() * 8);
      c[f.at() + bit / 8] ^= (byte) (1 << (bit % 8));
      names.append("flip").append(f.kind().name().toLowerCase()).append(f.at()).append('b')
          .append(bit);
      return c;
    }
    if (pick < 7 && b.boundaries.size() > 2) {
      // bytes taken out between two boundaries, or a few put in at one: the reader loses step
      int i = random.nextInt(b.boundaries.size() - 1);
      int from = Math.min(bytes.length, b.boundaries.get(i) + (random.nextBoolean() ? 0 : 8));
      if (random.nextBoolean()) {
        int next = i + 1 + random.nextInt(b.boundaries.size() - 1 - i);
        int to = Math.min(bytes.length, b.boundaries.get(next));
        names.append("drop").append(from).append('_').append(to);
        byte[] c = new byte[bytes.length - (to - from)];
        System.arraycopy(bytes, 0, c, 0, from);
        System.arraycopy(bytes, to, c, from, bytes.length - to);
        return c;
      }
      int n = 1 + random.nextInt(8);
      names.append("insert").append(n).append('@').append(from);
      byte[] c = new byte[bytes.length + n];
      System.arraycopy(bytes, 0, c, 0, from);
      System.arraycopy(bytes, from, c, from + n, bytes.length - from);
      return c;
    }
    if (pick < 8 && b.fields.get(0).kind() == Kind.BYTE_ORDER) {
      // a pcapng file goes on with a section header of its own kind
      Field first = b.fields.get(0);
      ByteBuffer h = ByteBuffer.allocate(28).order(order(first));
      int variant = random.nextInt(5);
      int length = variant == 3 ? 24 : 28;
      h.putInt(0x0a0d0d0a).putInt(length)
          .putInt(switch (variant) {
            case 0 -> 0x4d3c2b1a; // the other byte order's magic, in this order's length
            case 1 -> 0x1a2b3c4e;
            default -> 0x1a2b3c4d;
          })
          .putShort((short) (variant == 2 ? 2 : 1)).putShort((short) 0).putLong(-1).putInt(length);
      byte[] c = Arrays.copyOf(bytes, bytes.length + 28);
      System.arraycopy(h.array(), 0, c, bytes.length, 28);
      names.append("section").append(variant);
      return c;
    }
    if (pick < 8) {
      byte[] tail = switch (random.nextInt(4)) {
        case 0 -> new byte[1 + random.nextInt(40)];
        case 1 -> {
          byte[] j = new byte[1 + random.nextInt(300)];
          random.nextBytes(j);
          yield j;
        }
        case 2 -> Arrays.copyOf(bytes, Math.min(bytes.length, 24)); // a header again
        default -> Arrays.copyOfRange(bytes, b.boundaries.get(0),
            b.boundaries.get(b.boundaries.size() - 1));
      };
      names.append("garbage").append(tail.length);
      byte[] c = Arrays.copyOf(bytes, bytes.length + tail.length);
      System.arraycopy(tail, 0, c, bytes.length, tail.length);
      return c;
    }
    // a field set to a lie its kind invites
    Field f = b.fields.get(random.nextInt(b.fields.size()));
    if (f.at() + f.size() > bytes.length) return bytes;
    long old = read(bytes, f);
    long value = lie(f, old, bytes);
    byte[] c = bytes.clone();
    write(c, f, value);
    names.append(f.kind().name().toLowerCase().replace("_", "")).append(f.at()).append('=')
        .append(Long.toHexString(value & (f.size() == 8 ? -1L : (1L << (f.size() * 8)) - 1)));
    return c;
  }

  private long lie(Field f, long old, byte[] bytes) {
    long[] choices = switch (f.kind()) {
      case MAGIC -> new long[] {0xa1b2c3d4L, 0xa1b23c4dL, 0xa1b2cd34L, 0xd4c3b2a1L, 0xa1b234cdL, 0};
      case VERSION_MAJOR -> new long[] {0, 1, 2, 3, 543, 0xffff};
      case VERSION_MINOR -> new long[] {0, 1, 2, 3, 4, 5, 0xffff};
      case SNAPLEN, IDB_SNAPLEN -> new long[] {0, 1, 40, 64, 65535, 262144, 262145, 0x7fffffff,
          0xffffffffL, 0x80000000L};
      case LINKTYPE -> new long[] {0, 1, 101, 0x24000001L, 0x04000001L, 0xfc000001L, 0x03ff0001L,
          0xffff, 147, 0x10001, 0xffffffffL, 12, 113};
      case IDB_LINKTYPE -> new long[] {0, 1, 101, 0xffff, 147, 12, 113, 228};
      case TS_HIGH -> new long[] {0, 0x7fffffff, 0x80000000L, 0xffffffffL, 0xfffffffeL};
      case TS_LOW -> new long[] {0, 999999, 1000000, 999999999, 1000000000, 0xffffffffL,
          0x80000000L};
      case CAPLEN -> new long[] {0, 1, old - 1, old + 1, old + 4, 65535, 65536, 262144, 262145,
          0x7fffffff, 0xffffffffL, 0x00fffff0L, 16 << 20};
      case WIRELEN -> new long[] {0, 1, old - 1, 0xffffffffL, 0x7fffffff};
      case BLOCK_TYPE -> new long[] {1, 2, 3, 5, 6, 0x0a0d0d0aL, 0, 0x80000000L, 0x12345678};
      case BLOCK_LENGTH -> new long[] {0, 4, 8, 11, 12, 13, old + 1, old + 2, old - 4, old + 4,
          old + 8, 28, 0x7ffffffcL, 0xfffffff0L, (16 << 20) + 4, 1 << 20, (1 << 20) + 4};
      case TRAILER -> new long[] {0, old + 4, old - 4, 0xffffffffL};
      case BYTE_ORDER -> new long[] {0x4d3c2b1aL, 0x1a2b3c4eL, 0};
      case INTERFACE -> new long[] {1, 2, 3, 0xffff, 0xffffffffL, 0x10000};
      case OPTION_CODE -> new long[] {0, 1, 2, 9, 13, 14, 0xffff};
      case OPTION_LENGTH -> new long[] {0, 1, 2, 3, 7, 8, 9, old + 4, 0xffff, 0x100};
      case TSRESOL -> new long[] {0, 6, 9, 19, 20, 0x80, 0x80 | 63, 0x80 | 64, 0xff, 0x80 | 34};
    };
    return choices[random.nextInt(choices.length)];
  }

  private static ByteOrder order(Field f) {
    return f.big() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
  }

  private static long read(byte[] bytes, Field f) {
    ByteBuffer bb = ByteBuffer.wrap(bytes).order(order(f));
    return switch (f.size()) {
      case 1 -> bytes[f.at()] & 0xff;
      case 2 -> bb.getShort(f.at()) & 0xffff;
      case 4 -> bb.getInt(f.at()) & 0xffffffffL;
      default -> bb.getLong(f.at());
    };
  }

  private static void write(byte[] bytes, Field f, long v) {
    ByteBuffer bb = ByteBuffer.wrap(bytes).order(order(f));
    switch (f.size()) {
      case 1 -> bytes[f.at()] = (byte) v;
      case 2 -> bb.putShort(f.at(), (short) v);
      case 4 -> bb.putInt(f.at(), (int) v);
      default -> bb.putLong(f.at(), v);
    }
  }

  // ---------------------------------------------------------------- large files

  /**
   * A little-endian microsecond pcap over 16 MiB (so that {@code -r F -w OUT} copies by ranges)
   * damaged in the middle or at the end: the range copy hands off to the reader there.
   */
  private Made largeFile(int i) {
    var s = new PcapShape(false, 0xa1b2c3d4, 2, 4, i == 3 ? 1000 : 262144, 1, Integer.MAX_VALUE);
    var b = new Built();
    ByteBuffer h = b.buffer(24);
    h.putInt(s.magic()).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
        .putInt(s.snaplen()).putInt(1);
    b.put(h);
    long seconds = 1_650_000_000L;
    long micros = 0;
    byte[][] frames = new byte[64][];
    for (int k = 0; k < frames.length; k++) {
      byte[] big = new byte[1000 + random.nextInt(500)];
      byte[] eth = frame(1);
      System.arraycopy(eth, 0, big, 0, Math.min(eth.length, big.length));
      frames[k] = k % 3 == 0 ? big : eth;
    }
    while (b.at() < (17 << 20)) {
      micros += 1 + random.nextInt(2000);
      seconds += micros / 1_000_000;
      micros %= 1_000_000;
      byte[] f = frames[random.nextInt(frames.length)];
      addPcapRecord(b, s, seconds, micros, Math.min(f.length, s.snaplen()), f);
    }
    byte[] bytes = b.out.toByteArray();
    List<Integer> starts = b.boundaries;
    int middle = starts.get(starts.size() / 2 + random.nextInt(starts.size() / 4));
    // the record that runs over the start of the third 4 MiB range (RangeCopy.DEFAULT_RANGE)
    int rangeStart = 24 + 2 * (4 << 20);
    int across = 0;
    for (int start : starts) {
      if (start > rangeStart) break;
      across = start;
    }
    ByteBuffer bb = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    String what;
    switch (i % 8) {
      case 0 -> {
        bb.putInt(middle + 8, 0x7ffffff0); // a captured length no reader takes
        what = "caplen-middle";
      }
      case 1 -> {
        // cut in the last record
        bytes = Arrays.copyOf(bytes, bytes.length - 1 - random.nextInt(900));
        what = "cut-end";
      }
      case 2 -> {
        byte[] junk = new byte[777];
        random.nextBytes(junk);
        int n = bytes.length;
        bytes = Arrays.copyOf(bytes, n + junk.length);
        System.arraycopy(junk, 0, bytes, n, junk.length);
        what = "garbage-end";
      }
      case 3 -> {
        bb.putInt(middle + 8, 1200); // above the snap length of 1000, below the maximum
        what = "over-snaplen-middle";
      }
      case 4 -> {
        bb.putInt(middle + 8, 0).putInt(middle + 12, 0); // a zero-length record, then garbage
        bb.putInt(middle, 0xffffffff);
        what = "zero-length-middle";
      }
      case 5 -> {
        bb.putInt(middle + 8, bb.getInt(middle + 12) + 1); // caplen above wirelen
        what = "caplen-over-wirelen-middle";
      }
      case 6 -> {
        bb.putInt(across + 8, 0x00400000); // a lying length in the record over a range's start
        what = "caplen-across-range";
      }
      default -> {
        bytes = Arrays.copyOf(bytes, rangeStart + 5); // cut a few bytes after a range's start
        what = "cut-after-range-start";
      }
    }
    return new Made(String.format("large%d-%s.pcap", i, what), bytes, true);
  }
}
