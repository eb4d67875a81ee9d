#!/usr/bin/env python3
"""Tiny authoritative DNS server for the jdump.test zone, used only by make-samples.

Usage: dns-server.py ADDRESS [PORT]

Answers A and AAAA queries for the names in ZONE (answer names use a
compression pointer to the question, as real servers do), NXDOMAIN for any other
name in jdump.test, REFUSED outside it. Any EDNS OPT record in the query is
ignored. Runs until killed; prints "ready" once bound so the caller can wait for it.
"""
import socket
import struct
import sys

ZONE = {
    ("www.jdump.test", 1): [socket.inet_pton(socket.AF_INET, "10.99.0.80")],
    ("www.jdump.test", 28): [socket.inet_pton(socket.AF_INET6, "fd00:99::80")],
    ("multi.jdump.test", 1): [socket.inet_pton(socket.AF_INET, a) for a in ("10.99.0.81", "10.99.0.82")],
}
TTL = 300


def read_name(msg, pos):
    """Reads an uncompressed query name; returns (lower-case name, position after it)."""
    labels = []
    while msg[pos]:
        length = msg[pos]
        labels.append(msg[pos + 1:pos + 1 + length].decode("ascii").lower())
        pos += 1 + length
    return ".".join(labels), pos + 1


def answer(query):
    ident, flags = struct.unpack("!HH", query[:4])
    name, pos = read_name(query, 12)
    qtype, _qclass = struct.unpack("!HH", query[pos:pos + 4])
    question = query[12:pos + 4]
    records = ZONE.get((name, qtype), [])
    if records:
        rcode = 0
    elif name == "jdump.test" or name.endswith(".jdump.test"):
        known = any(n == name for n, _ in ZONE)
        rcode = 0 if known else 3  # NODATA for a known name, NXDOMAIN otherwise
    else:
        rcode = 5
    # QR, AA (inside our zone), copy RD; RA clear: this server does not recurse.
    out_flags = 0x8000 | (0x0400 if rcode != 5 else 0) | (flags & 0x0100) | rcode
    header = struct.pack("!HHHHHH", ident, out_flags, 1, len(records), 0, 0)
    body = b"".join(struct.pack("!HHHIH", 0xC00C, qtype, 1, TTL, len(r)) + r for r in records)
    return header + question + body


def main():
    address = sys.argv[1]
    port = int(sys.argv[2]) if len(sys.argv) > 2 else 53
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_DGRAM)
    sock.bind((address, port))
    print("ready", flush=True)
    while True:
        query, peer = sock.recvfrom(4096)
        try:
            sock.sendto(answer(query), peer)
        except (IndexError, UnicodeDecodeError, struct.error):
            pass  # not a query we understand: stay silent, as a real server may


if __name__ == "__main__":
    main()
