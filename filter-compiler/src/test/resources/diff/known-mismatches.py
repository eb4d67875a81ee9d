#!/usr/bin/env python3
"""Rewrites known-mismatches.txt from a verbose run, grouped by cause.

  mvn -B -q -pl filter-compiler -am test -Dtest=DifferentialTest -Dsurefire.failIfNoSpecifiedTests=false \
      -Ddiff.verbose=true > /tmp/run.txt
  python3 known-mismatches.py /tmp/run.txt known-mismatches.txt header.txt [meaning.txt]

header.txt holds the comment block kept at the top of the file. meaning.txt, optional, is what
io.jdump.filter.opt.MeaningCheck prints for the mismatch names (one per line on its stdin): a
check it says 'keeps' the meaning of libpcap's unoptimized program is filed under J, not H. The
causes are those found when the compiler was first merged; a check no cause explains lands under
"other" and deserves a look.
"""
import re, sys
lines=[l.rstrip('\n').split(': ',1)[1] for l in open(sys.argv[1]) if l.startswith('mismatch: ') or l.startswith('known mismatch: ')]
keeps=set()
if len(sys.argv)>4:
    keeps={l.split('  ',1)[1].strip() for l in open(sys.argv[4]) if l.startswith('keeps  ')}
items=[]
for l in lines:
    m=re.match(r"^(-y (\S+)( -O)?( -s \d+)? '(.*)')  \[(.*)\]$", l)
    name,dlt,unopt,snap,expr,reason=m.group(1),m.group(2),bool(m.group(3)),m.group(4) or '',m.group(5),m.group(6)
    items.append((name,dlt,unopt,expr,reason,snap))
names={i[0] for i in items}
cats={}
def cat(i):
    name,dlt,unopt,expr,reason,snap=i
    # A transport-layer accessor as the right operand of arithmetic: what gen_arth drops.
    if re.search(r"(?<![&|])[-+*/%&|^](?![&|])\s*\(*\s*(tcp|udp|sctp|icmp|icmp6|igmp|pim|vrrp|igrp|carp)\[", expr): return 'C'
    if reason.startswith('jdump accepts, libpcap rejects'):
        return 'A'
    if 'packets differ' in reason:
        other="-y %s%s%s '%s'"%(dlt,'' if unopt else ' -O',snap,expr)
        if not unopt and other not in names:
            if "as libpcap's unoptimized program does" in reason: return 'B'
            return 'J' if name in keeps else 'H'
        if re.search(r"mpls", expr) and 'icmp6[' in expr: return 'D'
        return 'C'
    if reason.startswith('jdump rejects: expression rejects all packets'): return 'K'
    if 'unknown port in range' in reason: return 'E'
    if reason.startswith('message:'): return 'F'
    if 'unsupported protocol over mpls' in reason: return 'G'
    return 'I'
# A check with another snap length (-s N) has the cause of the same check at the default one.
bydefault={}
for i in items:
    if not i[5]: bydefault[i[0]]=cat(i)
for i in items:
    c=bydefault.get(i[0].replace(i[5],'',1),cat(i)) if i[5] else bydefault[i[0]]
    cats.setdefault(c,[]).append(i)
titles={
'A':"libpcap refuses ('expression rejects all packets' or another message) where jdump compiles: for a refusal, io.jdump.filter.opt.PcapModel, jdump's replay of libpcap's optimizer, misses a step libpcap takes",
'B':"optimizer: differs only when optimizing, and jdump's verdicts are exactly libpcap's unoptimized program's (libpcap's optimizer drops loads whose value it knows, so frames cut short are kept)",
'C':"arithmetic: libpcap 1.10's gen_arth keeps only the left operand's protocol test (e.g. '1 + tcp[12] != 0' tests no protocol); jdump tests both",
'D':"mpls: after 'mpls', the ICMPv6 test implied by icmp6[...] reads the IPv6 next header at the unshifted offset (EN10MB: [20], libpcap [24])",
'E':"portrange with a service name on one side ('20-ssh', 'http-8080'): libpcap resolves it, jdump says unknown port in range",
'F':"message: jdump's words differ ('can't parse filter expression: syntax error' where libpcap names the link types a primitive needs; 'unsupported protocol over mpls' where libpcap says 'no VLAN match after MPLS')",
'G':"mpls: 'host'/'net' after 'mpls' must test IPv4 only (libpcap 1.10 skips ARP/RARP when the label stack depth > 0); jdump refuses: 'unsupported protocol over mpls'",
'H':"optimizer?: differs only when optimizing, but jdump's verdicts are not libpcap's unoptimized ones either: look closer",
'I':"other",
'K':"optimizer: jdump refuses ('expression rejects all packets') where libpcap 1.10 compiles a program: io.jdump.filter.opt.PcapModel, jdump's replay of libpcap's optimizer, proves more than libpcap's optimizer does",
'J':"optimizer: jdump's optimizer drops a load whose value cannot change the verdict where libpcap's keeps it, so a frame too short for that load (cut, or short on the wire) is accepted by jdump and dropped by libpcap; MeaningCheck confirms libpcap's unoptimized program gives jdump's verdict to every longer frame with the same first bytes",
}
out=open(sys.argv[2],'w')
out.write(open(sys.argv[3]).read())
for c in sorted(cats):
    out.write("\n# %s (%d checks)\n"%(titles[c],len(cats[c])))
    for i in cats[c]: out.write(i[0]+"\n")
for c in sorted(cats): print(c,len(cats[c]),titles[c])
