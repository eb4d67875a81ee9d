/*
 * bench/compile's libpcap side: times pcap_compile on one expression read from a file.
 * Usage: pcap-compile-bench FILE OPTIMIZE(0|1) REPS
 * Prints one line: "ok MEDIAN_MS PEAK_RSS_KIB INSNS" or "error MESSAGE" (libpcap's words).
 * Run as its own process per case: libpcap 1.10 crashes or runs out of memory on long
 * or-chains, and that must not take the benchmark down.
 */
#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

/*
 * VmHWM, not getrusage's ru_maxrss: a process spawned by a JVM (vfork) inherits the JVM's
 * high-water mark in ru_maxrss; VmHWM belongs to this program's own address space.
 */
static long peak_rss_kib(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long kib = -1;
  while (f && fgets(line, sizeof line, f)) {
    if (sscanf(line, "VmHWM: %ld", &kib) == 1) break;
  }
  if (f) fclose(f);
  return kib;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: pcap-compile-bench FILE OPTIMIZE REPS\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "rb");
  if (!f) {
    perror(argv[1]);
    return 2;
  }
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *expr = malloc(n + 1);
  if (fread(expr, 1, n, f) != (size_t)n) return 2;
  expr[n] = 0;
  fclose(f);
  int optimize = atoi(argv[2]);
  int reps = atoi(argv[3]);
  double *ms = calloc(reps, sizeof *ms);
  pcap_t *p = pcap_open_dead(DLT_EN10MB, 262144);
  unsigned insns = 0;
  for (int i = 0; i < reps; i++) {
    struct bpf_program prog;
    double t0 = now_ms();
    if (pcap_compile(p, &prog, expr, optimize, PCAP_NETMASK_UNKNOWN) != 0) {
      printf("error %s\n", pcap_geterr(p));
      return 0;
    }
    ms[i] = now_ms() - t0;
    insns = prog.bf_len;
    pcap_freecode(&prog);
  }
  qsort(ms, reps, sizeof *ms, cmp);
  printf("ok %.4f %ld %u\n", ms[reps / 2], peak_rss_kib(), insns);
  return 0;
}
