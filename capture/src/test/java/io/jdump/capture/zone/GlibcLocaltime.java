package io.jdump.capture.zone;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The oracle: glibc's own localtime_r, in a small C program compiled with the system's cc. Each
 * query sets TZ (or unsets it), calls tzset, and prints C's struct tm for each time; a query
 * that asks for it then converts its times again with localtime, which reruns tzset first
 * ({@link LocalZone#reread}).
 */
final class GlibcLocaltime {
  private static final String SOURCE = """
      #define _GNU_SOURCE
      #include <stdio.h>
      #include <stdlib.h>
      #include <string.h>
      #include <time.h>
      int main(void) {
        static char line[4096];
        while (fgets(line, sizeof line, stdin)) {
          line[strcspn(line, "\\n")] = 0;
          if (line[0] == 'F') {
            /* F t<TAB>format: strftime of localtime(t), as hex (its text may hold newlines) */
            char *tab = strchr(line + 2, '\\t');
            time_t t = (time_t) strtoll(line + 2, NULL, 10);
            struct tm *tm = localtime(&t);
            static char out[8192];
            size_t n = tm ? strftime(out, sizeof out, tab + 1, tm) : 0;
            for (size_t k = 0; k < n; k++) printf("%02x", (unsigned char) out[k]);
            printf("\\n");
          } else if (line[0] == 'Z') {
            if (strcmp(line + 2, "\\\\N") == 0) unsetenv("TZ"); else setenv("TZ", line + 2, 1);
            tzset();
          } else {
            time_t t = (time_t) strtoll(line + 2, NULL, 10);
            struct tm tm, *r;
            /* U: localtime, which reruns tzset first; T: localtime_r, which does not */
            if (line[0] == 'U') { r = localtime(&t); if (r) tm = *r; }
            else r = localtime_r(&t, &tm);
            if (r == NULL) printf("error\\n");
            else printf("%d-%d-%d %d:%d:%d %ld %s\\n", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_gmtoff, tm.tm_zone);
          }
          fflush(stdout);
        }
        return 0;
      }
      """;

  private final Path binary;

  GlibcLocaltime(Path dir) throws IOException, InterruptedException {
    Path c = dir.resolve("localtime.c");
    Files.writeString(c, SOURCE);
    binary = dir.resolve("localtime");
    Process cc = new ProcessBuilder("cc", "-O1", "-o", binary.toString(), c.toString())
        .redirectErrorStream(true).start();
    String out = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (cc.waitFor() != 0) throw new IOException("cc failed: " + out);
  }

  /**
   * One zone's times: TZ's value (null to unset it), the seconds to convert, and whether to
   * convert them a second time with localtime.
   */
  record Query(String tz, long[] times, boolean again) {
    Query(String tz, long[] times) {
      this(tz, times, false);
    }
  }

  /**
   * {@return glibc's strftime of each format at its time} in zone {@code tz}, through
   * localtime (empty where strftime returns 0)
   */
  List<String> strftime(String tz, long[] times, List<String> formats)
      throws IOException, InterruptedException {
    var lines = new StringBuilder("Z " + tz + "\n");
    for (int i = 0; i < times.length; i++) {
      lines.append("F ").append(times[i]).append('\t').append(formats.get(i)).append('\n');
    }
    List<String> hex = exchange(lines.toString());
    var out = new ArrayList<String>();
    for (String h : hex) {
      byte[] b = new byte[h.length() / 2];
      for (int i = 0; i < b.length; i++) b[i] = (byte) Integer.parseInt(h.substring(2 * i, 2 * i + 2), 16);
      out.add(new String(b, StandardCharsets.ISO_8859_1));
    }
    return out;
  }

  /** {@return glibc's answer for every time of every query, in order} */
  List<String> run(List<Query> queries) throws IOException, InterruptedException {
    var lines = new StringBuilder();
    for (Query q : queries) {
      lines.append("Z ").append(q.tz() == null ? "\\N" : q.tz()).append('\n');
      for (long t : q.times()) lines.append("T ").append(t).append('\n');
      if (q.again()) {
        for (long t : q.times()) lines.append("U ").append(t).append('\n');
      }
    }
    return exchange(lines.toString());
  }

  private List<String> exchange(String input) throws IOException, InterruptedException {
    var pb = new ProcessBuilder(binary.toString());
    pb.environment().remove("TZ");
    Process p = pb.start();
    var answers = new ArrayList<String>();
    Thread writer = new Thread(() -> {
      try (var w = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.ISO_8859_1))) {
        w.write(input);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.start();
    try (var r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) answers.add(line);
    }
    writer.join();
    p.waitFor();
    return answers;
  }
}
