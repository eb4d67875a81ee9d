package io.jdump.print;

import java.util.Arrays;
import java.util.HashMap;

/**
 * The initial sequence numbers of each TCP conversation seen, so that later segments print
 * relative numbers, as tcpdump's {@code tcp_seq_hash}. Both directions share one entry, keyed
 * in a fixed order of addresses and ports. Lookups reuse one probe key: only a new conversation
 * allocates.
 */
final class TcpSeqTable {
  /** A conversation's key: address bytes of both ends and the port pair. */
  private static final class Key {
    byte[] bytes = new byte[36];
    int length;
    int hash;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.length == length && k.hash == hash
          && Arrays.equals(bytes, 0, length, k.bytes, 0, length);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** seq and ack bases of one conversation, as tcpdump stores them. */
  static final class Entry {
    long seq;
    long ack;
  }

  private final HashMap<Key, Entry> map = new HashMap<>();
  private final Key probe = new Key();

  /**
   * Finds the entry for the conversation of the segment (addresses of addrLen bytes at src and
   * dst), keyed with the lower-port side first; {@return null if none}
   */
  Entry find(byte[] b, int src, int dst, int addrLen, int sport, int dport, boolean rev) {
    fill(b, src, dst, addrLen, sport, dport, rev);
    return map.get(probe);
  }

  /** Adds an entry for the key last passed to {@link #find}. */
  Entry add() {
    Key k = new Key();
    k.bytes = Arrays.copyOf(probe.bytes, probe.length);
    k.length = probe.length;
    k.hash = probe.hash;
    Entry e = new Entry();
    map.put(k, e);
    return e;
  }

  private void fill(byte[] b, int src, int dst, int n, int sport, int dport, boolean rev) {
    byte[] k = probe.bytes;
    int a = rev ? dst : src;
    int c = rev ? src : dst;
    System.arraycopy(b, a, k, 0, n);
    System.arraycopy(b, c, k, n, n);
    int port = rev ? (dport << 16 | sport) : (sport << 16 | dport);
    k[2 * n] = (byte) (port >>> 24);
    k[2 * n + 1] = (byte) (port >>> 16);
    k[2 * n + 2] = (byte) (port >>> 8);
    k[2 * n + 3] = (byte) port;
    probe.length = 2 * n + 4;
    int h = 1;
    for (int i = 0; i < probe.length; i++) h = 31 * h + k[i];
    probe.hash = h;
  }
}
