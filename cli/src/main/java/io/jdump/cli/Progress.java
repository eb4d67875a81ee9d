package io.jdump.cli;

/**
 * What the packet loop reports as it goes. The loop calls {@link #update} every
 * {@link #EVERY} packets read, so that even the real report's clock is read rarely.
 *
 * <pre>{@code
 * Progress p = Progress.NONE;   // or a ProgressLine on a terminal
 * }</pre>
 */
interface Progress {
  /** Packets between two updates: a power of two, so the loop tests it with a mask. */
  int EVERY = 1024;

  /** Reports nothing. */
  Progress NONE = new Progress() {
    @Override
    public void update(long read, long kept) {}

    @Override
    public void finish() {}
  };

  /** Called every {@link #EVERY} packets read; {@code kept} is how many the filter kept. */
  void update(long read, long kept);

  /** Called once at the end, whether the loop ended well or not. */
  void finish();
}
