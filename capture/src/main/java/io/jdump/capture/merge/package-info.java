/**
 * Merging capture files in mergecap's order, and filtering them on the way.
 *
 * <p>mergecap (Wireshark 4.0) repeatedly writes the earliest of the files' next packets, and
 * on equal timestamps the one from the file named last. Each file's own order is kept, sorted
 * or not. That order is the same as a stable sort of all packets by the key (the largest
 * timestamp in the file up to and including the packet, the file's position in the list,
 * counted from the end, the packet's position in its file): a packet earlier than one before it
 * in its file is written right after that one. The key of a packet depends only on its own
 * file, so that files, and parts of files, can be filtered separately (on Spark's executors)
 * and the kept packets merged afterwards without reading the dropped ones again.
 *
 * <pre>{@code
 * List<MergeSource> in = List.of(new FilteredSource(CaptureFiles.open(a), filter),
 *                                new FilteredSource(CaptureFiles.open(b), filter));
 * try (PacketSink out = CaptureFiles.pcapWriter(stream, dlt, 262144, false)) {
 *   PacketMerge.run(in, out);
 * }
 * }</pre>
 */
package io.jdump.capture.merge;
