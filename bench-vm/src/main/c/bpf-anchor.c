/*
 * The speed anchor of bench/vm: libpcap's own interpreter, bpf_filter(), over the first packets
 * of a capture held in memory. Built and run by bench/anchor.
 *
 *   bpf-anchor [-n PACKETS] [-t SECONDS] PCAP FILTERS      one expression a line, '#' comments,
 *                                                           "(empty)" for no filter
 *   bpf-anchor [-n PACKETS] [-t SECONDS] PCAP -p PROGRAM   one program in `tcpdump -ddd` form
 *
 * Prints a header and one tab-separated line per filter:
 *   filter  insns  packets  accepted  ns_per_packet
 * ns_per_packet is the median of 5 rounds; a round repeats the filter over every packet for
 * about SECONDS/5 (default SECONDS 0.5). bench/vm's Java engines are timed the same way.
 */
#include <pcap/pcap.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define ROUNDS 5

struct record {
  size_t at;
  unsigned caplen;
  unsigned wirelen;
};

struct capture {
  unsigned char *bytes;
  struct record *records;
  size_t count;
  int linktype;
  int snaplen;
};

static double seconds_now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void *grow(void *p, size_t size) {
  p = realloc(p, size);
  if (!p) {
    fputs("bpf-anchor: out of memory\n", stderr);
    exit(1);
  }
  return p;
}

/* All packets in one buffer, in file order, as a capture loop would meet them. */
static int load_capture(const char *path, size_t limit, struct capture *c) {
  char err[PCAP_ERRBUF_SIZE];
  pcap_t *in = pcap_open_offline(path, err);
  if (!in) {
    fprintf(stderr, "bpf-anchor: %s\n", err);
    return -1;
  }
  size_t room = 1 << 20, used = 0, slots = 1024;
  c->bytes = grow(NULL, room);
  c->records = grow(NULL, slots * sizeof *c->records);
  c->count = 0;
  c->linktype = pcap_datalink(in);
  c->snaplen = pcap_snapshot(in);
  struct pcap_pkthdr *h;
  const u_char *data;
  while (c->count < limit && pcap_next_ex(in, &h, &data) == 1) {
    if (used + h->caplen > room) {
      while (used + h->caplen > room) room *= 2;
      c->bytes = grow(c->bytes, room);
    }
    if (c->count == slots) c->records = grow(c->records, (slots *= 2) * sizeof *c->records);
    memcpy(c->bytes + used, data, h->caplen);
    c->records[c->count++] = (struct record){used, h->caplen, h->len};
    used += h->caplen;
  }
  pcap_close(in);
  return 0;
}

/* One pass over every packet; the sum keeps the compiler from dropping the calls. */
static unsigned long one_pass(const struct bpf_insn *code, const struct capture *c, size_t *accepted) {
  unsigned long sum = 0;
  size_t kept = 0;
  for (size_t i = 0; i < c->count; i++) {
    const struct record *r = &c->records[i];
    u_int verdict = bpf_filter(code, c->bytes + r->at, r->wirelen, r->caplen);
    sum += verdict;
    kept += verdict != 0;
  }
  if (accepted) *accepted = kept;
  return sum;
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static volatile unsigned long sink;

static void measure(const char *name, const struct bpf_program *p, const struct capture *c, double budget) {
  size_t accepted;
  sink += one_pass(p->bf_insns, c, &accepted);
  double start = seconds_now();
  sink += one_pass(p->bf_insns, c, NULL);
  double pass = seconds_now() - start;
  long passes = pass > 0 ? (long)(budget / ROUNDS / pass) : 1;
  if (passes < 1) passes = 1;
  double ns[ROUNDS];
  for (int round = 0; round < ROUNDS; round++) {
    start = seconds_now();
    for (long k = 0; k < passes; k++) sink += one_pass(p->bf_insns, c, NULL);
    ns[round] = (seconds_now() - start) * 1e9 / ((double)passes * (double)(c->count ? c->count : 1));
  }
  qsort(ns, ROUNDS, sizeof ns[0], by_value);
  printf("%s\t%u\t%zu\t%zu\t%.2f\n", name, p->bf_len, c->count, accepted, ns[ROUNDS / 2]);
  fflush(stdout);
}

/* `tcpdump -ddd`: the instruction count, then "code jt jf k" per instruction. */
static int read_program(const char *path, struct bpf_program *p) {
  FILE *f = fopen(path, "r");
  if (!f) {
    perror(path);
    return -1;
  }
  unsigned n = 0;
  int ok = fscanf(f, "%u", &n) == 1 && n > 0 && n <= 1000000;
  p->bf_insns = ok ? calloc(n, sizeof *p->bf_insns) : NULL;
  p->bf_len = n;
  for (unsigned i = 0; ok && i < n; i++) {
    unsigned code, jt, jf, k;
    ok = fscanf(f, "%u %u %u %u", &code, &jt, &jf, &k) == 4;
    if (ok) p->bf_insns[i] = (struct bpf_insn){(u_short)code, (u_char)jt, (u_char)jf, (bpf_u_int32)k};
  }
  fclose(f);
  if (!ok) fprintf(stderr, "bpf-anchor: %s: not a -ddd program\n", path);
  return ok ? 0 : -1;
}

static int run_filters(const char *path, const struct capture *c, double budget) {
  FILE *f = fopen(path, "r");
  if (!f) {
    perror(path);
    return 1;
  }
  pcap_t *dead = pcap_open_dead(c->linktype, c->snaplen);
  char *line = NULL;
  size_t size = 0;
  ssize_t n;
  while ((n = getline(&line, &size, f)) >= 0) {
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
    if (n == 0 || line[0] == '#') continue;
    const char *expr = strcmp(line, "(empty)") == 0 ? "" : line;
    struct bpf_program p;
    /* tcpdump 4.99 compiles files with netmask 0; so does jdump. */
    if (pcap_compile(dead, &p, expr, 1, 0) != 0) {
      fprintf(stderr, "bpf-anchor: %s: %s\n", line, pcap_geterr(dead));
      continue;
    }
    measure(line, &p, c, budget);
    pcap_freecode(&p);
  }
  free(line);
  fclose(f);
  pcap_close(dead);
  return 0;
}

int main(int argc, char **argv) {
  size_t limit = 100000;
  double budget = 0.5;
  const char *program = NULL;
  int opt;
  while ((opt = getopt(argc, argv, "n:t:p:")) != -1) {
    switch (opt) {
      case 'n': limit = strtoul(optarg, NULL, 10); break;
      case 't': budget = strtod(optarg, NULL); break;
      case 'p': program = optarg; break;
      default: return 2;
    }
  }
  if (argc - optind != (program ? 1 : 2)) {
    fputs("usage: bpf-anchor [-n PACKETS] [-t SECONDS] PCAP (FILTERS | -p PROGRAM)\n", stderr);
    return 2;
  }
  struct capture c;
  if (load_capture(argv[optind], limit, &c) != 0) return 1;
  puts("filter\tinsns\tpackets\taccepted\tns_per_packet");
  if (!program) return run_filters(argv[optind + 1], &c, budget);
  struct bpf_program p;
  if (read_program(program, &p) != 0) return 1;
  measure(program, &p, &c, budget);
  return 0;
}
