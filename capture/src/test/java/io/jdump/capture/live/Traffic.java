package io.jdump.capture.live;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/** Known traffic sent from the lab's peer namespace by python3 and ping. */
final class Traffic {
  private final VethLab lab;
  private final String script;

  Traffic(VethLab lab) throws IOException {
    this.lab = lab;
    try {
      script = Path.of(Traffic.class.getResource("/live/send.py").toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }

  /** {@return payloads of seeded random sizes and bytes, each starting "jdump-live TAG N "} */
  static List<byte[]> payloads(String tag, int count, long seed) {
    var random = new Random(seed);
    var out = new ArrayList<byte[]>(count);
    for (int i = 0; i < count; i++) {
      byte[] head = ("jdump-live " + tag + " " + i + " ").getBytes(StandardCharsets.US_ASCII);
      byte[] p = new byte[head.length + random.nextInt(1400)];
      random.nextBytes(p);
      System.arraycopy(head, 0, p, 0, head.length);
      out.add(p);
    }
    return out;
  }

  static byte[] text(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Sends each payload as one UDP datagram from the peer to host:port, in order. */
  void udp(String host, int port, List<byte[]> payloads) throws IOException {
    send("udp", host, port, payloads);
  }

  /** Connects from the peer to host:port, sends the bytes, half-closes, reads to the end. */
  void tcp(String host, int port, byte[] payload) throws IOException {
    send("tcp", host, port, List.of(payload));
  }

  private void send(String mode, String host, int port, List<byte[]> payloads) throws IOException {
    String hex = payloads.stream().map(HexFormat.of()::formatHex).collect(Collectors.joining("\n"));
    var r = Shell.run(lab.inPeer("python3", script, mode, host, Integer.toString(port)), hex + "\n");
    if (r.status() != 0) throw new IOException("send.py " + mode + " failed: " + r.err());
  }

  /** Pings host (IPv4 or IPv6) count times from the peer. */
  void ping(String host, int count) throws IOException {
    var r = Shell.run(lab.inPeer("ping", "-n", "-q", "-c", Integer.toString(count), "-i", "0.05",
        "-W", "5", host), "");
    if (r.status() != 0) throw new IOException("ping " + host + " failed: " + r.out() + r.err());
  }
}
