package io.jdump.capture.live;

/**
 * Run in a child JVM by the tests that need a process with fewer privileges: opens the device
 * named by its argument and prints the outcome, "opened" or the exception's message.
 */
public final class OpenProbe {
  private OpenProbe() {}

  public static void main(String[] args) {
    try (var in = LiveSource.open(PcapLibrary.load(), args[0], LiveOptions.defaults())) {
      System.out.print("opened");
    } catch (LiveCaptureException e) {
      System.out.print(e.getMessage());
    }
  }
}
