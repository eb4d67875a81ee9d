package io.jdump.filter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the corpora under {@code src/test/resources}: one entry per line.
 *
 * <pre>{@code
 * List<String> exprs = TestResources.lines("/diff/expressions.txt");
 * }</pre>
 */
public final class TestResources {
  private TestResources() {}

  /** {@return the stripped lines of a resource, blank and '#' comment lines dropped, in file order} */
  public static List<String> lines(String resource) {
    InputStream in = TestResources.class.getResourceAsStream(resource);
    if (in == null) throw new IllegalStateException("missing test resource " + resource);
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
