#!/usr/bin/env python3
"""Build the .docx of 三日月地区清掃事務組合保有個人情報管理規程 (fictional) with the
standard library only: one w:p per line of mikazuki-seiso-kumiai-kojinjoho-kanri-kitei.src.txt (same folder)."""
import os, sys, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'mikazuki-seiso-kumiai-kojinjoho-kanri-kitei.src.txt')
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, '..', 'regulations', 'mikazuki-seiso-kumiai-kojinjoho-kanri-kitei.docx')

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>'''

STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}">
<w:docDefaults><w:rPrDefault><w:rPr>
<w:rFonts w:ascii="MS Mincho" w:eastAsia="MS Mincho" w:hAnsi="MS Mincho"/>
<w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="ja-JP"/>
</w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>
<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
</w:styles>'''

CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>三日月地区清掃事務組合保有個人情報管理規程</dc:title>
<dc:creator>三日月地区清掃事務組合総務課</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-27T00:00:00Z</dcterms:created>
</cp:coreProperties>'''


def para(text, first):
    ppr = ''
    if first:
        ppr = '<w:pPr><w:pStyle w:val="Title"/></w:pPr>'
    elif text.startswith(('令和', '組合規程')):
        ppr = '<w:pPr><w:jc w:val="right"/></w:pPr>'
    elif text.startswith('第') and '章' in text[:5] and '　' in text[:6] and '条' not in text[:6]:
        ppr = '<w:pPr><w:ind w:left="840"/></w:pPr>'
    elif text.startswith(('第', '２', '３', '４', '５', '（')):
        ppr = '<w:pPr><w:ind w:left="210" w:hanging="210"/></w:pPr>'
    if not text:
        return f'<w:p>{ppr}</w:p>'
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def main():
    lines = open(SRC, encoding='utf-8').read().rstrip('\n').split('\n')
    body = ''.join(para(l, i == 0) for i, l in enumerate(lines))
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W}"><w:body>{body}'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1701" w:right="1418" w:bottom="1418" w:left="1418" '
           'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>')
    os.makedirs(os.path.dirname(os.path.abspath(OUT)), exist_ok=True)
    with zipfile.ZipFile(OUT, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', CONTENT_TYPES)
        z.writestr('_rels/.rels', RELS)
        z.writestr('word/_rels/document.xml.rels', DOC_RELS)
        z.writestr('word/document.xml', doc)
        z.writestr('word/styles.xml', STYLES)
        z.writestr('docProps/core.xml', CORE)
    print(OUT, len(lines), 'paragraphs')


if __name__ == '__main__':
    main()
