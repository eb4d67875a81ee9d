package io.jdump.cli;

import java.util.Optional;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Platform;

/**
 * libpcap's own version line, for {@code --version}: jdump reads files without libpcap, so the
 * line appears only where libpcap (Npcap on Windows) is installed.
 *
 * <pre>{@code
 * LibpcapVersion.find();   // Optional[libpcap version 1.10.3 (with TPACKET_V3)]
 * }</pre>
 */
final class LibpcapVersion {
  private LibpcapVersion() {}

  public interface Pcap {
    String pcap_lib_version();
  }

  /** The names to try, most specific last: a runtime-only install has just the versioned file. */
  private static final String[] LINUX_NAMES = {"pcap", "libpcap.so.1", "libpcap.so.0.8"};
  private static final String[] WINDOWS_NAMES = {"wpcap"};

  /** {@return libpcap's version line}, or empty when no libpcap loads. */
  static Optional<String> find() {
    boolean windows = Platform.getNativePlatform().getOS() == Platform.OS.WINDOWS;
    for (String name : windows ? WINDOWS_NAMES : LINUX_NAMES) {
      try {
        var loader = LibraryLoader.create(Pcap.class).failImmediately();
        // Npcap installs wpcap.dll in its own folder, outside the default search path.
        if (windows) loader.search(System.getenv().getOrDefault("SystemRoot", "C:\\Windows") + "\\System32\\Npcap");
        return Optional.ofNullable(loader.load(name).pcap_lib_version());
      } catch (LinkageError | RuntimeException e) {
        // try the next name
      }
    }
    return Optional.empty();
  }
}
