#!/usr/bin/env python3
"""Traffic for the live capture tests, run inside the peer namespace with `ip netns exec`.

  send.py udp HOST PORT   < lines of hex   one datagram per line, in order
  send.py tcp HOST PORT   < one line of hex   connect, send it, half-close, read to EOF
Prints "sent N" on success; any failure is a traceback and a non-zero status.
"""
import socket
import sys

def payloads():
    return [bytes.fromhex(line.strip()) for line in sys.stdin if line.strip()]

def main():
    mode, host, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    data = payloads()
    if mode == "udp":
        with socket.socket(family, socket.SOCK_DGRAM) as s:
            for p in data:
                s.sendto(p, (host, port))
    elif mode == "tcp":
        with socket.create_connection((host, port), timeout=10) as s:
            for p in data:
                s.sendall(p)
            s.shutdown(socket.SHUT_WR)
            while s.recv(65536):
                pass
    else:
        sys.exit("unknown mode " + mode)
    print("sent", len(data))

main()
