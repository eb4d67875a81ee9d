package io.jdump.sparkcli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Turns -r's arguments into the list of files to merge, in merge order: the arguments in the
 * order given; a directory's files (not its subdirectories, nor names starting with {@code .}
 * or {@code _}, which Hadoop writers leave) and a glob's matches sorted by name. Any Hadoop
 * file system: a plain path is a local one.
 *
 * <pre>{@code
 * List<InputFile> files = Inputs.resolve(List.of("captures/", "extra/*.pcap"), conf);
 * }</pre>
 */
final class Inputs {
  private Inputs() {}

  /** {@return the files}, or a failure naming the argument that gives none */
  static List<InputFile> resolve(List<String> args, Configuration conf) throws Failure {
    var files = new ArrayList<InputFile>();
    for (String arg : args) {
      if (arg.isEmpty()) throw new Failure(": No such file or directory");
      try {
        Path path = new Path(arg);
        FileSystem fs = path.getFileSystem(conf);
        for (FileStatus s : matches(fs, path, arg)) {
          files.add(new InputFile(files.size(), s.getPath().toString(), shown(arg, s, fs, path),
              s.getLen()));
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new Failure(arg + ": " + reason(e), e);
      }
    }
    return files;
  }

  private static List<FileStatus> matches(FileSystem fs, Path path, String arg)
      throws IOException, Failure {
    if (isGlob(arg)) {
      FileStatus[] found = fs.globStatus(path);
      if (found == null || found.length == 0) throw new Failure(arg + ": No such file or directory");
      var out = new ArrayList<FileStatus>();
      for (FileStatus s : sorted(found)) {
        if (s.isDirectory()) out.addAll(listed(fs, s.getPath(), arg)); else out.add(s);
      }
      return out;
    }
    FileStatus s;
    try {
      s = fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      throw new Failure(arg + ": No such file or directory");
    }
    return s.isDirectory() ? listed(fs, s.getPath(), arg) : List.of(s);
  }

  private static List<FileStatus> listed(FileSystem fs, Path dir, String arg)
      throws IOException, Failure {
    var out = new ArrayList<FileStatus>();
    for (FileStatus s : sorted(fs.listStatus(dir))) {
      String name = s.getPath().getName();
      if (s.isFile() && !name.startsWith(".") && !name.startsWith("_")) out.add(s);
    }
    if (out.isEmpty()) throw new Failure(arg + ": no capture files in directory");
    return out;
  }

  private static List<FileStatus> sorted(FileStatus[] found) {
    var list = new ArrayList<>(Arrays.asList(found));
    list.sort(Comparator.comparing(s -> s.getPath().toString()));
    return list;
  }

  /** The name as the user would write it: the argument itself, or it joined with a listed name. */
  private static String shown(String arg, FileStatus s, FileSystem fs, Path typed) {
    Path qualified = fs.makeQualified(typed);
    if (qualified.equals(s.getPath())) return arg;
    String parent = fs.makeQualified(typed).toString();
    String found = s.getPath().toString();
    if (!isGlob(arg) && found.startsWith(parent + "/")) {
      return (arg.endsWith("/") ? arg : arg + "/") + found.substring(parent.length() + 1);
    }
    if (!found.startsWith("file:")) return found;
    // A local match of a relative glob is shown relative, as the shell would have expanded it.
    String local = s.getPath().toUri().getPath();
    String cwd = fs.getWorkingDirectory().toUri().getPath() + "/";
    return !arg.startsWith("/") && !arg.startsWith("file:") && local.startsWith(cwd)
        ? local.substring(cwd.length())
        : local;
  }

  static boolean isGlob(String arg) {
    return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** The words of an I/O error without Java's class names: the OS's own words where there are. */
  static String reason(Exception e) {
    if (e instanceof java.nio.file.AccessDeniedException
        || String.valueOf(e.getMessage()).contains("Permission denied")) {
      return "Permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) return "No such file or directory";
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }
}
