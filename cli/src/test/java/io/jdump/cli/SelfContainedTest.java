package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands on its own: no file of it names a path outside it (a directory beside
 * the checkout, one machine's work or home directories), and no tracked symbolic link leads out
 * of it. A clone on another machine builds, tests and benchmarks with what it holds.
 * Failures list every offending line as {@code file:line: text}.
 */
class SelfContainedTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  /**
   * What a path out of the tree looks like. The patterns are written so that this file does not
   * match them itself; system paths every Linux has (/etc, /usr, /proc, /tmp) are allowed.
   */
  private static final List<Pattern> OUTSIDE = List.of(
      // a directory beside the checkout, however it is reached
      Pattern.compile("\\.\\./shared|\\bshared/+bench\\b"),
      // one machine's own directories, as absolute paths (not bench/work/, which is inside)
      Pattern.compile("(?<![\\w.$}~-])/(?:work|home|Users|root|mnt|srv|scratch)/"),
      Pattern.compile("(?i)\\b[A-Z]:\\\\Users\\\\"),
      // a script's repository root, then up out of it
      Pattern.compile("\\$\\{?root}?/\\.\\.(?:/|\"|$)"));

  @Test
  void noFileNamesAPathOutsideTheRepository() throws Exception {
    List<String> found = new ArrayList<>();
    List<Path> files = trackedFiles();
    assertTrue(files.size() > 100, "expected the repository's files under " + ROOT + ", found " + files.size());
    for (Path file : files) {
      if (Files.isSymbolicLink(file) || !Files.isRegularFile(file)) continue;
      String text = text(file);
      if (text == null) continue;
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (Pattern p : OUTSIDE) {
          if (p.matcher(lines[i]).find()) {
            found.add(ROOT.relativize(file) + ":" + (i + 1) + ": " + lines[i].strip());
            break;
          }
        }
      }
    }
    assertEquals("", String.join("\n", found), "paths outside the repository");
  }

  @Test
  void noSymbolicLinkLeadsOutOfTheRepository() throws Exception {
    Path root = ROOT.toRealPath();
    List<String> found = new ArrayList<>();
    for (Path file : trackedFiles()) {
      if (!Files.isSymbolicLink(file)) continue;
      Path target = file.resolveSibling(Files.readSymbolicLink(file)).normalize();
      if (!target.toAbsolutePath().startsWith(ROOT) && !target.toAbsolutePath().startsWith(root)) {
        found.add(ROOT.relativize(file) + " -> " + Files.readSymbolicLink(file));
      }
    }
    assertEquals("", String.join("\n", found), "symbolic links out of the repository");
  }

  /**
   * The files git tracks or would add (new files, not ignored ones); without git (a source
   * tarball), every file but build output.
   */
  private static List<Path> trackedFiles() throws IOException, InterruptedException {
    try {
      Process git = new ProcessBuilder("git", "-C", ROOT.toString(), "ls-files", "-z", "--cached", "--others",
          "--exclude-standard").redirectError(ProcessBuilder.Redirect.DISCARD).start();
      byte[] out = git.getInputStream().readAllBytes();
      if (git.waitFor() == 0 && out.length > 0) {
        List<Path> files = new ArrayList<>();
        for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
          if (!name.isEmpty()) files.add(ROOT.resolve(name));
        }
        return files;
      }
    } catch (IOException noGit) {
      // fall through to the walk
    }
    try (Stream<Path> all = Files.walk(ROOT)) {
      return all.filter(p -> {
        String rel = ROOT.relativize(p).toString().replace('\\', '/');
        return !rel.startsWith(".git") && !rel.contains("target/") && !rel.startsWith("bench/work/");
      }).toList();
    }
  }

  /** The file as UTF-8 text, or null for a binary file (a capture, an image). */
  private static String text(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (byte b : bytes) {
      if (b == 0) return null;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notText) {
      return null;
    }
  }
}
