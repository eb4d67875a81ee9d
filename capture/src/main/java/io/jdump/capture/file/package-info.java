/**
 * pcap and pcapng files in pure Java: {@link io.jdump.capture.file.CaptureFiles} opens a file or
 * stream by its magic number and makes writers.
 *
 * <pre>{@code
 * try (PacketSource in = CaptureFiles.open(Path.of("in.pcapng"));
 *      PacketSink out = CaptureFiles.pcapngWriter(System.out, "eth0", in.snaplen(), true)) {
 *   var p = new Packet();
 *   while (in.next(p)) out.write(p);
 * }
 * }</pre>
 *
 * <h2>Errors, as tcpdump 4.99.3 / libpcap 1.10.3 report them</h2>
 *
 * A {@link io.jdump.capture.CaptureFileException}'s message is libpcap's text. tcpdump prints it
 * as {@code tcpdump: MESSAGE} when {@code open} fails (no packet printed), and as
 * {@code tcpdump: pcap_loop: MESSAGE} when {@code next} fails, after the packets before the
 * corruption (printed, or written with -w). Its exit status is 1 either way; 0 at a clean end.
 *
 * <table>
 * <caption>Thrown by {@code open}</caption>
 * <tr><td>fewer than 4 bytes</td><td>truncated dump file; tried to read 4 file header bytes, only got N</td></tr>
 * <tr><td>pcap header cut</td><td>truncated dump file; tried to read 24 file header bytes, only got N-4</td></tr>
 * <tr><td>no known magic</td><td>unknown file format</td></tr>
 * <tr><td>pcap version below 2</td><td>archaic pcap savefile format</td></tr>
 * <tr><td>other pcap version</td><td>unsupported pcap savefile version M.m</td></tr>
 * <tr><td>SHB length</td><td>Section Header Block in pcapng dump file has invalid length 28 &lt; _L_ &lt; 1048576 (BT_SHB_INSANE_MAX)</td></tr>
 * <tr><td>pcapng version</td><td>unsupported pcapng savefile version M.m</td></tr>
 * <tr><td>no IDB</td><td>the capture file has no Interface Description Blocks</td></tr>
 * <tr><td>packet first</td><td>the capture file has a packet block before any Interface Description Blocks</td></tr>
 * <tr><td>missing file</td><td>NAME: No such file or directory (also Permission denied;
 *     a directory: error reading dump file: Is a directory)</td></tr>
 * </table>
 *
 * <table>
 * <caption>Thrown by {@code next}</caption>
 * <tr><td>pcap record header cut</td><td>truncated dump file; tried to read 16 header bytes, only got N</td></tr>
 * <tr><td>pcap record data cut</td><td>truncated dump file; tried to read CAPLEN captured bytes, only got N</td></tr>
 * <tr><td>caplen over 262144 (the DLT's maximum)</td><td>invalid packet capture length C, bigger than snaplen of S</td></tr>
 * <tr><td>pcapng block cut</td><td>truncated pcapng dump file; tried to read N bytes, only got M</td></tr>
 * <tr><td>block length</td><td>block in pcapng dump file has a length of L &lt; 12; ... that is not a multiple of 4;
 *     pcapng block size L &gt; maximum 16777216</td></tr>
 * <tr><td>trailer</td><td>block total length in header and trailer don't match</td></tr>
 * <tr><td>short block</td><td>block of type T in pcapng dump file is too short</td></tr>
 * <tr><td>interface</td><td>a packet arrived on interface I, but there's no Interface Description Block for that interface</td></tr>
 * </table>
 *
 * <p>IDB option errors ({@code Interface Description Block has ...}) come from whichever call
 * reads the IDB. Unlike libpcap, jdump reads pcapng files whose interfaces differ in link type
 * or snapshot length and whose sections differ in byte order.
 */
package io.jdump.capture.file;
