package io.jdump.filter.opt;

import io.jdump.bpf.Listing;
import io.jdump.bpf.ListingFormat;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;

/** Dev aid: jdump's unoptimized and optimized listings and libpcap's, side by side. */
final class OptShow {
  private OptShow() {}

  public static void main(String[] args) throws Exception {
    int dlt = Integer.parseInt(args[0]);
    String e = args[1];
    Libpcap l = Libpcap.load();
    System.out.println("== libpcap -O\n" + Listing.format(l.compile(e, dlt, 262144, true), ListingFormat.D));
    if (args.length > 2) System.out.println("== jdump plain\n" + Listing.format(FilterCompiler.compile(e, dlt, 262144, false), ListingFormat.D));
    System.out.println("== jdump opt\n" + Listing.format(FilterCompiler.compile(e, dlt, 262144, true), ListingFormat.D));
  }
}
