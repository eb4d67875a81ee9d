package io.jdump.filter.parse;

import java.util.Map;

/**
 * The names of 802.11 frame types and subtypes, as the grammar knows them: values of the first
 * frame control byte (type in bits 2-3, subtype in bits 4-7). Subtype names are looked up in
 * the table of the type named before them; alone ({@code subtype beacon}) they name both.
 */
final class WlanNames {
  private WlanNames() {}

  private static final Map<String, Integer> TYPES = Map.of(
      "mgt", 0x00, "management", 0x00, "ctl", 0x04, "control", 0x04, "data", 0x08);

  private static final Map<String, Integer> MGT = Map.ofEntries(
      Map.entry("assoc-req", 0x00), Map.entry("assocreq", 0x00),
      Map.entry("assoc-resp", 0x10), Map.entry("assocresp", 0x10),
      Map.entry("reassoc-req", 0x20), Map.entry("reassocreq", 0x20),
      Map.entry("reassoc-resp", 0x30), Map.entry("reassocresp", 0x30),
      Map.entry("probe-req", 0x40), Map.entry("probereq", 0x40),
      Map.entry("probe-resp", 0x50), Map.entry("proberesp", 0x50),
      Map.entry("beacon", 0x80), Map.entry("atim", 0x90),
      Map.entry("disassoc", 0xa0), Map.entry("disassociation", 0xa0),
      Map.entry("auth", 0xb0), Map.entry("authentication", 0xb0),
      Map.entry("deauth", 0xc0), Map.entry("deauthentication", 0xc0));

  private static final Map<String, Integer> CTL = Map.of(
      "ps-poll", 0xa0, "rts", 0xb0, "cts", 0xc0, "ack", 0xd0, "cf-end", 0xe0, "cf-end-ack", 0xf0);

  private static final Map<String, Integer> DATA = Map.ofEntries(
      Map.entry("data", 0x00), Map.entry("data-cf-ack", 0x10), Map.entry("data-cf-poll", 0x20),
      Map.entry("data-cf-ack-poll", 0x30), Map.entry("null", 0x40), Map.entry("cf-ack", 0x50),
      Map.entry("cf-poll", 0x60), Map.entry("cf-ack-poll", 0x70), Map.entry("qos-data", 0x80),
      Map.entry("qos-data-cf-ack", 0x90), Map.entry("qos-data-cf-poll", 0xa0),
      Map.entry("qos-data-cf-ack-poll", 0xb0), Map.entry("qos", 0xc0),
      Map.entry("qos-cf-poll", 0xe0), Map.entry("qos-cf-ack-poll", 0xf0));

  /** {@return the type value of a type name, or -1} */
  static long type(String name) {
    return TYPES.getOrDefault(name, -1);
  }

  /** {@return whether a type value has a table of subtype names} */
  static boolean knownType(long type) {
    return type == 0x00 || type == 0x04 || type == 0x08;
  }

  /** {@return the subtype value of a name within a type's table, or -1} */
  static long subtype(long type, String name) {
    Map<String, Integer> t = type == 0x00 ? MGT : type == 0x04 ? CTL : DATA;
    return t.getOrDefault(name, -1);
  }

  /** {@return type | subtype for a subtype name of any type, or -1} */
  static long typeSubtype(String name) {
    if (MGT.containsKey(name)) return MGT.get(name);
    if (CTL.containsKey(name)) return 0x04 | CTL.get(name);
    if (DATA.containsKey(name)) return 0x08 | DATA.get(name);
    return -1;
  }
}
