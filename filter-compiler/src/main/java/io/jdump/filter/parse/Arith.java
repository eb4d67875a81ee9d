package io.jdump.filter.parse;

/** An arithmetic expression of a relation: {@code ip[2:2] - 20 > len}. */
public sealed interface Arith {
  record Num(long value) implements Arith {}

  record Len() implements Arith {}

  /** {@code proto[index : size]}. */
  record Load(Kind proto, Arith index, int size) implements Arith {}

  /** op is PLUS, MINUS, STAR, SLASH, PERCENT, AMP, PIPE, CARET, LSH or RSH. */
  record Bin(Kind op, Arith left, Arith right) implements Arith {}

  record Neg(Arith arith) implements Arith {}
}
