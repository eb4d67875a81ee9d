package io.jdump.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One upstream tarball of Debian's archive ({@code pool/main/<pool>/<tarball>}), fetched once
 * into a directory and unpacked there, and believed only with the SHA-256 Debian's .dsc (and
 * its Sources index) gives. The oracle tests read other projects' captures this way rather
 * than from the repository: they are not ours to commit, and Debian keeps them unchanged.
 *
 * <p>{@code -Djdump.debianMirror=URL} points at another Debian mirror.
 *
 * @param pool the package's directory under pool/main, e.g. {@code t/tcpdump}
 * @param tarball the file's name, e.g. {@code tcpdump_4.99.3.orig.tar.gz}
 * @param sha256 its checksum as Debian's .dsc gives it
 */
record DebianSource(String pool, String tarball, String sha256) {
  /**
   * {@return {@code into/top}, {@code members} of the tarball unpacked there when missing}. They
   * are unpacked into a scratch directory first and then renamed, so that a run cut short
   * leaves nothing half unpacked that the next run would take for whole.
   */
  Path unpacked(Path into, String top, String... members) throws IOException,
      InterruptedException {
    Path done = into.resolve(top);
    if (Files.isDirectory(done)) return done;
    Path file = fetched(into);
    Path scratch = Files.createTempDirectory(into, top + ".part");
    List<String> command = new ArrayList<>(List.of("tar", "-xf", file.toString(),
        "-C", scratch.toString()));
    // GNU tar picks gzip or bzip2 from the file's first bytes.
    command.addAll(List.of(members));
    Process tar = new ProcessBuilder(command).inheritIO().start();
    if (tar.waitFor() != 0) throw new IOException("tar could not unpack " + file);
    Files.move(scratch.resolve(top), done, StandardCopyOption.ATOMIC_MOVE);
    Files.delete(scratch);
    return done;
  }

  /** {@return the tarball in {@code dir}, downloaded there unless it is with Debian's checksum} */
  Path fetched(Path dir) throws IOException, InterruptedException {
    Files.createDirectories(dir);
    Path file = dir.resolve(tarball);
    if (!Files.exists(file) || !sha256(file).equals(sha256)) download(file);
    return file;
  }

  private void download(Path file) throws IOException, InterruptedException {
    String mirror = System.getProperty("jdump.debianMirror", "http://deb.debian.org/debian");
    URI uri = URI.create(mirror + "/pool/main/" + pool + "/" + tarball);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    Path part = file.resolveSibling(tarball + ".part");
    // Generous: the largest (nDPI's) is 127 MB, on whatever line the tests run.
    HttpResponse<Path> r = client.send(HttpRequest.newBuilder(uri)
        .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofFile(part));
    if (r.statusCode() != 200) throw new IOException(uri + ": HTTP " + r.statusCode());
    String sum = sha256(part);
    if (!sum.equals(sha256)) {
      throw new IOException(uri + ": SHA-256 " + sum + ", Debian's .dsc says " + sha256);
    }
    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
