package io.jdump.filter.explain;

import java.util.List;

/**
 * What one instruction does on one path, in words: a fixed text ({@code accept}), or a
 * subject and what is said of it ({@code tcp dst port} and {@code  = 80}), so that paths that
 * test different fields with one shared instruction can be told as alternatives
 * ({@code ip dst or arp target ip = 10.1.0.1}).
 *
 * @param text    the whole note when it has no subject; else null
 * @param subject what is loaded or compared
 * @param rest    what follows the subject's name
 */
record Note(String text, Naming subject, String rest) {
  static Note of(String text) {
    return new Note(text, null, null);
  }

  String render() {
    return text != null ? text : subject.text() + rest;
  }

  /** {@return whether every path says the same} */
  static boolean same(List<Note> notes) {
    String first = notes.get(0).render();
    return notes.stream().allMatch(n -> n.render().equals(first));
  }

  /** {@return what all paths agree on, or null} */
  static String agreed(List<Note> notes) {
    if (notes.isEmpty() || notes.contains(null)) return null;
    String first = notes.get(0).render();
    if (notes.stream().allMatch(n -> n.render().equals(first))) return first;
    Naming subject = null;
    for (Note n : notes) {
      if (n.subject == null || !n.rest.equals(notes.get(0).rest)) return byPath(notes);
      subject = subject == null ? n.subject : PathState.either(subject, n.subject);
      if (subject == null) return byPath(notes);
    }
    return subject.text() + notes.get(0).rest;
  }

  private static final int MAX_PATH_NOTES = 3;

  /**
   * Paths that read different things at one instruction, each said: after
   * {@code vlan 10 and host a or port 53}, the {@code port 53} code reads the vlan type on
   * tagged frames and {@code ether[16:2]} on untagged ones, which is libpcap's surprise itself.
   */
  private static String byPath(List<Note> notes) {
    var distinct = new java.util.LinkedHashSet<String>();
    for (Note n : notes) distinct.add(n.render());
    if (distinct.size() > MAX_PATH_NOTES) return null;
    var it = distinct.iterator();
    String first = it.next();
    var rest = new java.util.ArrayList<String>();
    it.forEachRemaining(rest::add);
    return first + "; on other paths " + String.join(", ", rest);
  }
}
