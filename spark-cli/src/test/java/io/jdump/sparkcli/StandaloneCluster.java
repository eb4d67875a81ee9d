package io.jdump.sparkcli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Spark standalone cluster on this machine's loopback: Spark's own Master and Worker main
 * classes, each a JVM of its own, from the jars Maven resolved (target/spark.classpath). A
 * worker launches executors from {@code $SPARK_HOME/jars}: here a directory of links to the
 * same jars, marked as a release. {@link #close} kills the master, the workers and every
 * process they started. Test code.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final List<String> OPENS = List.of("java.lang", "java.lang.invoke",
      "java.lang.reflect", "java.io", "java.net", "java.nio", "java.util", "java.util.concurrent",
      "java.util.concurrent.atomic", "jdk.internal.ref", "sun.nio.ch", "sun.nio.cs",
      "sun.security.action", "sun.util.calendar");

  private final List<Process> processes = new ArrayList<>();
  private final Thread hook = new Thread(this::kill);
  private final Path dir;
  private final String classpath;
  private final Path home;
  private int port;

  private StandaloneCluster(Path dir, String classpath) {
    this.dir = dir;
    this.classpath = classpath;
    this.home = dir.resolve("spark-home");
  }

  /** Starts a master and {@code workers} workers of one core each; waits until all registered. */
  static StandaloneCluster start(Path dir, String classpath, int workers) throws IOException, InterruptedException {
    var cluster = new StandaloneCluster(dir, classpath);
    Runtime.getRuntime().addShutdownHook(cluster.hook);
    try {
      cluster.sparkHome();
      cluster.port = freePort();
      cluster.launch("master", "org.apache.spark.deploy.master.Master",
          "--host", "127.0.0.1", "--port", Integer.toString(cluster.port), "--webui-port", "0");
      cluster.awaitPort(cluster.port);
      for (int i = 1; i <= workers; i++) {
        Path work = Files.createDirectories(dir.resolve("work-" + i));
        cluster.launch("worker-" + i, "org.apache.spark.deploy.worker.Worker",
            "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", "1",
            "--memory", "1536m", "--work-dir", work.toString(), cluster.url());
      }
      for (int i = 1; i <= workers; i++) cluster.awaitLog("worker-" + i, "Successfully registered with master");
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** {@return the master's URL} {@code spark://127.0.0.1:PORT} */
  String url() {
    return "spark://127.0.0.1:" + port;
  }

  /** {@return the JVM options Spark needs on Java 17} */
  static List<String> jvmOptions() {
    var out = new ArrayList<String>();
    for (String p : OPENS) out.add("--add-opens=java.base/" + p + "=ALL-UNNAMED");
    out.add("-Djdk.reflect.useDirectMethodHandle=false");
    out.add("-Dio.netty.tryReflectionSetAccessible=true");
    return out;
  }

  /** {@return a worker's executor logs}, one a launched executor */
  List<Path> executorLogs(int worker) throws IOException {
    try (var files = Files.walk(dir.resolve("work-" + worker))) {
      return files.filter(p -> p.getFileName().toString().equals("stderr")).toList();
    }
  }

  private void sparkHome() throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (String jar : classpath.split(":")) {
      Path link = jars.resolve(Path.of(jar).getFileName());
      if (!Files.exists(link)) Files.createSymbolicLink(link, Path.of(jar));
    }
    // A RELEASE file tells Spark's launcher the jars are in jars/, not in a build's target/.
    Files.writeString(home.resolve("RELEASE"), "Spark from Maven's repository, for jdump's tests\n");
  }

  private void launch(String name, String mainClass, String... args) throws IOException {
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(jvmOptions());
    command.addAll(List.of("-cp", classpath, mainClass));
    command.addAll(List.of(args));
    var pb = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve(name + ".log").toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_HOME", home.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_LOCAL_DIRS", Files.createDirectories(dir.resolve("local-" + name)).toString());
    env.put("SPARK_LOG_DIR", dir.toString());
    processes.add(pb.start());
  }

  private void awaitPort(int p) throws InterruptedException {
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (var s = new Socket(InetAddress.getLoopbackAddress(), p)) {
        return;
      } catch (IOException e) {
        assertAlive();
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("the master did not listen on " + p + ": " + log("master"));
  }

  private void awaitLog(String name, String line) throws InterruptedException {
    long deadline = System.nanoTime() + 90_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (log(name).contains(line)) return;
      assertAlive();
      Thread.sleep(200);
    }
    throw new IllegalStateException(name + " did not register: " + log(name));
  }

  private void assertAlive() {
    for (Process p : processes) {
      if (!p.isAlive()) throw new IllegalStateException("a cluster process ended: " + p.info());
    }
  }

  String log(String name) {
    try {
      return Files.readString(dir.resolve(name + ".log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static int freePort() throws IOException {
    try (var s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Kills the processes and what they started (executors), children first. */
  private void kill() {
    for (Process p : processes) {
      List<ProcessHandle> children = p.descendants().toList();
      children.forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (Process p : processes) {
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** {@return the pids still running}: none after {@link #close} */
  List<Long> alive() {
    var out = new ArrayList<Long>();
    for (Process p : processes) {
      if (p.isAlive()) out.add(p.pid());
      p.descendants().filter(ProcessHandle::isAlive).forEach(h -> out.add(h.pid()));
    }
    return out;
  }

  @Override
  public void close() {
    kill();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs kill() anyway
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
