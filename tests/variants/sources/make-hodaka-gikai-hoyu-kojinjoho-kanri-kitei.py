#!/usr/bin/env python3
"""Lay out the fictional 穂高市議会保有個人情報管理規程 as `pdftotext -layout`
would print it from a 例規集 PDF: running header, page numbers「- n -」, form
feeds, hanging indents, lines wrapped at the printed width (standard library only)."""
import sys

W = 40          # printed characters per line
LINES = 38      # body lines per page
HEADER = " " * 56 + "穂高市例規集"
KINSOKU = set("、。）」』，．・")

def z(n):       # full-width digits
    return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))

def wrap(text, first, rest):
    out, cur, width = [], "", first
    i = 0
    while i < len(text):
        cur += text[i]; i += 1
        if len(cur) >= width:
            while i < len(text) and text[i] in KINSOKU:   # ぶら下げ
                cur += text[i]; i += 1
            out.append(cur); cur = ""; width = rest
    if cur:
        out.append(cur)
    return out

L = []   # logical blocks -> physical lines

def raw(s=""):
    L.append(s)

def para(text, ind=0):
    """article / 項 line: first line at ind, continuation one zenkaku deeper"""
    for k, s in enumerate(wrap(text, W - ind, W - ind - 1)):
        L.append(" " * (2 * ind) + s if k == 0 else " " * (2 * ind + 2) + s)

def item(text):
    for k, s in enumerate(wrap(text, W - 1, W - 2)):
        L.append("  " + s if k == 0 else "    " + s)

def head(s):
    L.append("  " + s)

def chap(s):
    L.append("")
    L.append("      " + s)

exec(open(sys.argv[1], encoding="utf-8").read())   # the body: calls raw/para/item/head/chap

pages, n = [], 1
for start in range(0, len(L), LINES):
    body = L[start:start + LINES]
    body += [""] * (LINES - len(body))
    pg = [HEADER, ""] + body + ["", " " * 36 + "- " + str(n) + " -"]
    pages.append("\n".join(pg) + "\n\f")
    n += 1
sys.stdout.write("".join(pages))
