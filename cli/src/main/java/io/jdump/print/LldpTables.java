package io.jdump.print;

/** The names print-lldp.c gives to LLDP's TLVs, subtypes and flag bits (its tok tables). */
final class LldpTables {
  private LldpTables() {
  }

  static final String[] TLVS = {"End", "Chassis ID", "Port ID", "Time to Live",
    "Port Description", "System Name", "System Description", "System Capabilities",
    "Management Address"};
  static final String[] CHASSIS_SUBTYPES = {null, "Chassis component", "Interface alias",
    "Port component", "MAC address", "Network address", "Interface name", "Local"};
  static final String[] PORT_SUBTYPES = {null, "Interface alias", "Port component",
    "MAC address", "Network Address", "Interface Name", "Agent circuit ID", "Local"};
  static final int[] CAP_BITS = {1, 2, 4, 8, 16, 32, 64, 128};
  static final String[] CAP_NAMES = {"Other", "Repeater", "Bridge", "WLAN AP", "Router",
    "Telephone", "Docsis", "Station Only"};
  static final String[] SUBTYPES_8021 = {null, "Port VLAN Id", "Port and Protocol VLAN ID",
    "VLAN name", "Protocol Identity", null, null, "Link aggregation", "Congestion Notification",
    "ETS Configuration", "ETS Recommendation", "Priority Flow Control Configuration",
    "Application Priority", "EVB", "CDCP"};
  static final int[] PPVID_BITS = {2, 4};
  static final String[] PPVID_NAMES = {"supported", "enabled"};
  static final String[] SUBTYPES_8023 = {null, "MAC/PHY configuration/status", "Power via MDI",
    "Link aggregation", "Max frame size"};
  static final String[] SUBTYPES_TIA = {null, "LLDP-MED Capabilities", "Network policy",
    "Location identification", "Extended power-via-MDI", "Inventory - hardware revision",
    "Inventory - firmware revision", "Inventory - software revision",
    "Inventory - serial number", "Inventory - manufacturer name", "Inventory - model name",
    "Inventory - asset ID"};
  static final String[] INVENTORY = {null, null, null, null, null, "Hardware revision",
    "Firmware revision", "Software revision", "Serial number", "Manufacturer name",
    "Model name", "Asset ID"};
  static final String[] ALTITUDE_TYPES = {null, "meters", "floors"};
  static final String[] CA_TYPES = {null,
    "national subdivisions (state,canton,region,province,prefecture)",
    "county, parish, gun, district", "city, township, shi",
    "city division, borough, city district, ward chou", "neighborhood, block", "street"};
  static final String[] LCI_WHAT = {"location of DHCP server",
    "location of the network element believed to be closest to the client",
    "location of the client"};
  static final String[] MAU_TYPES = {"Unknown", "AUI", "10BASE_5", "FOIRL", "10BASE2",
    "10BASET duplex mode unknown", "10BASEFP", "10BASEFB", "10BASEFL duplex mode unknown",
    "10BROAD36", "10BASET hdx", "10BASET fdx", "10BASEFL hdx", "10BASEFL fdx", "100BASET4",
    "100BASETX hdx", "100BASETX fdx", "100BASEFX hdx", "100BASEFX fdx", "100BASET2 hdx",
    "100BASET2 fdx", "1000BASEX hdx", "1000BASEX fdx", "1000BASELX hdx", "1000BASELX fdx",
    "1000BASESX hdx", "1000BASESX fdx", "1000BASECX hdx", "1000BASECX fdx", "1000BASET hdx",
    "1000BASET fdx", "10GBASEX", "10GBASELX4", "10GBASER", "10GBASEER", "10GBASELR",
    "10GBASESR", "10GBASEW", "10GBASEEW", "10GBASELW", "10GBASESW"};
  static final int[] AUTONEG_BITS = {1, 2};
  static final String[] AUTONEG_NAMES = {"supported", "enabled"};
  static final int[] MED_CAP_BITS = {1, 2, 4, 8, 16, 32};
  static final String[] MED_CAP_NAMES = {"LLDP-MED capabilities", "network policy",
    "location identification", "extended power via MDI-PSE", "extended power via MDI-PD",
    "Inventory"};
  static final String[] DEVICE_TYPES = {null, "endpoint class 1", "endpoint class 2",
    "endpoint class 3", "network connectivity"};
  static final String[] APPLICATION_TYPES = {null, "voice", "voice signaling", "guest voice",
    "guest voice signaling", "softphone voice", "video conferencing", "streaming video",
    "video signaling"};
  /** In the table's order, which bittok2str keeps: U, T, X. */
  static final int[] POLICY_BITS = {0x80, 0x40, 0x20};
  static final String[] POLICY_NAMES = {"Unknown", "Tagged", "reserved"};
  static final String[] LOCATION_FORMATS = {null, "coordinate-based LCI", "civic address LCI",
    "ECS ELIN"};
  static final String[] DATUMS = {null, "World Geodesic System 1984",
    "North American Datum 1983 (NAVD88)", "North American Datum 1983 (MLLW)"};
  static final String[] POWER_SOURCES = {null, "PSE - primary power source",
    "local - backup power source", "PSE+local - reserved"};
  static final String[] POWER_PRIORITIES = {null, "critical", "high", "low"};
  /** lldp_pmd_capability_values: bit 15 ("other") has no name. */
  static final int[] PMD_BITS = {1 << 14, 1 << 13, 1 << 12, 1 << 11, 1 << 10, 1 << 9, 1 << 8,
    1 << 7, 1 << 6, 1 << 5, 1 << 4, 1 << 3, 1 << 2, 1 << 1, 1};
  static final String[] PMD_NAMES = {"10BASE-T hdx", "10BASE-T fdx", "100BASE-T4",
    "100BASE-TX hdx", "100BASE-TX fdx", "100BASE-T2 hdx", "100BASE-T2 fdx",
    "Pause for fdx links", "Asym PAUSE for fdx", "Sym PAUSE for fdx",
    "Asym and Sym PAUSE for fdx", "1000BASE-{X LX SX CX} hdx", "1000BASE-{X LX SX CX} fdx",
    "1000BASE-T hdx", "1000BASE-T fdx"};
  static final int[] MDI_BITS = {1, 2, 4, 8};
  static final String[] MDI_NAMES = {"PSE", "supported", "enabled", "can be controlled"};
  static final String[] POWER_PAIRS = {null, "signal", "spare"};
  static final String[] POWER_CLASSES = {null, "class0", "class1", "class2", "class3", "class4"};
  static final int[] AGGREGATION_BITS = {1, 2};
  static final String[] AGGREGATION_NAMES = {"supported", "enabled"};
  static final String[] DCBX_SUBTYPES = {null, "DCB Capability Exchange Protocol Rev 1",
    "DCB Capability Exchange Protocol Rev 1.01"};
  static final String[] INTERFACE_NUMBERING = {null, null, "Interface Index",
    "System Port Number"};
  static final String[] EVB_MODES = {"Not Supported", "EVB Bridge", "EVB Station",
    "Reserved for future Standardization"};

  /** tcpdump's {@code tok2str} over a table indexed by value. */
  static String name(String[] table, int v, String unknown) {
    return v >= 0 && v < table.length && table[v] != null ? table[v] : unknown;
  }

  /** tcpdump's {@code bittok2str}: the names of the set bits, in the table's order. */
  static void bits(StringBuilder out, int[] bits, String[] names, int v, String none) {
    boolean any = false;
    for (int i = 0; i < bits.length; i++) {
      if ((v & bits[i]) == 0) continue;
      if (any) out.append(", ");
      out.append(names[i]);
      any = true;
    }
    if (!any) out.append(none);
  }
}
