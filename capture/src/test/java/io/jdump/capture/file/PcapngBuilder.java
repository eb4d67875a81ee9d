package io.jdump.capture.file;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Writes pcapng blocks by hand, in either byte order, corrupt ones included. Test code. */
final class PcapngBuilder {
  static final int SHB = 0x0a0d0d0a;
  static final int IDB = 1;
  static final int PB = 2;
  static final int SPB = 3;
  static final int EPB = 6;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

  /** Starts a section in the given byte order, version 1.0. */
  PcapngBuilder section(ByteOrder o) {
    return section(o, 1, 0);
  }

  PcapngBuilder section(ByteOrder o, int major, int minor) {
    order = o;
    return block(SHB, buf(16).putInt(0x1a2b3c4d).putShort((short) major).putShort((short) minor)
        .putLong(-1).array());
  }

  /** An interface description; {@code options} from {@link #option}, ending or not with opt_endofopt. */
  PcapngBuilder idb(int linkType, int snaplen, byte[]... options) {
    var body = new ByteArrayOutputStream();
    body.writeBytes(buf(8).putShort((short) linkType).putShort((short) 0).putInt(snaplen).array());
    for (byte[] o : options) body.writeBytes(o);
    return block(IDB, body.toByteArray());
  }

  /** {@return an option: code, length, value padded to 4 bytes} in the current byte order. */
  byte[] option(int code, byte[] value) {
    ByteBuffer b = buf(4 + ((value.length + 3) & ~3));
    b.putShort((short) code).putShort((short) value.length).put(value);
    return b.array();
  }

  byte[] tsresol(int value) {
    return option(9, new byte[] {(byte) value});
  }

  byte[] tsoffset(long seconds) {
    return option(14, buf(8).putLong(seconds).array());
  }

  PcapngBuilder epb(int ifid, long ts, byte[] data, int wirelen, byte[]... options) {
    var body = new ByteArrayOutputStream();
    body.writeBytes(buf(20).putInt(ifid).putInt((int) (ts >>> 32)).putInt((int) ts)
        .putInt(data.length).putInt(wirelen).array());
    body.writeBytes(data);
    body.writeBytes(new byte[-data.length & 3]);
    for (byte[] o : options) body.writeBytes(o);
    return block(EPB, body.toByteArray());
  }

  /** An obsolete packet block: 16-bit interface id and drop count. */
  PcapngBuilder pb(int ifid, long ts, byte[] data, int wirelen) {
    var body = new ByteArrayOutputStream();
    body.writeBytes(buf(20).putShort((short) ifid).putShort((short) 0).putInt((int) (ts >>> 32))
        .putInt((int) ts).putInt(data.length).putInt(wirelen).array());
    body.writeBytes(data);
    return block(PB, body.toByteArray());
  }

  /** A simple packet block: {@code data} is already cut to the interface's snapshot length. */
  PcapngBuilder spb(byte[] data, int wirelen) {
    var body = new ByteArrayOutputStream();
    body.writeBytes(buf(4).putInt(wirelen).array());
    body.writeBytes(data);
    return block(SPB, body.toByteArray());
  }

  /** Any block: type, length, body padded to 4 bytes, length again. */
  PcapngBuilder block(int type, byte[] body) {
    int padded = (body.length + 3) & ~3;
    int length = 12 + padded;
    ByteBuffer b = buf(length).putInt(type).putInt(length).put(body);
    b.putInt(length - 4, length);
    out.writeBytes(b.array());
    return this;
  }

  /** Bytes as given: a corrupt or cut block. */
  PcapngBuilder raw(byte[] bytes) {
    out.writeBytes(bytes);
    return this;
  }

  ByteBuffer buf(int n) {
    return ByteBuffer.allocate(n).order(order);
  }

  byte[] bytes() {
    return out.toByteArray();
  }
}
