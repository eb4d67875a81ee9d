#!/usr/bin/env python3
"""Writes captures/app-http-methods.pcap: one HTTP request per method word, every word of
tcpdump 4.99.3's httpcmds (printed with the request line) and a few it lacks (PATCH, ACL,
BIND...: printed as a bare 'HTTP'), then the same words lower-case (not matched). Plain
struct, no randomness: the bytes are the same on every run."""
import struct

from tinypcap import csum, write

KNOWN = ('GET PUT COPY HEAD LOCK MOVE POLL POST BCOPY BMOVE MKCOL TRACE LABEL MERGE DELETE '
         'SEARCH UNLOCK REPORT UPDATE NOTIFY BDELETE CONNECT OPTIONS CHECKIN PROPFIND CHECKOUT '
         'CCM_POST SUBSCRIBE PROPPATCH BPROPFIND BPROPPATCH UNCHECKOUT MKACTIVITY MKWORKSPACE '
         'UNSUBSCRIBE RPC_CONNECT VERSION-CONTROL BASELINE-CONTROL').split()
UNKNOWN = 'PATCH ACL BIND UNBIND REBIND ORDERPATCH PRI'.split()
A4, B4 = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])


def http(method, seq):
    data = (method + ' /x HTTP/1.1\r\nHost: a\r\n\r\n').encode()
    t = struct.pack('!HHIIBBHHH', 40080, 80, seq, 1, 0x50, 0x18, 65535, 0, 0) + data
    c = csum(A4 + B4 + struct.pack('!BBH', 0, 6, len(t)) + t)
    t = t[:16] + struct.pack('!H', c) + t[18:]
    h = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(t), 1, 0, 64, 6, 0, A4, B4)
    h = h[:10] + struct.pack('!H', csum(h)) + h[12:]
    return bytes.fromhex('020000000001020000000002') + b'\x08\x00' + h + t


def main():
    words = KNOWN + UNKNOWN + [w.lower() for w in KNOWN[:4]]
    frames = [http(w, 1000 + 100 * i) for i, w in enumerate(words)]
    write('app-http-methods.pcap', frames)


if __name__ == '__main__':
    main()
