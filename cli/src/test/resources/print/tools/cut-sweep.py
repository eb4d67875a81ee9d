#!/usr/bin/python3
"""Cut-frame sweep: every packet of the given pcap files, cut at up to 40 lengths (seeded) from
1 byte to 159, written per link type as cut-<DLT>.pcap in the current directory (caplen the
cut, wire length 20 more). Compare each with tcpdump frame by frame, e.g.

    python3 cut-sweep.py '../captures/*.pcap'
    for f in cut-*.pcap; do diff <(tcpdump -n -vvv -e -x -r $f) <(jdump -n -vvv -e -x -r $f); done

With --deep PER_FILE, up to PER_FILE frames of each file (distinct in length and first 64 bytes,
seeded), each of at most 1600 bytes, are cut at every length from 1 to its own, the wire length
its whole one; files of 200,000 frames, cut-<DLT>-<N>.pcap. Run on 2026-12-07 at 150 a file over
the project's captures, tcpdump's 667 and the real-world corpus (10.6 million frames, 78 link
types; -n, -n -v, -n -vv -e, -n -vvv, -n -vvv -e -x, -n -q, -n -vvv -X -K): one cause (CDP's
one-byte TLVs printed "0x" before their cut byte), kept in captures/cuts-deep-cdp.pcap.

Run on 2026-12-07 over the project's 305 captures (1.4 million frames, 79 link types, under -n,
-n -vv and -n -vvv -e -x) it found 25 causes; the frames that showed them are kept in
captures/cuts-sweep-*.pcap (golden-matrix.txt).
"""
import struct, sys, glob, random
r = random.Random(3)
def read(path):
    d = open(path, 'rb').read()
    if len(d) < 24: return None, []
    m = struct.unpack('<I', d[:4])[0]
    if m in (0xa1b2c3d4, 0xa1b23c4d): e = '<'
    elif m in (0xd4c3b2a1, 0x4d3cb2a1): e = '>'
    else: return None, []
    dlt = struct.unpack(e + 'I', d[20:24])[0] & 0x0fffffff
    p, out = 24, []
    while p + 16 <= len(d):
        cap = struct.unpack(e + 'I', d[p+8:p+12])[0]
        if p + 16 + cap > len(d): break
        out.append(d[p+16:p+16+cap]); p += 16 + cap
    return dlt, out
def deep(per, paths):
    """Every length of up to per frames a file, per link type, in files of 200,000 frames."""
    byd = {}
    for f in paths:
        dlt, pk = read(f)
        if dlt is None: continue
        seen, chosen = set(), []
        order = list(range(len(pk)))
        r.shuffle(order)
        for i in order:
            b = pk[i]
            key = (len(b), b[:64])
            if len(b) < 2 or len(b) > 1600 or key in seen: continue
            seen.add(key)
            chosen.append(b)
            if len(chosen) >= per: break
        byd.setdefault(dlt, []).extend(chosen)
    for dlt, frames in byd.items():
        cuts = [(b[:c], len(b)) for b in frames for c in range(1, len(b))]
        for n in range(0, len(cuts), 200000):
            with open('cut-%d-%d.pcap' % (dlt, n // 200000), 'wb') as o:
                o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, dlt))
                for i, (fr, wire) in enumerate(cuts[n:n + 200000]):
                    o.write(struct.pack('<IIII', 1000 + i // 1000000, i % 1000000, len(fr), wire))
                    o.write(fr)
        print(dlt, len(cuts))
if len(sys.argv) > 2 and sys.argv[1] == '--deep':
    deep(int(sys.argv[2]), sorted(p for a in sys.argv[3:] for p in glob.glob(a)))
    sys.exit(0)
byd = {}
for f in sorted(glob.glob(sys.argv[1])):
    dlt, pk = read(f)
    if dlt is None: continue
    byd.setdefault(dlt, []).extend(pk)
for dlt, pk in byd.items():
    frames = []
    for b in pk:
        if len(b) < 2: continue
        cuts = list(range(1, min(len(b), 160)))
        if len(cuts) > 40: cuts = sorted(r.sample(cuts, 40))
        for c in cuts: frames.append(b[:c])
    with open('cut-%d.pcap' % dlt, 'wb') as o:
        o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, dlt))
        for i, fr in enumerate(frames):
            o.write(struct.pack('<IIII', 1000 + i // 1000000, i % 1000000, len(fr), len(fr) + 20)); o.write(fr)
    print(dlt, len(frames))
