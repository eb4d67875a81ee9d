package io.jdump.sparkcli;

import java.io.Serializable;

/**
 * A task's share of one file: the records whose headers start in [{@code start}, {@code end}),
 * and the run file where the task writes the kept ones.
 *
 * <pre>{@code
 * var part = new Part(7, file, 0, file.size(), "file:/tmp/x/part-00007");
 * }</pre>
 */
record Part(int index, InputFile file, long start, long end, String run) implements Serializable {
  /** {@return true when the part is the whole file}, read from its start with a plain reader */
  boolean whole() {
    return start == 0 && end >= file.size();
  }
}
