package io.jdump.pcap4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.pcap4j.core.BpfProgram.BpfCompileMode;
import org.pcap4j.core.PcapDumper;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapHandle.TimestampPrecision;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;
import org.pcap4j.core.RawPacketListener;
import org.pcap4j.packet.namednumber.DataLinkType;

/**
 * dumpOpen, loop into a dumper, dispatch, breakLoop within dispatch, getStats, sendPacket and
 * setDlt on files: what pcap4j's own {@code PcapHandle} (libpcap underneath) does is the
 * oracle, call for call: the same files written byte for byte, the same counts returned, the
 * same packets delivered, the same exceptions with the same messages.
 */
class HandleOperationsTest {
  private static final List<String> FILTERS = List.of("", "tcp", "udp port 53", "len > 100");
  /** dispatch counts drawn in turn; 0 and -1 mean "all" for a file. */
  private static final int[] COUNTS = {1, 2, 7, 50, -1, 0, 3};
  private static final long SEED = 16;

  private static final AtomicLong FILES_COMPARED = new AtomicLong();
  private static final AtomicLong DISPATCHES = new AtomicLong();
  private static final AtomicLong PCAP4J_FAILURES = new AtomicLong();

  @TempDir static Path tmp;

  @AfterAll
  static void report() {
    System.out.printf("HandleOperationsTest: %d dumped files equal to pcap4j's, %d dispatch calls"
        + " compared, %d (file, filter) pairs left out where pcap4j itself throws%n",
        FILES_COMPARED.get(), DISPATCHES.get(), PCAP4J_FAILURES.get());
  }

  @TestFactory
  Stream<DynamicTest> loopIntoADumperWritesWhatPcap4jWrites() throws Exception {
    return SameAsPcap4jTest.captures().stream().map(f -> DynamicTest.dynamicTest(
        f.getFileName().toString(), () -> {
          for (String expr : FILTERS) {
            for (TimestampPrecision tp : TimestampPrecision.values()) dumpBoth(f, expr, tp);
          }
        }));
  }

  private static void dumpBoth(Path file, String expr, TimestampPrecision tp) throws Exception {
    String where = file.getFileName() + " '" + expr + "' " + tp;
    Path theirsOut = tmp.resolve("theirs.pcap");
    Path oursOut = tmp.resolve("ours.pcap");
    String theirEnd;
    String ourEnd;
    try (PcapHandle theirs = Pcaps.openOffline(file.toString(), tp);
        JdumpHandle ours = JdumpPcaps.openOffline(file.toString(), tp)) {
      if (!filterBoth(theirs, ours, expr)) return;
      try (PcapDumper d = theirs.dumpOpen(theirsOut.toString())) {
        theirEnd = outcome(() -> theirs.loop(-1, d));
      }
      try (JdumpDumper d = ours.dumpOpen(oursOut.toString())) {
        ourEnd = outcome(() -> ours.loop(-1, d));
      }
    } catch (PcapNativeException cannotOpen) {
      return; // opening is SameAsPcap4jTest's
    }
    assertEquals(theirEnd, ourEnd, where);
    assertArrayEquals(Files.readAllBytes(theirsOut), Files.readAllBytes(oursOut), where);
    FILES_COMPARED.incrementAndGet();
  }

