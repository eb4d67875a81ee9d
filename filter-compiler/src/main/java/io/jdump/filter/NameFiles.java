package io.jdump.filter;

import java.nio.file.Path;

/**
 * The files the compiler reads names from, as libpcap does through the C library: protocol
 * names ({@code ip proto \tcp}) from protocols, port names ({@code port domain}) from
 * services, host names ({@code host localhost}) from hosts (then DNS), {@code ether host}
 * names from ethers, {@code net} names from networks. A missing file knows no names: libpcap
 * then refuses the expression, and so does jdump, in the same words. Tests point these at
 * files of their own.
 *
 * <pre>{@code
 * var files = NameFiles.SYSTEM.withServices(Path.of("test/services"));
 * var o = CompileOptions.LIBPCAP.withNames(files);
 * }</pre>
 */
public record NameFiles(Path protocols, Path services, Path hosts, Path ethers, Path networks) {
  /** The system's files under /etc, which glibc's "files" sources read. */
  public static final NameFiles SYSTEM = under(Path.of("/etc"));

  /**
   * The five files under one directory, named as in /etc.
   *
   * @param dir the directory holding protocols, services, hosts, ethers and networks
   * @return the five files under {@code dir}
   */
  public static NameFiles under(Path dir) {
    return new NameFiles(dir.resolve("protocols"), dir.resolve("services"), dir.resolve("hosts"),
        dir.resolve("ethers"), dir.resolve("networks"));
  }

  /**
   * {@return these files with another protocols file}
   *
   * @param p the file, in /etc/protocols' format
   */
  public NameFiles withProtocols(Path p) {
    return new NameFiles(p, services, hosts, ethers, networks);
  }

  /**
   * {@return these files with another services file}
   *
   * @param p the file, in /etc/services' format
   */
  public NameFiles withServices(Path p) {
    return new NameFiles(protocols, p, hosts, ethers, networks);
  }

  /**
   * {@return these files with another hosts file}
   *
   * @param p the file, in /etc/hosts' format
   */
  public NameFiles withHosts(Path p) {
    return new NameFiles(protocols, services, p, ethers, networks);
  }

  /**
   * {@return these files with another ethers file}
   *
   * @param p the file, in /etc/ethers' format
   */
  public NameFiles withEthers(Path p) {
    return new NameFiles(protocols, services, hosts, p, networks);
  }
}
