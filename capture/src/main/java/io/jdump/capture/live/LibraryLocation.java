package io.jdump.capture.live;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where libpcap is looked for on one platform, in order, and what to tell the user when it is
 * in none of those places.
 *
 * <p>Linux tries {@code libpcap.so.1}, then {@code libpcap.so.0.8} (Debian's soname), then
 * {@code libpcap.so} (only present with the -dev package), so that the runtime package alone
 * is enough. Windows tries Npcap's folder {@code %SystemRoot%\System32\Npcap} first, as
 * tcpdump does, then the default DLL search path (where WinPcap, or Npcap in "WinPcap
 * API-compatible mode", put {@code wpcap.dll}). Loading wpcap.dll from Npcap's folder also
 * finds its {@code Packet.dll} there: jnr-ffi hands jffi the absolute path it found, which jffi
 * opens with {@code LoadLibraryExW(path, LOAD_WITH_ALTERED_SEARCH_PATH)}, so the DLL's own
 * folder is searched for its dependencies (what tcpdump gets from {@code SetDllDirectory}).
 *
 * <pre>{@code
 * LibraryLocation where = LibraryLocation.forThisPlatform();
 * where.candidates();   // [libpcap.so.1, libpcap.so.0.8, libpcap.so] on Linux
 * }</pre>
 *
 * @param candidates  what to try, in order
 * @param libraryName what the user is told is missing: {@code libpcap} or {@code Npcap}
 * @param advice      what to install, said after "not found (tried ...): "
 */
public record LibraryLocation(List<Candidate> candidates, String libraryName, String advice) {
  /** Debian/Ubuntu's package for the runtime library. */
  static final String LINUX_ADVICE = "install it, on Debian/Ubuntu: apt install libpcap0.8";

  static final String WINDOWS_ADVICE = "install Npcap from https://npcap.com/#download";

  /**
   * One library to try, with its own jnr-ffi loader (a loader given several names links all of
   * them, and fails when any is missing).
   *
   * @param name      the name given to jnr-ffi ({@code "pcap"} means {@code libpcap.so})
   * @param searchDir a folder searched before the system's default path, if any
   * @param shownAs   how the user is told what was tried
   */
  public record Candidate(String name, Optional<String> searchDir, String shownAs) {}

  /**
   * Copies the candidates.
   *
   * @param candidates  what to try, in order
   * @param libraryName {@code libpcap} or {@code Npcap}
   * @param advice      what to install
   */
  public LibraryLocation {
    candidates = List.copyOf(candidates);
  }

  /** {@return the places for the running JVM's operating system} */
  public static LibraryLocation forThisPlatform() {
    return forPlatform(System.getProperty("os.name", ""), System.getenv("SystemRoot"));
  }

  /**
   * {@return the places for an operating system}
   *
   * @param osName     as the {@code os.name} property says it ({@code Windows 11}, {@code Linux})
   * @param systemRoot {@code %SystemRoot%}, used on Windows only; null when unset
   */
  public static LibraryLocation forPlatform(String osName, String systemRoot) {
    return osName.startsWith("Windows") ? windows(systemRoot) : unix();
  }

  /** {@return Linux's (and other Unix's) sonames, newest first} */
  public static LibraryLocation unix() {
    return new LibraryLocation(List.of(
        new Candidate("libpcap.so.1", Optional.empty(), "libpcap.so.1"),
        new Candidate("libpcap.so.0.8", Optional.empty(), "libpcap.so.0.8"),
        new Candidate("pcap", Optional.empty(), "libpcap.so")), "libpcap", LINUX_ADVICE);
  }

  /**
   * {@return Npcap's folder first, then the default search path}
   *
   * @param systemRoot {@code %SystemRoot%} (for example {@code C:\Windows}); null when unset,
   *     in which case only the default search path is tried
   */
  public static LibraryLocation windows(String systemRoot) {
    var npcapDir = systemRoot == null || systemRoot.isEmpty()
        ? Optional.<String>empty()
        : Optional.of(systemRoot + "\\System32\\Npcap");
    var npcap = npcapDir.map(d -> new Candidate("wpcap", Optional.of(d), d + "\\wpcap.dll"));
    var fallback = new Candidate("wpcap", Optional.empty(), "wpcap.dll");
    List<Candidate> all = npcap.isPresent() ? List.of(npcap.get(), fallback) : List.of(fallback);
    return new LibraryLocation(all, "Npcap", WINDOWS_ADVICE);
  }

  /** {@return the one line a user sees when no candidate loads} */
  public String notFoundMessage() {
    String tried = candidates.stream().map(Candidate::shownAs).collect(Collectors.joining(", "));
    return libraryName + " not found (tried " + tried + "): " + advice;
  }
}
