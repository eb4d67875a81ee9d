package io.jdump.filter.explain;

import java.util.List;

/**
 * What {@code jdump --explain} prints for an expression.
 *
 * @param expression the expression with inherited qualifiers and precedence written out, or
 *                   null when it holds keywords whose operands cannot be written back
 * @param notes      one line per vlan/mpls/pppoes/geneve (the later tests its shift reaches),
 *                   then one per jdump option in force (what it changes)
 * @param listing    the program as {@code tcpdump -d} prints it, each line annotated
 */
public record Explanation(String expression, List<String> notes, List<String> listing) {
  /**
   * Copies the lists.
   *
   * @param expression the expression written out with every qualifier and parenthesis
   * @param notes      what each encapsulation and option changes
   * @param listing    the annotated program
   */
  public Explanation {
    notes = List.copyOf(notes);
    listing = List.copyOf(listing);
  }

  /** {@return the text printed}, each line ending in a newline. */
  public String render() {
    var b = new StringBuilder();
    b.append("Expression: ").append(expression == null ? "(not rewritten: keywords whose operands"
        + " jdump does not keep)" : expression.isEmpty() ? "(empty: every packet)" : expression)
        .append('\n');
    for (String n : notes) b.append("Note: ").append(n).append('\n');
    b.append("Program:\n");
    for (String l : listing) b.append(l).append('\n');
    return b.toString();
  }
}
