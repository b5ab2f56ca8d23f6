#!/usr/bin/env python3
"""Convert the UTF-8 source of minazuki-senkan-kitei into the Shift_JIS (cp932),
CRLF text as pasted from an old reiki-shu. Standard library only."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
src = os.path.join(HERE, "minazuki-senkan-kitei.utf8.txt")
dst = os.path.join(HERE, "..", "regulations", "minazuki-senkan-kitei.txt")
with open(src, encoding="utf-8") as f:
    text = f.read()
lines = text.replace("\r\n", "\n").split("\n")
while lines and lines[-1] == "":
    lines.pop()
data = ("\r\n".join(lines) + "\r\n").encode("cp932")  # raises if not encodable
with open(dst, "wb") as f:
    f.write(data)
print("wrote", os.path.normpath(dst), len(data), "bytes")
