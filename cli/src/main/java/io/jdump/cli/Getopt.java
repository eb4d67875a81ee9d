package io.jdump.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A command line split as glibc's {@code getopt_long} splits tcpdump's: short options in
 * clusters ({@code -nvr file}, {@code -c5}), long options with {@code =value} or the next
 * argument, unique prefixes of long names, operands anywhere (they are collected in order), and
 * {@code --} ending the options. A mistake ends the split, in getopt's own words, and is kept
 * with the options before it: tcpdump acts on those first ({@link GetoptOrder}). Written here rather
 * than taken from a library: getopt's rules are few, and a parser built from annotations at
 * start-up cost jdump more than the JVM's own start (issue 14).
 *
 * <pre>{@code
 * var line = Getopt.parse(List.of(new Getopt.Spec('r', null, true)), "-r", "in.pcap", "tcp");
 * line.options().get(0).value();   // "in.pcap"; line.operands() is ["tcp"]
 * }</pre>
 */
final class Getopt {
  private Getopt() {}

  /**
   * One option: a short letter ({@code 0} when it has none), a long name without its dashes
   * ({@code null} when it has none), and whether it takes a value.
   */
  record Spec(char letter, String longName, boolean takesValue) {}

  /** One option met on the line, with its value ({@code null} for a flag). */
  record Found(Spec spec, String value) {}

  /**
   * The options in the order given, the operands in the order given, and the mistake that ended
   * the split ({@code null} when there was none): options and operands after it are not read.
   */
  record Line(List<Found> options, List<String> operands, Mistake mistake) {}

  /**
   * A mistake on the command line, worded as glibc's getopt words it (without the name); no
   * words for an option getopt takes but tcpdump's switch has no case for (the usage alone).
   */
  static final class Mistake extends Exception {
    Mistake(String message) {
      super(message);
    }
  }

  /** {@return the command line split by the options {@code specs}}, up to its first mistake */
  static Line parse(List<Spec> specs, String... args) {
    var options = new ArrayList<Found>();
    var operands = new ArrayList<String>();
    int i = 0;
    try {
      while (i < args.length) {
        String arg = args[i++];
        if (arg.equals("--")) {
          while (i < args.length) operands.add(args[i++]);
        } else if (arg.startsWith("--")) {
          i = longOption(specs, args, i, arg.substring(2), options);
        } else if (arg.startsWith("-") && arg.length() > 1) {
          i = shortCluster(specs, args, i, arg, options);
        } else {
          operands.add(arg);
        }
      }
    } catch (Mistake m) {
      return new Line(options, operands, m);
    }
    return new Line(options, operands, null);
  }

  /** Reads {@code --name[=value]}; {@return the index of the next argument} */
  private static int longOption(List<Spec> specs, String[] args, int next, String body, List<Found> out)
      throws Mistake {
    int eq = body.indexOf('=');
    String name = eq < 0 ? body : body.substring(0, eq);
    Spec spec = longNamed(specs, name, body);
    if (!spec.takesValue()) {
      if (eq >= 0) throw new Mistake("option '--" + spec.longName() + "' doesn't allow an argument");
      out.add(new Found(spec, null));
      return next;
    }
    if (eq >= 0) {
      out.add(new Found(spec, body.substring(eq + 1)));
      return next;
    }
    if (next >= args.length) throw new Mistake("option '--" + spec.longName() + "' requires an argument");
    out.add(new Found(spec, args[next]));
    return next + 1;
  }

  /** The option named exactly, or the only one the name begins; getopt's words otherwise. */
  private static Spec longNamed(List<Spec> specs, String name, String body) throws Mistake {
    var prefixed = new ArrayList<Spec>();
    for (Spec s : specs) {
      if (s.longName() == null) continue;
      if (s.longName().equals(name)) return s;
      if (!name.isEmpty() && s.longName().startsWith(name)) prefixed.add(s);
    }
    if (prefixed.size() == 1) return prefixed.get(0);
    if (prefixed.isEmpty()) throw new Mistake("unrecognized option '--" + body + "'");
    var words = new StringBuilder("option '--" + name + "' is ambiguous; possibilities:");
    for (Spec s : prefixed) words.append(" '--").append(s.longName()).append('\'');
    throw new Mistake(words.toString());
  }

  /** Reads {@code -abc}, where a letter taking a value takes the rest or the next argument. */
  private static int shortCluster(List<Spec> specs, String[] args, int next, String cluster, List<Found> out)
      throws Mistake {
    for (int k = 1; k < cluster.length(); k++) {
      char c = cluster.charAt(k);
      Spec spec = lettered(specs, c);
      if (spec == null) throw new Mistake("invalid option -- '" + c + "'");
      if (!spec.takesValue()) {
        out.add(new Found(spec, null));
      } else if (k + 1 < cluster.length()) {
        out.add(new Found(spec, cluster.substring(k + 1)));
        return next;
      } else if (next < args.length) {
        out.add(new Found(spec, args[next]));
        return next + 1;
      } else {
        throw new Mistake("option requires an argument -- '" + c + "'");
      }
    }
    return next;
  }

  private static Spec lettered(List<Spec> specs, char c) {
    for (Spec s : specs) {
      if (s.letter() == c) return s;
    }
    return null;
  }
}
