package io.jdump.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a run of jdump or tcpdump left behind: its exit status and its two output streams. */
record Outcome(int status, byte[] stdout, String stderr) {
  String out() {
    return new String(stdout, StandardCharsets.UTF_8);
  }

  List<String> errLines() {
    return stderr.lines().toList();
  }

  /**
   * {@return standard error up to the first error line, with the program's name taken off}:
   * the part in which jdump must say what tcpdump says. What follows an error line is the
   * usage text, which names the program's own options.
   */
  List<String> errorsWithoutName(String program) {
    var lines = new java.util.ArrayList<String>();
    for (String line : errLines()) {
      // the usage block (version lines, synopsis) is each program's own
      if (line.startsWith(program + " version ")) break;
      if (line.startsWith(program + ": ")) {
        lines.add(line.substring(program.length() + 2));
        break;
      }
      lines.add(line);
    }
    return lines;
  }

  @Override
  public String toString() {
    return "status " + status + ", stdout " + stdout.length + " bytes, stderr:\n" + stderr;
  }
}
