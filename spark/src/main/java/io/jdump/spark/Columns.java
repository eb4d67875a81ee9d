package io.jdump.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The DataFrame's columns: the record (time, file, lengths, link type, bytes) and fields decoded
 * from the frame. A decoded field is null when the packet does not have it where libpcap's
 * filter would look for it (see {@link FrameDecoder}).
 *
 * <pre>{@code
 * spark.read().format("pcap").load("x.pcap").select("src", "dport").show();
 * }</pre>
 */
public enum Columns {
  timestamp(DataTypes.TimestampType, false),
  timestampNanos(DataTypes.LongType, false),
  file(DataTypes.StringType, false),
  caplen(DataTypes.IntegerType, false),
  len(DataTypes.IntegerType, false),
  linkType(DataTypes.IntegerType, false),
  frame(DataTypes.BinaryType, false),
  ethSrc(DataTypes.StringType, true),
  ethDst(DataTypes.StringType, true),
  ethType(DataTypes.IntegerType, true),
  vlan(DataTypes.createArrayType(DataTypes.IntegerType, false), true),
  ipVersion(DataTypes.IntegerType, true),
  src(DataTypes.StringType, true),
  dst(DataTypes.StringType, true),
  srcBytes(DataTypes.BinaryType, true),
  dstBytes(DataTypes.BinaryType, true),
  protocol(DataTypes.IntegerType, true),
  sport(DataTypes.IntegerType, true),
  dport(DataTypes.IntegerType, true),
  tcpFlags(DataTypes.IntegerType, true),
  icmpType(DataTypes.IntegerType, true),
  icmpCode(DataTypes.IntegerType, true);

  /** The full schema, in this order. */
  public static final StructType SCHEMA = schema();

  private final DataType type;
  private final boolean nullable;

  Columns(DataType type, boolean nullable) {
    this.type = type;
    this.nullable = nullable;
  }

  private static StructType schema() {
    var fields = new StructField[values().length];
    for (Columns c : values()) fields[c.ordinal()] = new StructField(c.name(), c.type, c.nullable, Metadata.empty());
    return new StructType(fields);
  }

  /** {@return true when the column needs the frame parsed past its record header} */
  boolean decoded() {
    return ordinal() >= ethSrc.ordinal();
  }
}
