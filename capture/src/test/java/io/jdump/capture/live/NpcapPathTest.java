package io.jdump.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Windows path, with fakes where Windows is needed: Npcap's device lists
 * ({@code \Device\NPF_{GUID}} names, UTF-8 descriptions, none at all) laid out in native memory
 * as {@code pcap_findalldevs} returns them; the library looked for
 * in Npcap's folder, then on the search path (a folder holding this machine's libpcap under
 * Npcap's name stands for Npcap's); {@code os.name} and {@code %SystemRoot%} choosing where.
 */
class NpcapPathTest {
  private static final Runtime RT = Runtime.getSystemRuntime();

  /** Keeps the fake list's memory reachable while it is read. */
  private final List<Pointer> held = new ArrayList<>();

  private record Dev(String name, String description, int flags) {}

  /** {@return a pcap_if_t list of these devices}, laid out for pointers of {@code ptr} bytes */
  private Pointer fakeList(List<Dev> devs, int ptr) {
    Pointer next = null;
    for (int i = devs.size() - 1; i >= 0; i--) {
      Dev d = devs.get(i);
      Pointer node = Memory.allocateDirect(RT, 5L * ptr, true);
      held.add(node);
      putPointer(node, 0, next, ptr);
      putPointer(node, ptr, text(d.name()), ptr);
      putPointer(node, 2L * ptr, d.description() == null ? null : text(d.description()), ptr);
      putPointer(node, 3L * ptr, null, ptr); // addresses: not read
      node.putInt(4L * ptr, d.flags());
      next = node;
    }
    return next;
  }

  private Pointer text(String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    Pointer p = Memory.allocateDirect(RT, bytes.length + 1, true);
    p.put(0, bytes, 0, bytes.length);
    held.add(p);
    return p;
  }

  private static void putPointer(Pointer at, long offset, Pointer value, int ptr) {
    long address = value == null ? 0 : value.address();
    if (ptr == 8) at.putLong(offset, address); else at.putInt(offset, (int) address);
  }

  @Test
  void npcapDeviceListsReadAsTcpdumpPrintsThem() {
    var devs = List.of(
        new Dev("\\Device\\NPF_{9B0E1A52-7C3D-4E6F-8A9B-0C1D2E3F4A5B}",
            "Intel(R) Ethernet Connection (7) I219-V", 0x2 | 0x4 | 0x10),
        new Dev("\\Device\\NPF_{00000000-1111-2222-3333-444455556666}",
            "Carte réseau Wi‑Fi — Qualcomm Atheros QCA9377", 0x2 | 0x8 | 0x20),
        new Dev("\\Device\\NPF_Loopback", "Adapter for loopback traffic capture", 0x1 | 0x2 | 0x4 | 0x30),
        new Dev("\\Device\\NPF_{ABCDEF01-2345-6789-ABCD-EF0123456789}", null, 0));
    List<PcapDevice> read = PcapLibrary.deviceList(fakeList(devs, RT.addressSize()), RT.addressSize());
    var lines = new ArrayList<String>();
    for (int i = 0; i < read.size(); i++) lines.add(read.get(i).tcpdumpLine(i + 1));
    assertEquals(List.of(
        "1.\\Device\\NPF_{9B0E1A52-7C3D-4E6F-8A9B-0C1D2E3F4A5B} (Intel(R) Ethernet Connection (7)"
            + " I219-V) [Up, Running, Connected]",
        "2.\\Device\\NPF_{00000000-1111-2222-3333-444455556666} (Carte réseau Wi‑Fi — Qualcomm"
            + " Atheros QCA9377) [Up, Wireless, Not associated]",
        "3.\\Device\\NPF_Loopback (Adapter for loopback traffic capture) [Up, Running, Loopback]",
        "4.\\Device\\NPF_{ABCDEF01-2345-6789-ABCD-EF0123456789}"), lines);
    assertEquals(Optional.empty(), read.get(3).description());
  }

  @Test
  void anEmptyListIsNoDevices() {
    assertEquals(List.of(), PcapLibrary.deviceList(null, RT.addressSize()));
  }

  @Test
  void osNameAndSystemRootChooseWhereToLook() {
    assertEquals(List.of("D:\\WINNT\\System32\\Npcap\\wpcap.dll", "wpcap.dll"),
        shown(LibraryLocation.forPlatform("Windows Server 2022", "D:\\WINNT")));
    assertEquals(List.of("wpcap.dll"), shown(LibraryLocation.forPlatform("Windows 11", "")));
    assertEquals(List.of("libpcap.so.1", "libpcap.so.0.8", "libpcap.so"),
        shown(LibraryLocation.forPlatform("Linux", "C:\\Windows")));
    assertEquals("Npcap", LibraryLocation.forPlatform("Windows 10", null).libraryName());
  }

  @Test
  void npcapsFolderIsSearchedFirstThenThePath(@TempDir Path dir) throws Exception {
    Path emptyNpcap = Files.createDirectory(dir.resolve("empty"));
    Path npcap = Files.createDirectory(dir.resolve("Npcap"));
    // a copy under the name jnr-ffi gives "wpcap" here (libwpcap.so; wpcap.dll on Windows)
    Files.copy(systemLibpcap(), npcap.resolve("libwpcap.so"));
    var location = new LibraryLocation(List.of(
        new LibraryLocation.Candidate("wpcap", Optional.of(emptyNpcap.toString()), "first\\wpcap.dll"),
        new LibraryLocation.Candidate("wpcap", Optional.of(npcap.toString()), "second\\wpcap.dll")),
        "Npcap", LibraryLocation.WINDOWS_ADVICE);
    PcapLibrary lib = PcapLibrary.load(location);
    assertEquals("second\\wpcap.dll", lib.loadedFrom());
    assertTrue(lib.version().startsWith("libpcap version"), lib.version());
    // after pcap_init(PCAP_CHAR_ENC_UTF_8), as for Npcap, the list still reads
    assertTrue(lib.devices().stream().anyMatch(d -> d.name().equals("lo")));

    var nowhere = new LibraryLocation(List.of(location.candidates().get(0)), "Npcap",
        LibraryLocation.WINDOWS_ADVICE);
    var e = assertThrows(LiveCaptureException.LibraryMissing.class, () -> PcapLibrary.load(nowhere));
    assertEquals("Npcap not found (tried first\\wpcap.dll): install Npcap from "
        + "https://npcap.com/#download", e.getMessage());
  }

  /** {@return where this machine's libpcap runtime is}, from the dynamic linker's cache. */
  private static Path systemLibpcap() throws IOException {
    for (String line : Shell.must("ldconfig", "-p").split("\n")) {
      String l = line.trim();
      if ((l.startsWith("libpcap.so.1 ") || l.startsWith("libpcap.so.0.8 ")) && l.contains("=> ")) {
        return Path.of(l.substring(l.indexOf("=> ") + 3).trim());
      }
    }
    throw new IOException("libpcap not in ldconfig -p");
  }

  private static List<String> shown(LibraryLocation l) {
    return l.candidates().stream().map(LibraryLocation.Candidate::shownAs).toList();
  }
}
