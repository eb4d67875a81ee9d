/**
 * jdump underneath pcap4j: capture files and live devices read by jdump, filtered by jdump's
 * compiler and JIT, handed over as pcap4j {@link org.pcap4j.packet.Packet}s (dissected only
 * when they pass) or as raw bytes. {@link io.jdump.pcap4j.JdumpPcaps} opens a
 * {@link io.jdump.pcap4j.JdumpHandle}, which answers as pcap4j's {@code PcapHandle} does.
 *
 * <pre>{@code
 * try (JdumpHandle h = JdumpPcaps.openOffline("samples/http.pcap")) {
 *   h.setFilter("tcp port 80", BpfCompileMode.OPTIMIZE);
 *   h.loop(-1, (PacketListener) p -> System.out.println(h.getTimestamp() + " " + p));
 * }
 * }</pre>
 */
package io.jdump.pcap4j;
