package io.jdump.cli;

import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The capture files being read, one open at a time: -r's file, or each file -V names in turn,
 * as tcpdump 4.99 reads them. Opening a file that is missing or not a capture ends the run
 * (tcpdump's words come from {@link Input}); the previous file is closed first.
 *
 * <pre>{@code
 * try (var files = InputFiles.open(settings, stdin)) {
 *   do read(files.current()); while (files.advance());
 * }
 * }</pre>
 */
final class InputFiles implements AutoCloseable {
  private final InputNames names;
  private final InputStream stdin;
  private String name;
  private PacketSource current;

  private InputFiles(InputNames names, InputStream stdin) {
    this.names = names;
    this.stdin = stdin;
  }

  /** {@return the files the settings name}, the first one open */
  static InputFiles open(Settings s, InputStream stdin) throws Failure {
    var files = new InputFiles(InputNames.of(s, stdin), stdin);
    files.name = files.names.first();
    files.current = Input.open(files.name, stdin);
    return files;
  }

  /** {@return the open file's reader} */
  PacketSource current() {
    return current;
  }

  /** {@return the open file's name} as listed */
  String name() {
    return name;
  }

  /** {@return true when another file is listed after the open one} */
  boolean hasNext() {
    return names.hasNext();
  }

  /** Closes the open file and opens the next one; {@return false when none is listed} */
  boolean advance() throws Failure {
    String next = names.next();
    if (next == null) return false;
    closeCurrent();
    name = next;
    current = Input.open(next, stdin);
    return true;
  }

  /**
   * Reopens the open file to read on from {@code offset}, a record start that a range copy
   * stopped at: the file's header is read again, the records before {@code offset} not.
   */
  void resumeAt(long offset) throws Failure {
    closeCurrent();
    try {
      current = CaptureFiles.openAt(Path.of(name), offset);
    } catch (IOException e) {
      throw Messages.openingInput(name, e);
    }
  }

  @Override
  public void close() {
    closeCurrent();
  }

  private void closeCurrent() {
    if (current == null) return;
    try {
      current.close();
    } catch (Exception e) {
      // only reading: the first error, if any, is the one reported
    }
    current = null;
  }
}
