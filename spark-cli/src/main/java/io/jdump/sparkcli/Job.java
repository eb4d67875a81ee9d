package io.jdump.sparkcli;


import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.Listing;
import io.jdump.bpf.ListingFormat;
import io.jdump.capture.file.CaptureFiles;
import io.jdump.filter.CompileOptions;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import io.jdump.filter.Savefile;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * One run of jdump-spark, in the order whose errors come first: the inputs listed and their
 * headers read, the filter compiled, the output opened (all before Spark starts, so that a
 * mistake costs no cluster time), then the Spark job, then the merge on the driver. The run
 * files are removed whatever happens.
 *
 * <pre>{@code
 * new Job(request, null).run(System.err);
 * }</pre>
 */
final class Job {
  /** What the command line asks for. */
  record Request(List<String> reads, String write, String expression, long count, boolean pcapng,
      CompileOptions meanings, long splitSize, String temp, String master, boolean times) {}

  /** tcpdump compiles a file's filter with netmask 0 when it has no device. */
  private static final int NO_DEVICE_NETMASK = 0;

  private final Request r;
  private final JavaSparkContext shared;

  /** A run on {@code shared}, left running afterwards; or, when null, on its own context. */
  Job(Request request, JavaSparkContext shared) {
    this.r = request;
    this.shared = shared;
  }

  void run(PrintStream err) throws Failure {
    var clock = new Phases();
    var conf = new Configuration();
    List<InputFile> files = Inputs.resolve(r.reads(), conf);
    clock.lap("inputs");
    Headers.Summary heads = Headers.read(files, conf);
    int dlt = heads.dlt();
    String listing = listing(dlt);
    clock.lap("headers and filter");
    err.println("reading from " + files.size() + (files.size() == 1 ? " file" : " files")
        + ", link-type " + LinkType.forDlt(dlt).map(t -> t.name() + " (" + t.description() + ")")
            .orElse(Integer.toUnsignedString(dlt))
        + ", snapshot length " + MergedOutput.SNAPLEN);
    OutputStream out = openOutput();
    boolean done = false;
    org.apache.hadoop.fs.Path runDir = runDir();
    try {
      List<Part> parts;
      List<PartResult> results;
      clock.lap("output");
      JavaSparkContext sc = shared != null ? shared : SparkContexts.start(r.master());
      clock.lap("spark start");
      try {
        long split = r.splitSize() > 0 ? r.splitSize()
            : Parts.splitSize(files, sc.defaultParallelism());
        parts = Parts.of(files, split, runDir + "/", heads.pcapng());
        results = FilterJob.run(sc, parts, listing);
        clock.lap("filter job");
      } finally {
        if (sc != shared) sc.close(); // the executors are free before the merge starts
      }
      clock.lap("spark stop");
      MergedOutput.write(parts, results, out, dlt, r.pcapng(), r.count(), conf);
      clock.lap("merge");
      done = true;
      if (r.times()) err.println(clock);
    } catch (IOException e) {
      throw new Failure(r.write() + ": " + Inputs.reason(e), e);
    } finally {
      removeQuietly(runDir, conf);
      if (!done) closeAndRemove(out);
    }
  }

  /** {@return the program's -ddd text}, null without an expression (every packet is kept) */
  private String listing(int dlt) throws Failure {
    if (r.expression().isBlank()) return null;
    try {
      // as tcpdump -r compiles it on mergecap's output: a savefile in this host's byte order
      BpfProgram p = FilterCompiler.compile(r.expression(), dlt, MergedOutput.SNAPLEN, true,
          NO_DEVICE_NETMASK, r.meanings().withSavefile(Savefile.of(ByteOrder.nativeOrder())));
      return Listing.format(p, ListingFormat.DDD);
    } catch (FilterException e) {
      throw new Failure(e.getMessage(), e);
    }
  }

  private OutputStream openOutput() throws Failure {
    if (r.write().equals("-")) return new FileOutputStream(FileDescriptor.out);
    try {
      // emptied first rather than truncated on open: ext4 would make the close wait for writeback
      return Channels.newOutputStream(CaptureFiles.openForWriting(Path.of(r.write())));
    } catch (IOException e) {
      String why = e instanceof java.nio.file.NoSuchFileException ? "No such file or directory"
          : e instanceof java.nio.file.AccessDeniedException ? "Permission denied"
          : Files.isDirectory(Path.of(r.write())) ? "Is a directory" : Inputs.reason(e);
      throw new Failure(r.write() + ": " + why, e);
    }
  }

  /** The run files' directory: --temp's, or a hidden one beside the output file. */
  private org.apache.hadoop.fs.Path runDir() {
    String name = ".jdump-spark-" + UUID.randomUUID();
    if (r.temp() != null) return new org.apache.hadoop.fs.Path(r.temp(), name);
    Path beside = r.write().equals("-")
        ? Path.of(System.getProperty("java.io.tmpdir"))
        : Path.of(r.write()).toAbsolutePath().getParent();
    return new org.apache.hadoop.fs.Path(beside.resolve(name).toUri());
  }

  private static void removeQuietly(org.apache.hadoop.fs.Path dir, Configuration conf) {
    try {
      FileSystem fs = dir.getFileSystem(conf);
      fs.delete(dir, true);
    } catch (IOException e) {
      // nothing was written there, or it is gone already
    }
  }

  private void closeAndRemove(OutputStream out) {
    try {
      out.close();
      if (!r.write().equals("-")) Files.deleteIfExists(Path.of(r.write()));
    } catch (IOException e) {
      // the run failed already: that error is the one reported
    }
  }
}
