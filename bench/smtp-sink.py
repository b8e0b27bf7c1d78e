"""A mail server that accepts every message and keeps none: the benchmarks' SMTP peer.

Usage: python3 bench/smtp-sink.py PORT   (prints the count of messages it took when stopped)
"""
import signal
import socketserver
import sys

accepted = 0


class Session(socketserver.StreamRequestHandler):
    def reply(self, line):
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self):
        global accepted
        self.reply("220 sink ESMTP")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            verb = line[:4].upper()
            if verb == b"DATA":
                self.reply("354 go ahead")
                while self.rfile.readline() not in (b".\r\n", b""):
                    pass
                accepted += 1
                self.reply("250 taken")
            elif verb == b"QUIT":
                self.reply("221 bye")
                return
            elif verb == b"EHLO":
                self.wfile.write(b"250-sink\r\n250 8BITMIME\r\n")
            else:
                self.reply("250 ok")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def stop(*_):
    print(f"smtp sink accepted {accepted} messages", flush=True)
    sys.exit(0)


signal.signal(signal.SIGTERM, stop)
Server(("127.0.0.1", int(sys.argv[1])), Session).serve_forever()
