package io.jdump.filter.diff;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Composes primitives into larger expressions: and/or/not in both spellings, parentheses or
 * none (and and or have equal precedence and associate left, so dropping parentheses changes
 * the meaning, which is the point), and bare ids that lean on qualifier inheritance.
 */
final class ExpressionGenerator {
  /** Ids with no qualifier: they take the previous primitive's, or are a host. */
  private static final List<String> BARE = List.of("10.0.0.2", "53", "443", "192.168.1.1", "2001:db8::2", "ssh", "10");

  private final List<String> atoms;
  private final RandomGenerator rng;

  ExpressionGenerator(List<String> atoms, RandomGenerator rng) {
    this.atoms = atoms;
    this.rng = rng;
  }

  /** {@return an expression of depth 2 to 4} */
  String next() {
    return node(2 + rng.nextInt(3), true);
  }

  private String node(int depth, boolean top) {
    if (depth <= 1) return Pools.pick(rng, atoms);
    int kind = rng.nextInt(10);
    if (kind == 0) return (rng.nextBoolean() ? "not " : "!") + group(node(depth - 1, false));
    String left = node(depth - 1, false);
    String right = rng.nextInt(8) == 0 ? Pools.pick(rng, BARE) : node(depth - 1 - rng.nextInt(2), false);
    String op = switch (rng.nextInt(4)) {
      case 0 -> "and";
      case 1 -> "or";
      case 2 -> "&&";
      default -> "||";
    };
    String s = maybeGroup(left) + " " + op + " " + maybeGroup(right);
    return top ? s : maybeGroup(s);
  }

  private String maybeGroup(String s) {
    return rng.nextInt(3) == 0 ? s : group(s);
  }

  private static String group(String s) {
    return ExpressionFiles.isPrimitive(s) && !s.contains(" ") ? s : "(" + s + ")";
  }
}
