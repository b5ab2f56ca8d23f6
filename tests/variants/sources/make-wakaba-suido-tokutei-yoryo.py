"""Writes wakaba-suido-tokutei-yoryo.odt: 若葉市水道局's 特定個人情報 要領
(written for this evaluation, not a real rule) as a water bureau's legal
office keeps its draft in LibreOffice Writer: 条 and 号 numbered by the
list style 「条文番号」 that the paragraph style 「条文」 names (第%1条,
（%2）), 章 by the outline numbering (第%1章), each caption a paragraph of
its own between the numbered ones (the list continued after it), later
項 typed 「２　…」. Nothing before a provision is typed: its number is
what Writer prints. Run: python3 make-wakaba-suido-tokutei-yoryo.py OUT,
then open and save it again in Writer (`soffice --headless --convert-to
odt`), so that the file kept is the one Writer writes.
"""
import sys
import zipfile
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"')

TITLE = '若葉市水道局特定個人情報等取扱要領'

# (chapter title or None, caption, first paragraph, [号], [later 項])
ARTICLES = [
    ('総則', '趣旨',
     'この要領は、行政手続における特定の個人を識別するための番号の利用等に関する法律（平成２５年法律第２７号。以下「番号法」という。）'
     'に基づき、若葉市水道局（以下「局」という。）が職員の給与及び報酬の支払その他の個人番号関係事務において取り扱う特定個人情報等の'
     '適正な管理について必要な事項を定めるものとする。', [], []),
    (None, '定義',
     'この要領において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。',
     ['特定個人情報等　個人番号及び特定個人情報をいう。',
      '管理者　地方公営企業法（昭和２７年法律第２９２号）第７条に規定する水道事業管理者をいう。',
      '事務取扱担当者　個人番号関係事務に従事する職員のうち、第６条の規定により指定を受けた者をいう。',
      '管理区域　特定個人情報ファイルを取り扱う情報システムを管理する区域をいう。',
      '取扱区域　特定個人情報等を取り扱う事務を実施する区域をいう。'], []),
    (None, '基本方針',
     '局は、特定個人情報等の適正な取扱いの確保について組織として取り組むため、安全管理に関する基本方針を定め、これを公表するものとする。', [], []),
    ('管理体制', '総括責任者',
     '局に特定個人情報等総括責任者（以下「総括責任者」という。）を置き、局次長をもって充てる。',
     [], ['総括責任者は、局における特定個人情報等の管理に関する事務を総括する。']),
    (None, '保護責任者',
     '特定個人情報等を取り扱う課に特定個人情報等保護責任者（以下「保護責任者」という。）を置き、当該課の長をもって充てる。',
     [], ['保護責任者は、当該課における特定個人情報等の適正な管理を確保する任に当たる。']),
    (None, '事務取扱担当者',
     '保護責任者は、当該課の職員のうちから事務取扱担当者を指定し、その担当する事務の範囲を明らかにしなければならない。', [], []),
    (None, '監査責任者',
     '局に特定個人情報等監査責任者（以下「監査責任者」という。）を置き、経営企画課長をもって充てる。', [], []),
    (None, '報告連絡',
     '職員は、この要領に違反している事実若しくはその兆候又は特定個人情報等の漏えい、滅失若しくは毀損（以下「漏えい等」という。）'
     'の事案の発生若しくはその兆候を把握したときは、速やかに保護責任者に報告しなければならない。',
     [], ['前項の報告を受けた保護責任者は、直ちに総括責任者に報告しなければならない。']),
    ('特定個人情報等の取扱い', '取扱いの手順',
     '保護責任者は、特定個人情報等の取得、利用、保存、提供及び削除・廃棄の各段階における取扱いの手順を定め、事務取扱担当者に周知するものとする。', [], []),
    (None, '複製等の制限',
     '事務取扱担当者は、次に掲げる行為をするときは、保護責任者の指示に従わなければならない。',
     ['特定個人情報等を複製すること。', '特定個人情報等を送信すること。', '特定個人情報等が記録されている媒体を外部へ送付し、又は持ち出すこと。'], []),
    (None, '取扱状況の記録',
     '事務取扱担当者は、特定個人情報ファイルの利用及び出力の状況を記録するものとする。',
     [], ['保護責任者は、前項の記録を５年間保存するものとする。']),
    (None, '管理台帳',
     '保護責任者は、特定個人情報ファイルの名称、利用目的、記録される項目、取扱部署及び保存期間を記載した管理台帳を備え、取扱状況を確認するものとする。', [], []),
    (None, '漏えい等への対応',
     '保護責任者は、漏えい等の事案が発生したときは、被害の拡大を防止するため必要な措置を講ずるとともに、事実関係を調査し、その原因を究明しなければならない。',
     [], ['総括責任者は、前項の事案について、番号法の定めるところにより個人情報保護委員会に報告し、及び本人に通知するとともに、'
          '再発防止のための措置を講じ、事案の内容に応じてその事実を公表するものとする。']),
    (None, '点検及び監査',
     '保護責任者は、当該課における特定個人情報等の取扱状況について定期に点検を行い、その結果を総括責任者に報告しなければならない。',
     [], ['監査責任者は、特定個人情報等の取扱状況について、定期に及び必要に応じ随時に監査を行い、その結果を総括責任者に報告しなければならない。',
          '総括責任者は、点検及び監査の結果を踏まえ、安全管理措置及びこの要領の見直しを行うものとする。']),
    ('人的安全管理措置', '監督',
     '保護責任者は、事務取扱担当者が特定個人情報等をこの要領に従って適正に取り扱うよう、必要かつ適切な監督を行わなければならない。', [], []),
    (None, '研修',
     '総括責任者は、事務取扱担当者に対し、特定個人情報等の適正な取扱いに関する研修を毎年度実施するものとする。', [], []),
    (None, '違反に対する措置',
     '管理者は、番号法又はこの要領に違反した職員に対し、関係規程の定めるところにより懲戒処分その他の厳正な措置を講ずるものとする。', [], []),
    ('物理的安全管理措置', '区域の管理',
     '保護責任者は、管理区域及び取扱区域を明確にし、管理区域への入退室をＩＣカードにより管理するものとする。',
     [], ['取扱区域においては、間仕切りの設置及び座席配置の工夫により、事務取扱担当者以外の者が特定個人情報等を容易に閲覧できないようにしなければならない。']),
    (None, '盗難等の防止',
     '特定個人情報等を記録した書類及び電子媒体は、盗難又は紛失を防止するため、施錠できる書庫に保管しなければならない。',
     [], ['特定個人情報ファイルを取り扱う端末は、セキュリティワイヤーにより固定するものとする。']),
    (None, '電子媒体等の取扱い',
     '事務取扱担当者は、保護責任者が許可した電子媒体及び機器以外のものを、特定個人情報ファイルを取り扱う端末に接続してはならない。',
     [], ['特定個人情報等を電子媒体に記録して持ち出すときは、当該データを暗号化し、追跡可能な方法により移送しなければならない。']),
    (None, '削除及び廃棄',
     '保存期間を経過した特定個人情報等は、速やかに、復元できない方法により削除し、又は廃棄しなければならない。',
     [], ['保護責任者は、前項の削除又は廃棄の記録を保存するものとする。',
          '削除又は廃棄を委託するときは、受託者から証明書の提出を受け、これを確認するものとする。']),
    ('技術的安全管理措置', 'アクセス制御及び認証',
     '情報システム課長は、特定個人情報ファイルを取り扱う情報システムを使用できる事務取扱担当者を限定し、ユーザーＩＤ及びパスワードにより使用する者を識別し、認証するものとする。', [], []),
    (None, '不正アクセス等の防止',
     '情報システム課長は、ファイアウォールを設置するとともに、ウイルス対策ソフトウェアを導入し、これを常に最新の状態に保つものとする。', [], []),
    (None, '通信の暗号化',
     '特定個人情報等をインターネットを経由して送信するときは、通信経路を暗号化しなければならない。', [], []),
    ('雑則', '委託先の監督',
     '特定個人情報等の取扱いを委託するときは、委託先において番号法に基づき局が果たすべき安全管理措置と同等の措置が講じられるよう、必要かつ適切な監督を行わなければならない。', [], []),
    (None, '提供の求めの制限',
     '職員は、番号法第１９条各号のいずれかに該当して特定個人情報の提供を受けることができる場合を除き、他人に対し、個人番号の提供を求めてはならない。', [], []),
    (None, '補則',
     'この要領に定めるもののほか、特定個人情報等の取扱いに関し必要な事項は、総括責任者が別に定める。', [], []),
]

