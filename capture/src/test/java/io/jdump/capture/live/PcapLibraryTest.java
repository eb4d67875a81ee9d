package io.jdump.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Loading libpcap, and -D, -L, -J, --version against tcpdump on the same machine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PcapLibraryTest {
  private VethLab lab;
  private PcapLibrary lib;

  @BeforeAll
  void createLab() throws Exception {
    lab = VethLab.create("d");
    lib = PcapLibrary.load();
  }

  @AfterAll
  void removeLab() throws IOException {
    if (lab != null) lab.close();
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }

  @Test
  void versionIsTheOneTcpdumpReports() throws Exception {
    List<String> tcpdump = lines(Shell.must("tcpdump", "--version"));
    assertTrue(tcpdump.contains(lib.version()), lib.version() + " in " + tcpdump);
  }

  @Test
  void deviceListIsTcpdumpsDashD() throws Exception {
    // Other programs may add or remove devices meanwhile: a list read between two equal
    // tcpdump lists is the one compared.
    for (int attempt = 0; ; attempt++) {
      List<String> before = lines(Shell.must("tcpdump", "-D"));
      List<PcapDevice> devs = lib.devices();
      List<String> after = lines(Shell.must("tcpdump", "-D"));
      if (!before.equals(after) && attempt < 5) continue;
      var ours = new ArrayList<String>();
      for (int i = 0; i < devs.size(); i++) ours.add(devs.get(i).tcpdumpLine(i + 1));
      assertEquals(after, ours);
      assertTrue(devs.stream().anyMatch(d -> d.name().equals(lab.captureDevice())
          && d.up() && d.running() && !d.loopback()), "the lab's veth is listed, up and running");
      assertTrue(devs.stream().anyMatch(d -> d.name().equals("lo") && d.loopback()));
      return;
    }
  }

  @Test
  void defaultDeviceIsTheFirstListed() throws Exception {
    assertEquals(lib.devices().get(0).name(), lib.defaultDevice());
  }

  @Test
  void datalinkListingIsTcpdumpsDashL() throws Exception {
    for (String dev : List.of(lab.captureDevice(), "any", "lo")) {
      // jdump decides what it can print: tcpdump's own verdict is left out of the comparison.
      // tcpdump 4.99 prints the listing on stderr.
      List<String> expected = lines(Shell.run("tcpdump", "-L", "-i", dev).err()).stream()
          .map(l -> l.replace(" (printing not supported)", "")).toList();
      try (LiveSource in = LiveSource.open(lib, dev, LiveOptions.defaults())) {
        assertEquals(expected, in.datalinkListing(t -> true), dev);
      }
    }
  }

  @Test
  void datalinkNamesRoundTrip() throws Exception {
    for (int dlt : List.of(0, 1, 12, 105, 113, 127, 228, 229, 276)) {
      String name = lib.datalinkName(dlt).orElseThrow();
      assertEquals(dlt, lib.datalinkValue(name));
      assertEquals(dlt, lib.datalinkValue(name.toLowerCase()));
    }
    var e = assertThrows(LiveCaptureException.class, () -> lib.datalinkValue("foo"));
    assertEquals(TcpdumpSays.opening(List.of("-y", "foo")), e.getMessage());
  }

  @Test
  void timestampTypeListingIsTcpdumpsDashJ() throws Exception {
    for (String dev : List.of(lab.captureDevice(), "lo", "any")) {
      var r = Shell.run("tcpdump", "-J", "-i", dev);
      List<String> ours = lib.timestampTypeListing(dev);
      if (ours.isEmpty()) {
        assertEquals("Time stamp type cannot be set for " + dev, r.err().strip(), dev);
      } else {
        assertEquals(lines(r.err()), ours, dev); // on stderr, in tcpdump 4.99
      }
    }
    var e = assertThrows(LiveCaptureException.class, () -> lib.timestampTypeValue("foo"));
    assertEquals(TcpdumpSays.opening(List.of("-j", "foo")), e.getMessage());
  }

  @Test
  void parseErrorsAreTcpdumps() throws Exception {
    var q = assertThrows(LiveCaptureException.class, () -> Direction.parse("foo"));
    assertEquals(TcpdumpSays.opening(List.of("-Q", "foo")), q.getMessage());
    var p = assertThrows(LiveCaptureException.class, () -> TimestampPrecision.parse("foo"));
    assertEquals(TcpdumpSays.opening(List.of("--time-stamp-precision=foo")), p.getMessage());
    assertEquals(Direction.IN, Direction.parse("IN"));
    assertEquals(TimestampPrecision.NANO, TimestampPrecision.parse("nanoseconds"));
  }

  @Test
  void aMissingLibraryIsOneLineSayingWhatToInstall() {
    var nowhere = new LibraryLocation(List.of(
        new LibraryLocation.Candidate("libjdump-none.so.1", Optional.empty(), "libjdump-none.so.1"),
        new LibraryLocation.Candidate("jdump-none", Optional.of("/nonexistent"), "libjdump-none.so")),
        "libpcap", LibraryLocation.LINUX_ADVICE);
    var e = assertThrows(LiveCaptureException.LibraryMissing.class, () -> PcapLibrary.load(nowhere));
    assertEquals("libpcap not found (tried libjdump-none.so.1, libjdump-none.so): "
        + "install it, on Debian/Ubuntu: apt install libpcap0.8", e.getMessage());
  }

  @Test
  void linuxTriesEachSonameInTurn() {
    assertEquals(List.of("libpcap.so.1", "libpcap.so.0.8", "libpcap.so"),
        LibraryLocation.unix().candidates().stream().map(LibraryLocation.Candidate::shownAs).toList());
  }

  @Test
  void windowsTriesNpcapsFolderThenTheSearchPath() {
    var w = LibraryLocation.windows("C:\\Windows");
    assertEquals(List.of("C:\\Windows\\System32\\Npcap\\wpcap.dll", "wpcap.dll"),
        w.candidates().stream().map(LibraryLocation.Candidate::shownAs).toList());
    assertEquals(Optional.of("C:\\Windows\\System32\\Npcap"), w.candidates().get(0).searchDir());
    assertEquals("Npcap not found (tried C:\\Windows\\System32\\Npcap\\wpcap.dll, wpcap.dll): "
        + "install Npcap from https://npcap.com/#download", w.notFoundMessage());
    assertEquals(List.of("wpcap.dll"), LibraryLocation.windows(null).candidates().stream()
        .map(LibraryLocation.Candidate::shownAs).toList());
  }

  @Test
  void windowsDevicesPrintWithTheirDescriptions() {
    var npf = new PcapDevice("\\Device\\NPF_{0A1B2C3D-0000-1111-2222-333344445555}",
        Optional.of("Intel(R) Ethernet Connection I219-V"),
        PcapDevice.UP | PcapDevice.RUNNING | PcapDevice.CONNECTED);
    assertEquals("1.\\Device\\NPF_{0A1B2C3D-0000-1111-2222-333344445555} "
        + "(Intel(R) Ethernet Connection I219-V) [Up, Running, Connected]", npf.tcpdumpLine(1));
    var loop = new PcapDevice("\\Device\\NPF_Loopback", Optional.of("Adapter for loopback traffic capture"),
        PcapDevice.UP | PcapDevice.RUNNING | PcapDevice.LOOPBACK | PcapDevice.CONNECTION_NOT_APPLICABLE);
    assertEquals("2.\\Device\\NPF_Loopback (Adapter for loopback traffic capture) [Up, Running, Loopback]",
        loop.tcpdumpLine(2));
  }

  @Test
  void wirelessDevicesSayAssociation() {
    // tcpdump.c's words for each connection status, wireless and not.
    int w = PcapDevice.WIRELESS;
    assertEquals("3.wlan0 [Up, Wireless, Associated]",
        new PcapDevice("wlan0", Optional.empty(), PcapDevice.UP | w | PcapDevice.CONNECTED).tcpdumpLine(3));
    assertEquals("3.wlan0 [Wireless, Not associated]",
        new PcapDevice("wlan0", Optional.empty(), w | PcapDevice.DISCONNECTED).tcpdumpLine(3));
    assertEquals("3.wlan0 [Wireless, Association status unknown]",
        new PcapDevice("wlan0", Optional.empty(), w).tcpdumpLine(3));
    assertEquals("4.eth1 [none, Disconnected]",
        new PcapDevice("eth1", Optional.empty(), PcapDevice.DISCONNECTED).tcpdumpLine(4));
    assertEquals("5.eth2 [Up, Connection status unknown]",
        new PcapDevice("eth2", Optional.empty(), PcapDevice.UP).tcpdumpLine(5));
    assertEquals("6.x", new PcapDevice("x", Optional.empty(), 0).tcpdumpLine(6));
  }
}
