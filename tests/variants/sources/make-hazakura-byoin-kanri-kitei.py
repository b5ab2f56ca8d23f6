#!/usr/bin/env python3
"""Build the 例規集-style HTML page for hazakura-byoin-kanri-kitei from the
marked-up source text (standard library only).

Source line markers:
  T: title   D: date   N: number   M: 目次 line   H: 章
  C: caption A: article (num|text)  P: 項 (num|text)  I: 号 (num|text)
  S: 附則 heading
"""
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "hazakura-byoin-kanri-kitei.src.txt")
OUT = os.path.join(HERE, "..", "regulations", "hazakura-byoin-kanri-kitei.html")

HEADER = """<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title>
<link rel="stylesheet" type="text/css" href="../css/reiki_honbun.css">
<script type="text/javascript" src="../js/reiki_common.js"></script>
</head>
<body>
<div id="site-header">
  <div class="site-logo"><a href="../index.html">羽桜市例規集</a></div>
  <ul class="global-nav">
    <li><a href="../index.html">トップページ</a></li>
    <li><a href="../mokuji/taikei.html">体系目次</a></li>
    <li><a href="../mokuji/gojuon.html">五十音索引</a></li>
    <li><a href="../mokuji/nendo.html">年度別索引</a></li>
    <li><a href="../search/search.html">例規検索</a></li>
    <li><a href="../help.html">ご利用にあたって</a></li>
  </ul>
  <div class="breadcrumb">
    <a href="../index.html">トップ</a> ＞
    <a href="../mokuji/taikei_10.html">第１０編　公営企業</a> ＞
    <a href="../mokuji/taikei_10_02.html">第２章　病院事業</a> ＞
    {title}
  </div>
  <div class="tool-bar">
    <a href="javascript:window.print();">印刷</a>｜
    <a href="../enkaku/h0000000041.html">沿革</a>｜
    <a href="#" class="font-l">文字サイズ大</a>｜
    <a href="#" class="font-m">標準</a>
  </div>
</div>
<div id="reiki-main">
"""

FOOTER = """</div>
<div id="site-footer">
  <div class="related">
    <p class="related-title">関連例規</p>
    <ul>
      <li><a href="h0000000012.html">羽桜市病院事業の設置等に関する条例</a></li>
      <li><a href="h0000000013.html">羽桜市立病院組織規程</a></li>
      <li><a href="h0000000044.html">羽桜市立病院診療記録開示事務取扱要綱</a></li>
    </ul>
  </div>
  <p class="page-top"><a href="#site-header">ページの先頭へ</a></p>
  <p class="disclaimer">この例規集に掲載している例規は、公布された例規の内容を確認するための参考として提供するものです。正式な内容は公布文によってご確認ください。</p>
  <p class="copyright">Copyright &copy; Hazakura City. All Rights Reserved.</p>
  <p class="update">最終更新：令和７年４月１日現在</p>
</div>
</body>
</html>
"""


def esc(s):
    return html.escape(s, quote=False)


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    title = lines[0][2:]
    out = [HEADER.format(title=esc(title))]
    out.append('<div id="reiki-honbun">')
    mokuji = []
    for line in lines:
        tag, body = line[:2], line[2:]
        if tag == "T:":
            out.append('<p class="title">○%s</p>' % esc(body))
        elif tag == "D:":
            out.append('<p class="date">%s</p>' % esc(body))
        elif tag == "N:":
            out.append('<p class="number">%s</p>' % esc(body))
        elif tag == "M:":
            mokuji.append(body)
            continue
        else:
            if mokuji:
                out.append('<div class="mokuji">')
                out.append('<p class="mokuji-title">目次</p>')
                for m in mokuji:
                    out.append('<p class="mokuji-item">%s</p>' % esc(m))
                out.append('</div>')
                mokuji = []
            if tag == "H:":
                out.append('<div class="chapter"><p>%s</p></div>' % esc(body))
            elif tag == "C:":
                out.append('<div class="caption"><p>%s</p></div>' % esc(body))
            elif tag == "A:":
                num, text = body.split("|", 1)
                out.append('<div class="article"><p><span class="num">%s</span>　%s</p></div>'
                           % (esc(num), esc(text)))
            elif tag == "P:":
                num, text = body.split("|", 1)
                out.append('<div class="clause"><p><span class="num">%s</span>　%s</p></div>'
                           % (esc(num), esc(text)))
            elif tag == "I:":
                num, text = body.split("|", 1)
                out.append('<div class="item"><p><span class="num">%s</span>　%s</p></div>'
                           % (esc(num), esc(text)))
            elif tag == "S:":
                out.append('<div class="supplement"><p>%s</p></div>' % esc(body))
            else:
                raise SystemExit("bad line: " + line)
    out.append('</div>')
    out.append(FOOTER)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
