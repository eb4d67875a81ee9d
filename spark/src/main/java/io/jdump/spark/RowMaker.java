package io.jdump.spark;

import io.jdump.capture.Packet;
import java.util.Arrays;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * Builds a row of the columns a query reads, and only those: a query of {@code src} alone
 * neither copies the frame nor formats Ethernet addresses. The frame's layers are found only
 * when a decoded column is read.
 */
final class RowMaker {
  private final Columns[] columns;
  private final boolean decodes;
  private final FrameDecoder decoder;
  private final UTF8String file;

  RowMaker(Columns[] columns, boolean anyVlan, String file) {
    this.columns = columns;
    this.decodes = Arrays.stream(columns).anyMatch(Columns::decoded);
    this.decoder = new FrameDecoder(anyVlan);
    this.file = UTF8String.fromString(file);
  }

  InternalRow make(Packet p) {
    if (decodes) decoder.decode(p.buffer(), p.offset(), p.caplen(), p.dlt());
    Object[] v = new Object[columns.length];
    for (int i = 0; i < columns.length; i++) v[i] = value(columns[i], p);
    return new GenericInternalRow(v);
  }

  private Object value(Columns c, Packet p) {
    FrameDecoder d = decoder;
    return switch (c) {
      case timestamp -> Math.floorDiv(p.timestampNanos(), 1000L);
      case timestampNanos -> p.timestampNanos();
      case file -> file;
      case caplen -> p.caplen();
      case len -> p.wirelen();
      case linkType -> p.dlt();
      case frame -> Arrays.copyOfRange(p.buffer(), p.offset(), p.offset() + p.caplen());
      case ethSrc -> d.ethernet() ? UTF8String.fromString(d.ethSrc()) : null;
      case ethDst -> d.ethernet() ? UTF8String.fromString(d.ethDst()) : null;
      case ethType -> d.ethernet() ? d.ethType() : null;
      case vlan -> d.ethernet() ? new GenericArrayData(boxed(d.vlans())) : null;
      case ipVersion -> d.version() == 0 ? null : d.version();
      case src -> text(d.addressText(true));
      case dst -> text(d.addressText(false));
      case srcBytes -> d.address(true);
      case dstBytes -> d.address(false);
      case protocol -> orNull(d.protocol());
      case sport -> orNull(d.sport());
      case dport -> orNull(d.dport());
      case tcpFlags -> orNull(d.tcpFlags());
      case icmpType -> orNull(d.icmpType());
      case icmpCode -> orNull(d.icmpCode());
    };
  }

  private static Object[] boxed(int[] a) {
    Object[] o = new Object[a.length];
    for (int i = 0; i < a.length; i++) o[i] = a[i];
    return o;
  }

  private static UTF8String text(String s) {
    return s == null ? null : UTF8String.fromString(s);
  }

  private static Integer orNull(int v) {
    return v < 0 ? null : v;
  }
}
