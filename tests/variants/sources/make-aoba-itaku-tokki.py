"""Writes aoba-itaku-tokki.docx: 青葉市's 個人情報取扱特記事項 (fictional) as
Word writes a contract attachment: provisions auto-numbered 第%1 (no 条) from
numbering.xml, captions as their own paragraphs, 項 typed (２), 号 numbered
（%2）, runs split inside words with proofErr and rsid marks as an edited
document has them, a bookmark, a header. Run: python3 make.py OUT."""
import sys, zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def runs(text):
    # Word splits runs where a word was edited or checked: cut after every
    # 9th character, with a proofErr mark now and then.
    out = []
    for i in range(0, len(text), 9):
        piece = text[i:i + 9]
        if i and i % 27 == 0:
            out.append('<w:proofErr w:type="spellStart"/>')
        out.append(f'<w:r w:rsidR="00A1{i:04d}"><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{piece}</w:t></w:r>')
        if i and i % 27 == 0:
            out.append('<w:proofErr w:type="spellEnd"/>')
    return ''.join(out)

def para(text, num=None, ind=None, center=False):
    ppr = []
    if num is not None:
        ppr.append(f'<w:numPr><w:ilvl w:val="{num}"/><w:numId w:val="1"/></w:numPr>')
    if ind:
        ppr.append(f'<w:ind w:left="{ind}" w:hanging="210"/>')
    if center:
        ppr.append('<w:jc w:val="center"/>')
    p = f'<w:pPr>{"".join(ppr)}</w:pPr>' if ppr else ''
    return f'<w:p w:rsidR="00B20001">{p}{runs(text)}</w:p>'

P = []
def cap(t): P.append(para(t, ind=210))
def art(t): P.append(para(t, num=0))
def kou(t): P.append(para(t, ind=210))
def gou(t): P.append(para(t, num=1))

P.append(para('個人情報取扱特記事項', center=True))
P.append('<w:p><w:bookmarkStart w:id="0" w:name="_Hlk1"/><w:bookmarkEnd w:id="0"/></w:p>')
cap('（基本的事項）')
art('乙は、この契約による業務を行うに当たっては、個人情報の保護に関する法律（平成15年法律第57号）その他関係法令を遵守し、個人の権利利益を侵害することのないよう、個人情報を適正に取り扱わなければならない。')
cap('（管理体制）')
art('乙は、この契約による業務における個人情報の取扱いに関する責任者として個人情報管理責任者を置き、その氏名を書面により甲に通知しなければならない。')
cap('（従事者の限定及び教育）')
art('乙は、この契約による業務に従事させる者を必要最小限に限定し、その名簿を甲に提出しなければならない。')
kou('２　乙は、前項の者に対し、秘密の保持その他個人情報の保護に関して必要な研修を、契約期間中少なくとも年１回実施しなければならない。')
kou('３　個人情報管理責任者は、第１項の者を監督しなければならない。')
cap('（秘密の保持）')
art('乙は、この契約による業務に関して知り得た個人情報を他に漏らしてはならない。この契約が終了し、又は解除された後においても、同様とする。')
cap('（作業場所）')
art('乙は、個人情報を取り扱う場所をあらかじめ甲に届け出るものとし、当該場所以外の場所で個人情報を取り扱ってはならない。')
kou('２　乙は、前項の場所に、入室を許可した者以外の者を立ち入らせてはならない。')
cap('（情報システムの安全管理）')
art('乙は、個人情報を取り扱う電子計算機について、次に掲げる措置を講じなければならない。')
gou('利用者ごとに識別符号及びパスワードを設定し、個人情報にアクセスできる者を限定すること。')
gou('ウイルス対策ソフトウェアを導入し、常に最新の状態に保つこと。')
gou('個人情報を記録した電子ファイルを暗号化すること。')
gou('インターネットに接続された端末で個人情報を取り扱わないこと。')
cap('（持出しの禁止）')
art('乙は、甲の承諾なく、個人情報を作業場所の外へ持ち出してはならない。')
kou('２　乙は、甲の承諾を得て個人情報を運搬するときは、施錠した容器に入れ、従事者が直接携行しなければならない。')
cap('（複写等の禁止）')
art('乙は、甲の承諾なく、甲から提供された個人情報を複写し、又は複製してはならない。')
cap('（再委託の禁止）')
art('乙は、甲の承諾なく、この契約による業務を第三者に委託してはならない。')
cap('（事故の報告）')
art('乙は、個人情報の漏えい、滅失、毀損その他の事故が発生し、又は発生するおそれがあることを知ったときは、直ちに甲に報告し、甲の指示に従わなければならない。')
kou('２　乙は、前項の事故の原因を調査し、再発防止のための措置を講じた上で、その内容を甲に報告しなければならない。')
cap('（返還及び廃棄）')
art('乙は、この契約が終了したときは、甲から提供された個人情報を速やかに甲に返還し、乙が作成した個人情報は復元できない方法により消去し、その旨を書面により甲に報告しなければならない。')
cap('（検査等）')
art('甲は、必要があると認めるときは、乙の作業場所に立ち入り、個人情報の管理の状況を検査することができる。')
kou('２　乙は、甲から求められたときは、個人情報の取扱いの状況について報告しなければならない。')
cap('（目的外利用の禁止）')
art('乙は、この契約による業務の目的以外の目的に個人情報を利用し、又は第三者に提供してはならない。')
cap('（契約の解除及び損害賠償）')
art('甲は、乙がこの特記事項に違反したときは、契約を解除し、及び損害賠償を請求することができる。')

document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(P)}<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:suff w:val="space"/><w:lvlText w:val="第%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="210" w:hanging="210"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:suff w:val="space"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="630" w:hanging="420"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>'''
core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>個人情報取扱特記事項</dc:title><dc:creator>青葉市契約管財課</dc:creator></cp:coreProperties>'''
header = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>{para("別記")}</w:hdr>'
types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''
doc_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>'''

with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', types)
    z.writestr('_rels/.rels', rels)
    z.writestr('word/_rels/document.xml.rels', doc_rels)
    z.writestr('word/document.xml', document)
    z.writestr('word/numbering.xml', numbering)
    z.writestr('word/header1.xml', header)
    z.writestr('docProps/core.xml', core)
