#!/usr/bin/python3
"""Seeded differential-sweep frames: every dispatch target tcpdump 4.99.3's printers name
(EtherTypes, IP protocols 0-255 over IPv4 and IPv6, UDP/TCP ports, LLC SAPs and SNAP
OUI/PIDs, PPP protocols, DLTs), each with random payloads, plausible heads and cut frames.
Frame i of a capture has i as its microseconds so that a difference names its frame.
Writes OUTDIR/<category>-<dlt>.pcap and OUTDIR/index.txt (file, frame, key). Compare each
capture frame by frame with `tcpdump -n -r F FLAGS` and `jdump -n -r F FLAGS` (none, -v, -vv,
-e, -x); a differing frame's microseconds name its key in index.txt. The captures are
throwaway: the decoders it showed missing have seeded captures of their own in
legacy-lan-gen.py.
Usage: dispatch-sweep-gen.py TCPDUMP_SRC OUTDIR [SEED]"""
import glob, os, random, re, struct, sys

src, out = sys.argv[1], sys.argv[2]
rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)

defs = {}
for f in sorted(glob.glob(src + "/*.h")) + sorted(glob.glob(src + "/*.c")) + ["/usr/include/pcap/dlt.h"]:
    for m in re.finditer(r"^#\s*define\s+(\w+)\s+\(?\s*(0x[0-9a-fA-F]+|\d+)\s*\)?\s*(?:/\*.*)?$",
                         open(f, errors="replace").read(), re.M):
        v = m.group(2); defs.setdefault(m.group(1), int(v, 16) if v.startswith("0x") else int(v, 8) if v.startswith("0") and len(v) > 1 else int(v))

def names(path, start, pattern, stop="\n}\n"):
    text = open(src + "/" + path, errors="replace").read()
    if start:
        i = text.index(start)
        j = text.index(stop, i)
        text = text[i:j]
    return sorted({defs[n] for n in re.findall(pattern, text) if n in defs})

ETHERTYPES = names("print-ether.c", "\nethertype_print(", r"case (ETHERTYPE_\w+)")
UDP_PORTS = sorted(set(names("print-udp.c", "\nudp_print(", r"\b([A-Z0-9_]+_PORT\w*)\b")))
TCP_PORTS = sorted(set(names("print-tcp.c", "\ntcp_print(", r"\b([A-Z0-9_]+_PORT\w*)\b")))
PPP_PROTOS = names("print-ppp.c", "\nhandle_ppp(", r"case (\w+)")
DLTS = names("print.c", "printers[] = {", r"\b(DLT_\w+)\b", "\n};")
SAPS = [0x00, 0xff, 0x06, 0x42, 0xaa, 0xe0, 0xf0, 0xfe, 0x04, 0x08, 0x0e, 0x4e, 0x8e, 0x7e, 0xbc]
SNAP = [(0x000000, t) for t in ETHERTYPES] + [(0x00000c, p) for p in (0x2000, 0x2003, 0x2004, 0x010b, 0x010c, 0x0111, 0x0000)] + \
       [(0x0080c2, p) for p in range(0, 16)] + [(0x080007, 0x809b), (0x00f8, 0x0800), (0x000c, 0x2000)]

def rb(n):
    return bytes(rnd.randrange(256) for _ in range(n))

def mac():
    return rb(6)

def csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack(">%dH" % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return ~s & 0xffff

def payload():
    k = rnd.randrange(5)
    if k == 0:
        return rb(rnd.randrange(0, 12))
    if k == 1:
        return bytes(rnd.randrange(3) for _ in range(rnd.randrange(8, 64)))  # small fields
    return rb(rnd.randrange(12, 120))

def ip4(proto, data):
    h = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(data), rnd.randrange(65536), 0, 64, proto, 0,
                    bytes([10, 0, 0, rnd.randrange(256)]), bytes([10, 1, 0, rnd.randrange(256)]))
    return h[:10] + struct.pack(">H", csum(h)) + h[12:] + data

