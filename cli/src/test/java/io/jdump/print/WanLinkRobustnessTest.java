package io.jdump.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.capture.Packet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random frames that get past the WAN link layers' first checks (a Q.922 address with UI and an
 * NLPID, an FRF.16 control or fragment header, Juniper's "MGC" magic with extension TLVs and
 * cookies, SunATM's VPI/VCI on the OAM and signalling channels, SLIP's direction and compressed
 * TCP header, PPP's OSI and Q.933 path) then random bytes, cut anywhere: never a decoding bug,
 * always one line ending in a newline.
 */
class WanLinkRobustnessTest {
  private static final String[] FLAGS = {"", "-e", "-q", "-v", "-vv", "-vvv -e", "-x", "-X",
    "-A -e"};

  @Test
  void structuredRandomWanFramesNeverSurfaceADecodingBug() {
    Random r = new Random(1107);
    for (String flags : FLAGS) {
      PacketPrinter printer = new PacketPrinter(TcpdumpFlags.parse(flags, "UTC"));
      StringBuilder sb = new StringBuilder();
      Packet p = new Packet();
      for (int i = 0; i < 6000; i++) {
        byte[] b = new byte[20 + r.nextInt(120)];
        r.nextBytes(b);
        int dlt = frame(r, b, i % 8);
        int caplen = r.nextInt(3) == 0 ? r.nextInt(b.length + 1) : b.length;
        if (caplen == 0) caplen = 1;
        int wirelen = b.length + (r.nextInt(4) == 0 ? r.nextInt(300) : 0);
        p.set(b, 0, caplen, wirelen, i * 1000L, dlt, 0);
        sb.setLength(0);
        printer.print(p, sb);
        assertTrue(sb.charAt(sb.length() - 1) == '\n', flags);
      }
      RuntimeException last = printer.lastInternalError();
      assertEquals(0, printer.internalErrors(), () -> "decoding bugs with flags " + flags + ": "
          + (last == null ? "" : last + " at " + java.util.Arrays.toString(last.getStackTrace())));
    }
  }

  private static final int[] NLPIDS = {0x00, 0x08, 0x80, 0x81, 0x82, 0x83, 0xb1, 0xcc, 0xcf,
    0x8e, 0x09, 0x42};

  /** Writes a plausible header of one kind over b's random bytes; {@return its link type} */
  private static int frame(Random r, byte[] b, int kind) {
    switch (kind) {
      case 0 -> { // Frame Relay: 2-4 byte Q.922 address, UI, optional pad, NLPID
        int addr = 2 + r.nextInt(3);
        for (int i = 0; i < addr - 1; i++) b[i] &= (byte) 0xfe;
        b[addr - 1] |= 1;
        b[addr] = r.nextInt(5) == 0 ? b[addr] : 0x03;
        int at = addr + 1;
        if (r.nextBoolean()) b[at++] = 0;
        b[at] = (byte) NLPIDS[r.nextInt(NLPIDS.length)];
        if (b[at] == 0x08 && at + 3 < b.length) { // Q.933: short call reference, LMI IEs
          b[at + 1] = (byte) r.nextInt(3);
          if (r.nextBoolean() && at + 4 < b.length) b[at + 4] = (byte) (0x90 | r.nextInt(16));
        }
        return FrPrinter.DLT_FRELAY;
      }
      case 1 -> { // MFR: control frame (B/E/C, zero, message) or fragment
        b[0] = (byte) (r.nextBoolean() ? 0xe1 : (r.nextInt(8) << 5) | (b[0] & 0x1e));
        if (r.nextBoolean()) b[1] = 0;
        b[2] = (byte) r.nextInt(9);
        for (int i = 3; i + 1 < b.length && r.nextInt(4) != 0; i += 2 + (b[i + 1] & 0xff)) {
          b[i] = (byte) (1 + r.nextInt(7));
          b[i + 1] = (byte) r.nextInt(20);
        }
        return FrPrinter.DLT_MFR;
      }
      case 2 -> { // SLIP: direction, compressed-header type, IP version
        b[0] = (byte) r.nextInt(3);
        b[1] = (byte) (new int[] {0x40, 0x70, 0x80, 0xc0, 0xff, 0x10}[r.nextInt(6)]
            | r.nextInt(16));
        b[16] = (byte) (r.nextBoolean() ? 0x45 : 0x60);
        return SlipPrinter.DLT_SLIP;
      }
      case 3 -> { // SunATM on signalling, OAM, ILMI, LANE or LLC channels
        b[0] = (byte) (r.nextInt(2) << 7 | r.nextInt(3));
        b[1] = (byte) (r.nextInt(3) == 0 ? r.nextInt(256) : 0);
        b[2] = 0;
        b[3] = (byte) new int[] {1, 2, 3, 4, 5, 0x10, 32}[r.nextInt(7)];
        if (r.nextBoolean()) {
          b[4] = (byte) 0xaa;
          b[5] = (byte) 0xaa;
          b[6] = 3;
        }
        return AtmPrinter.DLT_SUNATM;
      }
      case 4 -> { // RFC 1483 or Classical IP
        int[] heads = {0xaaaa03, 0xfefe03, 0x060603, 0x030000};
        int h = heads[r.nextInt(heads.length)];
        b[0] = (byte) (h >> 16);
        b[1] = (byte) (h >> 8);
        b[2] = (byte) h;
        if (r.nextBoolean()) {
          b[3] = 0;
          b[4] = 0;
          b[5] = 0;
        }
        return r.nextBoolean() ? AtmPrinter.DLT_ATM_RFC1483 : AtmPrinter.DLT_ATM_CLIP;
      }
      default -> { // Juniper: MGC, flags, extension TLVs, a cookie
        b[0] = 'M';
        b[1] = 'G';
        b[2] = 'C';
        b[3] = (byte) (r.nextInt(4) | (r.nextBoolean() ? 0x80 : 0));
        if ((b[3] & 0x80) != 0) {
          int ext = r.nextInt(Math.min(40, b.length - 6));
          b[4] = 0;
          b[5] = (byte) ext;
          for (int i = 6; i + 1 < 6 + ext; i += 2 + (b[i + 1] & 0xff)) {
            b[i] = (byte) (r.nextBoolean() ? 1 + r.nextInt(8) : 128 + r.nextInt(3));
            b[i + 1] = (byte) (1 + r.nextInt(5));
          }
        }
        int[] dlts = {JuniperHeader.DLT_JUNIPER_ETHER, JuniperHeader.DLT_JUNIPER_ATM1,
          JuniperHeader.DLT_JUNIPER_ES, JuniperHeader.DLT_JUNIPER_ATM2,
          JuniperHeader.DLT_JUNIPER_MLPPP, JuniperHeader.DLT_JUNIPER_MLFR,
          JuniperHeader.DLT_JUNIPER_MFR, JuniperHeader.DLT_JUNIPER_GGSN,
          JuniperHeader.DLT_JUNIPER_SERVICES, JuniperHeader.DLT_JUNIPER_MONITOR,
          JuniperHeader.DLT_JUNIPER_PPPOE, JuniperHeader.DLT_JUNIPER_PPPOE_ATM};
        return dlts[r.nextInt(dlts.length)];
      }
    }
  }
}
