package io.jdump.filter.diff;

import io.jdump.bpf.LinkType;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The packets one link type's filters run over: the real frames of the repository's samples, every
 * payload of {@link NetworkPayloads} in that link layer's encapsulations, then short frames (cut every few bytes), captures shorter than the
 * wire length, and empty packets. Deterministic for a seed. Held packed in one array, as the
 * native runner wants it.
 */
final class PacketCorpus {
  /** Enough whole frames that each link type has a few thousand packets with the cut ones. */
  private static final int MIN_FRAMES = 2400;

  private final LinkType type;
  private final byte[] data;
  private final int[] offset;
  private final int[] caplen;
  private final int[] wirelen;
  private final String[] label;
  /** Whether a packet is a frame cut short (short frame or short capture), not a whole one. */
  private final boolean[] cut;

  private PacketCorpus(LinkType type, List<LinkFramer.Frame> frames, List<int[]> sizes) {
    this.type = type;
    int n = sizes.size();
    offset = new int[n];
    caplen = new int[n];
    wirelen = new int[n];
    label = new String[n];
    cut = new boolean[n];
    int total = 0;
    for (int[] s : sizes) total += s[1];
    data = new byte[total];
    int at = 0;
    for (int i = 0; i < n; i++) {
      int[] s = sizes.get(i);
      LinkFramer.Frame f = frames.get(s[0]);
      System.arraycopy(f.bytes(), 0, data, at, s[1]);
      offset[i] = at;
      caplen[i] = s[1];
      wirelen[i] = s[2];
      label[i] = f.label();
      cut[i] = s[1] < f.bytes().length;
      at += s[1];
    }
  }

  static PacketCorpus build(LinkType type, long seed) {
    SplittableRandom rng = new SplittableRandom(seed ^ type.dlt() * 0x9E3779B97F4A7C15L);
    LinkFramer framer = new LinkFramer(rng);
    List<LinkFramer.Frame> frames = new ArrayList<>();
    frames.addAll(SampleCaptures.frames(type));
    if (type == LinkType.EN10MB) frames.addAll(framer.pppoeDiscovery());
    while (frames.size() < MIN_FRAMES) {
      for (Payload p : NetworkPayloads.all(rng)) frames.addAll(framer.frames(type, p));
    }
    // Each entry: frame index, caplen, wirelen.
    List<int[]> sizes = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      int len = frames.get(i).bytes().length;
      sizes.add(new int[] {i, len, len});
      if (rng.nextInt(10) == 0) sizes.add(new int[] {i, rng.nextInt(len + 1), len}); // snapped capture
    }
    for (int k = 0; k < 30; k++) {
      int i = rng.nextInt(frames.size());
      int len = frames.get(i).bytes().length;
      for (int cut = rng.nextInt(3); cut < Math.min(len, 130); cut += 3) {
        sizes.add(k % 2 == 0 ? new int[] {i, cut, cut} : new int[] {i, cut, len});
      }
    }
    sizes.add(new int[] {0, 0, 0});
    sizes.add(new int[] {0, 0, 60});
    sizes.add(new int[] {0, 0, 1514});
    return new PacketCorpus(type, frames, sizes);
  }

  LinkType type() {
    return type;
  }

  int size() {
    return offset.length;
  }

  byte[] data() {
    return data;
  }

  int offset(int i) {
    return offset[i];
  }

  int caplen(int i) {
    return caplen[i];
  }

  int wirelen(int i) {
    return wirelen[i];
  }

  /** {@return whether the packet is a frame cut short rather than a whole frame} */
  boolean isCut(int i) {
    return cut[i];
  }

  /** {@return one packet for a failure message: what it is, its lengths and its bytes in hex} */
  String describe(int i) {
    return String.format("%s caplen=%d wirelen=%d %s", label[i], caplen[i], wirelen[i],
        HexFormat.of().formatHex(data, offset[i], offset[i] + caplen[i]));
  }
}
