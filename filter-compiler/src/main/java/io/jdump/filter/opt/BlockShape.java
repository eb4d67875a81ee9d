package io.jdump.filter.opt;

import java.util.Arrays;

/**
 * What makes two blocks the same, for sharing them: their statements (encoded by the caller
 * into longs), their test, and their successors compared by identity. Written out, not a record
 * of boxed statements: every block is hashed on every pass, and records hash through a
 * bootstrap a cold JVM pays for.
 *
 * <pre>{@code
 * Map<BlockShape, Block> seen = new HashMap<>();
 * Block same = seen.putIfAbsent(new BlockShape(stmts, b.code, b.k, b.jt, b.jf), b);
 * }</pre>
 */
final class BlockShape {
  private final long[] stmts;
  private final int code;
  private final int k;
  private final Object jt;
  private final Object jf;
  private final int hash;

  BlockShape(long[] stmts, int code, int k, Object jt, Object jf) {
    this.stmts = stmts;
    this.code = code;
    this.k = k;
    this.jt = jt;
    this.jf = jf;
    int h = Arrays.hashCode(stmts) * 31 + code;
    h = h * 31 + k;
    h = h * 31 + System.identityHashCode(jt);
    this.hash = h * 31 + System.identityHashCode(jf);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BlockShape x && x.hash == hash && x.code == code && x.k == k
        && x.jt == jt && x.jf == jf && Arrays.equals(x.stmts, stmts);
  }

  @Override
  public int hashCode() {
    return hash;
  }
}
