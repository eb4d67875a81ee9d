package io.jdump.filter;

/**
 * jdump's own meanings beyond libpcap's, each off by default; {@link #LIBPCAP} (all off)
 * compiles exactly what libpcap 1.10 compiles.
 *
 * <ul>
 *   <li>{@code scopedEncap}: {@code vlan}, {@code mpls} and {@code pppoes} move the offsets
 *       of what follows them only inside the {@code and}-chain they belong to; an {@code or}
 *       branch or a {@code not} operand starts from the offsets its enclosing chain had, and
 *       leaves them as they were. {@code (vlan 10 and host A) or host B} then matches
 *       untagged frames from B, and {@code not vlan and tcp} reads TCP in untagged frames.
 *   <li>{@code anyVlan}: on Ethernet, the expression is read at the depth of the frame's own
 *       VLAN tags (0, 1, or 2 and more; 802.1Q 0x8100, 802.1ad 0x88a8 and 0x9100 as libpcap's
 *       {@code vlan} accepts them): as {@code E} on an untagged frame, as {@code vlan and E}
 *       under one tag, as {@code vlan and vlan and E} under two or more. So {@code port 80}
 *       matches tagged frames, and {@code not port 22} rejects tagged SSH. An expression that
 *       names {@code vlan} itself already says where the tags are and is compiled as written.
 *       Frames cut inside the tags they announce are rejected. Other link types: no change.
 *   <li>{@code ip6Transport}: {@code tcp[...]}, {@code udp[...]}, {@code sctp[...]},
 *       {@code icmp6[...]} (and so {@code tcp[tcpflags]}, {@code icmp6[icmp6type]}) and the
 *       port and portrange tests find the transport header of IPv6 packets past up to
 *       {@value io.jdump.filter.gen.Ip6Walk#MAX_HEADERS} extension headers (hop-by-hop,
 *       routing, destination options, fragment, AH); a fragment other than the first has no
 *       transport header. The {@code tcp}, {@code udp}, {@code sctp} and {@code icmp6}
 *       protocol tests match what libpcap's match, and also packets whose protocol comes
 *       past extension headers. Each relation is libpcap's, or the same relation over the
 *       walked header; IPv4 keeps libpcap's meaning. A header cut short by the capture ends
 *       the filter with 0, as any BPF load past the captured bytes does.
 * </ul>
 *
 * <p>The options compose: with {@code anyVlan} and {@code scopedEncap}, the expression read
 * at each tag depth is scoped; {@code ip6Transport} applies at whatever offsets the
 * encapsulations leave.
 *
 * <pre>{@code
 * var o = CompileOptions.LIBPCAP.withScopedEncap(true).withIp6Transport(true);
 * BpfProgram p = FilterCompiler.compile("(vlan 10 and host 10.0.0.1) or tcp[13] & 2 != 0",
 *     1, 262144, true, o);
 * }</pre>
 *
 * @param scopedEncap  encapsulation keywords shift offsets only in their own and-chain
 * @param anyVlan      protocol tests match with or without VLAN tags
 * @param ip6Transport transport fields and ports reached over IPv6 extension headers
 * @param names        where names are looked up ({@link NameFiles#SYSTEM} by default); not a
 *                     meaning of jdump's own: libpcap reads the same files
 * @param savefile     whether the program is for a capture file, and its byte order
 *                     ({@link Savefile#NONE} by default); not a meaning of jdump's own either:
 *                     libpcap compiles some primitives differently for a savefile
 */
public record CompileOptions(boolean scopedEncap, boolean anyVlan, boolean ip6Transport,
    NameFiles names, Savefile savefile) {
  /** libpcap's meaning, the default. */
  public static final CompileOptions LIBPCAP = new CompileOptions(false, false, false);

  /**
   * The three meanings, with names from the system's files.
   *
   * @param scopedEncap  encapsulation keywords shift offsets only in their own and-chain
   * @param anyVlan      protocol tests match with or without VLAN tags
   * @param ip6Transport transport fields and ports reached over IPv6 extension headers
   */
  public CompileOptions(boolean scopedEncap, boolean anyVlan, boolean ip6Transport) {
    this(scopedEncap, anyVlan, ip6Transport, NameFiles.SYSTEM, Savefile.NONE);
  }

  /**
   * The three meanings, with names from other files, for a live capture or no input.
   *
   * @param scopedEncap  encapsulation keywords shift offsets only in their own and-chain
   * @param anyVlan      protocol tests match with or without VLAN tags
   * @param ip6Transport transport fields and ports reached over IPv6 extension headers
   * @param names        where names are looked up
   */
  public CompileOptions(boolean scopedEncap, boolean anyVlan, boolean ip6Transport,
      NameFiles names) {
    this(scopedEncap, anyVlan, ip6Transport, names, Savefile.NONE);
  }

  /** {@return true when every option is off: the program is libpcap's} */
  public boolean isLibpcap() {
    return !scopedEncap && !anyVlan && !ip6Transport;
  }

  /**
   * {@return these options with {@code --scoped-encap} on or off}
   *
   * @param on true for scoped encapsulations
   */
  public CompileOptions withScopedEncap(boolean on) {
    return new CompileOptions(on, anyVlan, ip6Transport, names, savefile);
  }

  /**
   * {@return these options with {@code --any-vlan} on or off}
   *
   * @param on true to match with or without VLAN tags
   */
  public CompileOptions withAnyVlan(boolean on) {
    return new CompileOptions(scopedEncap, on, ip6Transport, names, savefile);
  }

  /**
   * {@return these options with {@code --ip6-transport} on or off}
   *
   * @param on true to walk IPv6 extension headers
   */
  public CompileOptions withIp6Transport(boolean on) {
    return new CompileOptions(scopedEncap, anyVlan, on, names, savefile);
  }

  /**
   * The same meanings, with names looked up in other files.
   *
   * @param files where names are looked up
   * @return these options with other name files
   */
  public CompileOptions withNames(NameFiles files) {
    return new CompileOptions(scopedEncap, anyVlan, ip6Transport, files, savefile);
  }

  /**
   * The same meanings, compiled as libpcap compiles for a handle reading a capture file
   * ({@code pcap_open_offline}) rather than a device or {@code pcap_open_dead}: {@code ip6} on
   * NULL, LOOP and ENC accepts every BSD AF_INET6 value, the AF_ word of NULL and ENC follows
   * the file's byte order, and {@code inbound}, {@code outbound} and {@code ifindex} are refused
   * on link types that keep no direction or interface in the packet.
   *
   * <pre>{@code
   * var o = CompileOptions.LIBPCAP.withSavefile(Savefile.of(java.nio.ByteOrder.LITTLE_ENDIAN));
   * }</pre>
   *
   * @param file the capture file's byte order, or {@link Savefile#NONE}
   * @return these options for that input
   */
  public CompileOptions withSavefile(Savefile file) {
    return new CompileOptions(scopedEncap, anyVlan, ip6Transport, names, file);
  }
}
