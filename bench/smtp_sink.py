#!/usr/bin/env python3
"""A loopback SMTP server that keeps each message it accepts as a file, one per recipient.

Usage: smtp_sink.py PORT OUT_DIR. Python 3.11's smtpd (deprecated, still in the standard library,
which is all the benchmark may use).
"""
import os
import sys
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
import asyncore  # noqa: E402
import smtpd  # noqa: E402


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        for recipient in rcpttos:
            count = len(os.listdir(self.out))
            with open(os.path.join(self.out, f"{count:04d}-{recipient}.eml"), "wb") as message:
                message.write(data)


if __name__ == "__main__":
    port, out = int(sys.argv[1]), sys.argv[2]
    os.makedirs(out, exist_ok=True)
    sink = Sink(("127.0.0.1", port), None, decode_data=False)
    sink.out = out
    asyncore.loop()