  /** A file whose link type field carries an FCS length: libpcap's dumper declares it again. */
  @Test
  void aDumpKeepsTheFcsBitsOfTheFileItCopies() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("../samples/http.pcap"));
    for (int fcs : new int[] {0x04000000 | 4 << 28, 0x04000000 | 2 << 28, 0x08000000}) {
      byte[] copy = bytes.clone();
      java.nio.ByteBuffer.wrap(copy).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(20, 1 | fcs);
      Path f = tmp.resolve("fcs-" + Integer.toHexString(fcs) + ".pcap");
      Files.write(f, copy);
      for (TimestampPrecision tp : TimestampPrecision.values()) dumpBoth(f, "tcp", tp);
    }
  }

  @TestFactory
  Stream<DynamicTest> dispatchReturnsAndDeliversWhatPcap4jDoes() throws Exception {
    return SameAsPcap4jTest.captures().stream().map(f -> DynamicTest.dynamicTest(
        f.getFileName().toString(), () -> {
          for (String expr : FILTERS) dispatchBoth(f, expr, new Random(SEED + f.hashCode()));
        }));
  }

  private static void dispatchBoth(Path file, String expr, Random rnd) throws Exception {
    String where = file.getFileName() + " '" + expr + "'";
    if (pcap4jCannotDeliverAll(file)) {
      PCAP4J_FAILURES.incrementAndGet();
      return;
    }
    try (PcapHandle theirs = Pcaps.openOffline(file.toString());
        JdumpHandle ours = JdumpPcaps.openOffline(file.toString())) {
      if (!filterBoth(theirs, ours, expr)) return;
      int breakAfter = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(5) : -1;
      var theirLog = new ArrayList<String>();
      var ourLog = new ArrayList<String>();
      for (int call = 0; call < 1000; call++) {
        int count = COUNTS[rnd.nextInt(COUNTS.length)];
        String a = dispatchLogged(count, theirLog, breakAfter,
            l -> theirs.dispatch(count, l), theirs::breakLoop);
        String b = dispatchLogged(count, ourLog, breakAfter,
            l -> ours.dispatch(count, l), ours::breakLoop);
        DISPATCHES.incrementAndGet();
        assertEquals(a, b, where + " call " + call + " count " + count);
        assertEquals(theirLog, ourLog, where + " call " + call);
        if (a.equals("0") || a.startsWith("PcapNativeException")) return;
      }
      throw new AssertionError(where + ": dispatch never ended");
    } catch (PcapNativeException cannotOpen) {
      // opening is SameAsPcap4jTest's
    }
  }

  /**
   * {@return true when pcap4j throws on a packet of the file} (a damaged time stamp's fraction:
   * its Timestamp refuses it): in a listener JNA swallows that throw and the packet is lost,
   * so there is nothing to compare.
   */
  private static boolean pcap4jCannotDeliverAll(Path file) throws Exception {
    try (PcapHandle h = Pcaps.openOffline(file.toString())) {
      while (true) h.getNextPacketEx();
    } catch (IllegalArgumentException e) {
      return true;
    } catch (Exception endOrError) {
      return false;
    }
  }

  interface Dispatch {
    int run(RawPacketListener l) throws Exception;
  }

  interface Break {
    void run() throws Exception;
  }

  /** One dispatch call; packets go to {@code log}, the handle is broken after packet N. */
  private static String dispatchLogged(int count, List<String> log, int breakAfter, Dispatch d,
      Break breaker) {
    var hex = HexFormat.of();
    return outcome(() -> {
      int n = d.run(bytes -> {
        log.add(hex.formatHex(bytes));
        if (log.size() == breakAfter) {
          try {
            breaker.run();
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        }
      });
      throw new Returned(n);
    });
  }

  /** Carries a return value through {@link #outcome}. */
  private static final class Returned extends RuntimeException {
    Returned(int n) {
      super(Integer.toString(n), null, false, false);
    }
  }

  /** With an executor (here one that queues the calls and runs them later), as pcap4j does. */
  @Test
  void listenersRunByAnExecutorGetWhatPcap4jsGet() throws Exception {
    for (Path f : SameAsPcap4jTest.captures().subList(0, 12)) {
      try (PcapHandle theirs = Pcaps.openOffline(f.toString());
          JdumpHandle ours = JdumpPcaps.openOffline(f.toString())) {
        var theirCalls = new ArrayList<Runnable>();
        var ourCalls = new ArrayList<Runnable>();
        var theirBytes = new ArrayList<String>();
        var ourBytes = new ArrayList<String>();
        String a = outcome(() -> theirs.dispatch(5,
            (RawPacketListener) b -> theirBytes.add(HexFormat.of().formatHex(b)), theirCalls::add));
        String b = outcome(() -> ours.dispatch(5,
            (RawPacketListener) x -> ourBytes.add(HexFormat.of().formatHex(x)), ourCalls::add));
        assertEquals(a, b, f.toString());
        a = outcome(() -> theirs.loop(-1, (org.pcap4j.core.PacketListener) p ->
            theirBytes.add(describe(p)), theirCalls::add));
        b = outcome(() -> ours.loop(-1, (org.pcap4j.core.PacketListener) p ->
            ourBytes.add(describe(p)), ourCalls::add));
        assertEquals(a, b, f.toString());
        theirCalls.forEach(Runnable::run);
        ourCalls.forEach(Runnable::run);
        assertEquals(theirBytes, ourBytes, f.toString());
      } catch (PcapNativeException cannotOpen) {
        // opening is SameAsPcap4jTest's
      }
    }
  }

  /** pcap4j's toString throws on some packets: that is compared too. */
  private static String describe(org.pcap4j.packet.Packet p) {
    try {
      return p.toString();
    } catch (RuntimeException e) {
      return "toString throws " + e;
    }
  }

  @Test
  void dumpRawWritesWhatPcap4jWritesForAnyTime() throws Exception {
    var rnd = new Random(SEED);
    Path file = Path.of("../samples/http.pcap");
    for (TimestampPrecision tp : TimestampPrecision.values()) {
      Path theirsOut = tmp.resolve("raw-theirs.pcap");
      Path oursOut = tmp.resolve("raw-ours.pcap");
      try (PcapHandle theirs = Pcaps.openOffline(file.toString(), tp);
          JdumpHandle ours = JdumpPcaps.openOffline(file.toString(), tp);
          PcapDumper a = theirs.dumpOpen(theirsOut.toString());
          JdumpDumper b = ours.dumpOpen(oursOut.toString())) {
        assertEquals(a.ftell(), b.ftell());
        for (int i = 0; i < 300; i++) {
          byte[] bytes = new byte[rnd.nextInt(200)];
          rnd.nextBytes(bytes);
          // times before 1970 too, and past 2038: pcap4j's seconds are millis / 1000
          long millis = rnd.nextLong() % (5_000_000_000L * 1000);
          Timestamp ts = new Timestamp(millis);
          ts.setNanos(rnd.nextInt(1_000_000_000));
          a.dumpRaw(bytes, ts);
          b.dumpRaw(bytes, ts);
          assertEquals(a.ftell(), b.ftell(), "ftell after " + i);
          if (i % 50 == 0) {
            a.flush();
            b.flush();
          }
        }
      }
      assertArrayEquals(Files.readAllBytes(theirsOut), Files.readAllBytes(oursOut), tp.name());
    }
  }

  @Test
  void whatAFileCannotDoFailsInLibpcapsWords() throws Exception {
    String file = "../samples/http.pcap";
    try (PcapHandle theirs = Pcaps.openOffline(file);
        JdumpHandle ours = JdumpPcaps.openOffline(file)) {
      assertEquals(valueOutcome(theirs::getStats), valueOutcome(ours::getStats));
      byte[] frame = new byte[60];
      assertEquals(outcome(() -> theirs.sendPacket(frame)), outcome(() -> ours.sendPacket(frame)));
      assertEquals(outcome(() -> theirs.setDlt(DataLinkType.EN10MB)),
          outcome(() -> ours.setDlt(DataLinkType.EN10MB)));
      for (DataLinkType other : List.of(DataLinkType.LINUX_SLL, DataLinkType.RAW,
          DataLinkType.getInstance(250))) {
        assertEquals(outcome(() -> theirs.setDlt(other)), outcome(() -> ours.setDlt(other)),
            other.toString());
      }
      String missing = tmp.resolve("no/such/dir/x.pcap").toString();
      assertEquals(valueOutcome(() -> theirs.dumpOpen(missing)),
          valueOutcome(() -> ours.dumpOpen(missing)));
      String aDirectory = tmp.toString();
      assertEquals(valueOutcome(() -> theirs.dumpOpen(aDirectory)),
          valueOutcome(() -> ours.dumpOpen(aDirectory)));
    }
  }

  interface Call {
    Object run() throws Exception;
  }

  interface VoidCall {
    void run() throws Exception;
  }

  /** {@return "ok", a Returned value, or the exception's class and message} */
  private static String outcome(VoidCall c) {
    return valueOutcome(() -> {
      c.run();
      return null;
    });
  }

  private static String valueOutcome(Call c) {
    try {
      c.run();
      return "ok";
    } catch (Returned r) {
      return r.getMessage();
    } catch (Exception e) {
      String message = e.getMessage();
      // pcap4j's InterruptedException has no message; jdump's says why
      if (e instanceof InterruptedException) message = null;
      return e.getClass().getSimpleName() + ": " + message;
    }
  }

  private static boolean filterBoth(PcapHandle theirs, JdumpHandle ours, String expr)
      throws Exception {
    String a = outcome(() -> theirs.setFilter(expr, BpfCompileMode.OPTIMIZE));
    String b = outcome(() -> ours.setFilter(expr, BpfCompileMode.OPTIMIZE));
    assertEquals(a, b, expr);
    assertTrue(a.equals("ok") || a.startsWith("PcapNativeException"), a);
    return a.equals("ok");
  }
}
