package io.jdump.bpf;

/** tcpdump's three program dumps: {@code -d} (assembly), {@code -dd} (C array), {@code -ddd} (decimal). */
public enum ListingFormat { D, DD, DDD }
