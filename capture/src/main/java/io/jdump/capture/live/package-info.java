/**
 * Live capture through libpcap (Npcap on Windows), bound with jnr-ffi: the device list, opening
 * a device with tcpdump's flags and words, a kernel filter, and {@link
 * io.jdump.capture.live.LiveSource}, a {@link io.jdump.capture.PacketSource} that allocates
 * nothing per packet.
 *
 * <h2>How tcpdump's flags map onto this package</h2>
 *
 * <p>Every message below is printed on stderr after {@code "jdump: "} (tcpdump's
 * {@code "tcpdump: "}), and every {@link io.jdump.capture.live.LiveCaptureException} means
 * exit status 1.
 *
 * <pre>
 * once        PcapLibrary lib = PcapLibrary.load()       LibraryMissing: "libpcap not found (...)"
 * -D          lib.devices(), line i: devices.get(i).tcpdumpLine(i + 1)              (stdout)
 * no -i       device = lib.defaultDevice()
 * -i X        LiveSource.open(lib, X, options): a name, else a 1-based number
 * -s N        options.withSnaplen(N)          (the CLI checks 0..262144 first, tcpdump's words)
 * -p          options.withPromisc(false)
 * -B KiB      options.withBufferSizeKiB(KiB)
 * --immediate-mode   options.withImmediate(true)
 * timeout     options.withTimeoutMs(100) when printing to a terminal or with -l (tcpdump)
 * --time-stamp-precision=P, --nano, --micro   options.withPrecision(TimestampPrecision.parse(P))
 * -j T        options.withTimestampType(lib.timestampTypeValue(T))
 * -J          lib.timestampTypeListing(dev), on stderr; empty: "Time stamp type cannot be set
 *             for DEV" on stderr; exit 0
 * -I          options.withRfmon(true)
 * -Q D        options.withDirection(Optional.of(Direction.parse(D)))
 * -y NAME     options.withDatalink(lib.datalinkValue(NAME))
 * -L          open without -y, then source.datalinkListing(dlt -> printable) on stderr
 *             (tcpdump 4.99); exit 0
 * -d -i X     open as for a capture, source.notices(), then the listing of the program
 *             compiled for source.dlt() and source.snaplen(); exit 0 (no "listening on")
 * netmask     0, as tcpdump 4.99; with -f lib.tcpdumpNetmask(dev), or when that fails the
 *             warning "WARNING: foreign (-f) flag used but: DEV: no IPv4 address assigned"
 * -Z USER     after the first output file is open: ProcessUser.load().dropTo(USER, file),
 *             only when running as root ("Couldn't find user 'USER'": exit 1)
 * after open  source.notices(), each line; then the filter; then with -w or -v
 *             "jdump: " + source.listeningOn(), else "jdump: verbose output suppressed, use
 *             -v[v]... for full protocol decode" and source.listeningOn() with no prefix
 * EXPR        compile for source.dlt() and source.snaplen(); unless --no-kernel-filter,
 *             source.setFilter(the kernel's copy): KernelFilter.forSocket(program, dlt,
 *             snaplen, linux), which on Linux Ethernet passes every frame whose tag the kernel
 *             took off (or is empty: no kernel filter); jdump's VM still decides each frame
 *             next() returns
 * loop        while (source.next(packet)) ...; -c N: stop after N kept packets
 * SIGINT, SIGTERM (Ctrl-C)   source.stop() from the handler: next() returns false
 * SIGUSR1     source.stats().tcpdumpSummary(kept), one line
 * at exit     source.stats().tcpdumpLines(kept), each on stderr; a device error
 *             (next() throws "pcap_loop: The interface disappeared") is printed first, and
 *             the statistics still follow, as tcpdump
 * </pre>
 *
 * <h2>Platforms</h2>
 *
 * <p>Linux loads {@code libpcap.so.1}, {@code libpcap.so.0.8}, then {@code libpcap.so}.
 * Windows loads {@code wpcap.dll} from {@code %SystemRoot%\System32\Npcap}, then from the
 * default search path; device names are {@code \Device\NPF_{GUID}}, listed with their
 * descriptions. The Windows path is written from Npcap's documentation and has not been run.
 */
package io.jdump.capture.live;