FULL = '０１２３４５６７８９'


def full(n):
    return ''.join(FULL[int(d)] for d in str(n))


def level(n, prefix, suffix, tag='text:list-level-style-number'):
    return (f'<{tag} text:level="{n}" style:num-prefix="{prefix}" style:num-suffix="{suffix}" style:num-format="1, 2, 3, ...">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="space"/></style:list-level-properties></' + tag + '>')


styles = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NS}><office:styles>
<style:default-style style:family="paragraph"><style:text-properties fo:language="ja" fo:country="JP" style:language-asian="ja" style:country-asian="JP"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="見出し" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text"/>
<style:style style:name="条文" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="条文番号"/>
<style:style style:name="号" style:family="paragraph" style:parent-style-name="条文"/>
<text:outline-style style:name="Outline">{level(1, '第', '章', 'text:outline-level-style')}</text:outline-style>
<text:list-style style:name="条文番号">{level(1, '第', '条')}{level(2, '（', '）')}</text:list-style>
</office:styles></office:document-styles>'''


def p(text, style='Standard'):
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


parts = [p(TITLE, 'Title'), p('令和８年３月２７日水道局訓令第４号')]
for i, (chapter, caption, first, items, later) in enumerate(ARTICLES):
    if chapter:
        parts.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{escape(chapter)}</text:h>')
    parts.append(p(f'（{caption}）', '見出し'))
    # Each article a list of its own, continuing the numbering of the one before.
    attrs = ' text:continue-numbering="true"' if i else ''
    xml = f'<text:list text:style-name="条文番号"{attrs}><text:list-item>{p(first, "条文")}'
    if items:
        xml += '<text:list>' + ''.join(f'<text:list-item>{p(t, "号")}</text:list-item>' for t in items) + '</text:list>'
    parts.append(xml + '</text:list-item></text:list>')
    parts.extend(p(f'{full(n)}\u3000{t}') for n, t in enumerate(later, start=2))
parts += [p('附\u3000則'), p('この要領は、令和８年４月１日から施行する。')]

content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}><office:body><office:text>'
           + ''.join(parts) + '</office:text></office:body></office:document-content>')
meta = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NS}><office:meta><dc:title>{TITLE}</dc:title></office:meta></office:document-meta>'
manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            + ''.join(f'<manifest:file-entry manifest:full-path="{f}" manifest:media-type="text/xml"/>' for f in ['content.xml', 'styles.xml', 'meta.xml'])
            + '</manifest:manifest>')

with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    # The mimetype first and stored, as ODF requires.
    stamp = (1980, 1, 1, 0, 0, 0)
    z.writestr(zipfile.ZipInfo('mimetype', date_time=stamp), 'application/vnd.oasis.opendocument.text', compress_type=zipfile.ZIP_STORED)
    for name, text in [('META-INF/manifest.xml', manifest), ('content.xml', content), ('styles.xml', styles), ('meta.xml', meta)]:
        z.writestr(zipfile.ZipInfo(name, date_time=stamp), text, compress_type=zipfile.ZIP_DEFLATED)
