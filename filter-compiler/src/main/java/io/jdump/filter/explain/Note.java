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
      if (n.subject == null || !n.rest.equals(notes.get(0).rest)) return null;
      subject = subject == null ? n.subject : PathState.either(subject, n.subject);
      if (subject == null) return null;
    }
    return subject.text() + notes.get(0).rest;
  }
}