def ip6(nh, data):
    return struct.pack(">IHBB", 0x60000000, len(data), nh, 64) + b"\x20\x01\x0d\xb8" + rb(12) + \
        b"\x20\x01\x0d\xb8" + rb(12) + data

def udp(sp, dp, data):
    return struct.pack(">HHHH", sp, dp, 8 + len(data), 0) + data

def tcp(sp, dp, data):
    return struct.pack(">HHIIBBHHH", sp, dp, rnd.getrandbits(32), rnd.getrandbits(32), 0x50,
                       rnd.choice([0x18, 0x10, 0x02, 0x11]), 8192, 0, 0) + data

def eth(t, data):
    return mac() + mac() + struct.pack(">H", t) + data

def l4port(port, proto):
    other = rnd.choice([40000, 1024 + rnd.randrange(30000)])
    sp, dp = (port, other) if rnd.random() < 0.5 else (other, port)
    if rnd.random() < 0.3:
        sp = dp = port
    d = payload()
    seg = udp(sp, dp, d) if proto == 17 else tcp(sp, dp, d)
    return eth(0x0800, ip4(proto, seg)) if rnd.random() < 0.7 else eth(0x86dd, ip6(proto, seg))

frames = {}  # category -> list of (key, dlt, frame)

def add(cat, key, dlt, frame, cut=True):
    wire = len(frame)
    if cut and rnd.random() < 0.25:
        frame = frame[:rnd.randrange(len(frame) + 1)]
    frames.setdefault((cat, dlt), []).append((key, frame, wire))

N = 6
for t in ETHERTYPES:
    for _ in range(N):
        add("ether", "0x%04x" % t, 1, eth(t, payload()))
for p in range(256):
    for _ in range(3):
        add("ip4", p, 1, eth(0x0800, ip4(p, payload())))
        add("ip6", p, 1, eth(0x86dd, ip6(p, payload())))
for port in UDP_PORTS:
    for _ in range(N):
        add("udp", port, 1, l4port(port, 17))
for port in TCP_PORTS:
    for _ in range(N):
        add("tcp", port, 1, l4port(port, 6))
for sap in SAPS:
    for _ in range(N):
        llc = bytes([sap, sap | rnd.choice([0, 1]), rnd.choice([3, 0, 0xf3, 0xaf, rnd.randrange(256)])]) + payload()
        add("llc", "0x%02x" % sap, 1, mac() + mac() + struct.pack(">H", len(llc)) + llc)
for oui, pid in SNAP:
    for _ in range(3):
        llc = b"\xaa\xaa\x03" + struct.pack(">I", oui)[1:] + struct.pack(">H", pid) + payload()
        add("snap", "%06x/%04x" % (oui, pid), 1, mac() + mac() + struct.pack(">H", len(llc)) + llc)
for p in sorted(set(PPP_PROTOS) | set(range(0x21, 0x83, 2)) | {0xc021, 0xc023, 0xc025, 0xc223, 0xc02b, 0xc02d, 0xc281, 0xc481, 0x80fd, 0x8021, 0x8057, 0x0021}):
    for _ in range(4):
        add("ppp", "0x%04x" % p, 9, b"\xff\x03" + struct.pack(">H", p) + payload())
for d in DLTS:
    for _ in range(8):
        add("dlt", d, d, payload() + payload())

os.makedirs(out, exist_ok=True)
index = open(out + "/index.txt", "w")
for (cat, dlt), fl in frames.items():
    path = "%s/%s-%d.pcap" % (out, cat, dlt)
    with open(path, "wb") as o:
        o.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, dlt))
        for i, (key, frame, wire) in enumerate(fl):
            o.write(struct.pack("<IIII", 1700000000, i, len(frame), wire))
            o.write(frame)
            index.write("%s %d %s\n" % (os.path.basename(path), i, key))
total = sum(len(v) for v in frames.values())
print("frames", total, {c: sum(len(v) for (cc, _), v in frames.items() if cc == c) for c, _ in frames})
print("ethertypes", len(ETHERTYPES), "udp ports", len(UDP_PORTS), "tcp ports", len(TCP_PORTS),
      "ppp", len(PPP_PROTOS), "dlts", len(DLTS))
