#!/usr/bin/env python3
"""Convert the UTF-8 draft of the 冬空町 rule into the 例規集 paste format:
Shift_JIS (cp932) with CRLF line ends. Standard library only."""
import pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
RID = "fuyuzora-kyoiku-hoyu-kojinjoho-kisoku"
src = HERE / f"{RID}.src.txt"
dst = HERE.parent / "regulations" / f"{RID}.txt"

text = src.read_text(encoding="utf-8")
text = text.replace("\r\n", "\n").replace("\r", "\n")
if not text.endswith("\n"):
    text += "\n"
data = text.replace("\n", "\r\n").encode("cp932", errors="strict")
# round trip check
assert data.decode("cp932") == text.replace("\n", "\r\n")
dst.write_bytes(data)
print(f"wrote {dst} ({len(data)} bytes)")
