"""Writes inaho-hogo-kitei.docx: 稲穂市's 保有個人情報管理規程 (fictional) as a
legal-affairs office keeps its drafts in Word: 条 and 号 numbered by the
paragraph styles 「条文」 and 「号」 linked to a multilevel list (第%1条,
（%2）), nothing typed before them; a second 項 typed 「２　」 in the style
with the list switched off; captions and 章 headings as plain paragraphs;
the 附則 in the plain style. Run: python3 make-inaho-hogo-kitei.py OUT."""
import sys, zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def para(text, style=None, list_off=False):
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ''
    if list_off:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
    ppr = f'<w:pPr>{ppr}</w:pPr>' if ppr else ''
    return f'<w:p>{ppr}<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

P = []
def plain(t): P.append(para(t))
def art(t): P.append(para(t, 'jobun'))
def kou(t): P.append(para(t, 'jobun', list_off=True))
def gou(t): P.append(para(t, 'gou'))

plain('稲穂市保有個人情報管理規程')
plain('令和７年３月２８日訓令第１２号')
plain('第１章　総則')
plain('（趣旨）')
art('この規程は、稲穂市の機関（議会を除く。以下「機関」という。）が保有する個人情報の安全管理のために講ずべき措置に関し必要な事項を定めるものとする。')
plain('（定義）')
art('この規程において使用する用語は、個人情報の保護に関する法律（平成１５年法律第５７号。以下「法」という。）において使用する用語の例による。')
plain('第２章　管理の体制')
plain('（個人情報管理統括者）')
art('機関に個人情報管理統括者（以下「統括者」という。）を置き、副市長（教育委員会にあっては教育長）をもって充てる。')
kou('２　統括者は、機関における保有個人情報の管理に関する事務を総括する。')
plain('（個人情報管理者）')
art('保有個人情報を取り扱う課等に個人情報管理者（以下「管理者」という。）を置き、当該課等の長をもって充てる。')
kou('２　管理者は、所属する課等における保有個人情報を適切に管理する責任を負う。')
plain('（個人情報取扱補助者）')
art('管理者は、所属する職員のうちから個人情報取扱補助者を指定し、保有個人情報の管理に関する事務を補佐させるものとする。')
plain('（監査責任者）')
art('機関に監査責任者を置き、総務部長をもって充てる。')
kou('２　監査責任者は、保有個人情報の管理の状況について監査する。')
plain('（職員の責務）')
art('職員は、法の趣旨にのっとり、関連する法令及びこの規程の定め並びに統括者及び管理者の指示に従い、保有個人情報を取り扱わなければならない。')
plain('（研修）')
art('統括者は、職員に対し、保有個人情報の取扱いについて理解を深め、個人情報の保護に関する意識の高揚を図るための啓発その他必要な研修を行うものとする。')
plain('第３章　保有個人情報の取扱い')
plain('（利用の制限）')
art('管理者は、保有個人情報の秘匿性等その内容に応じて、当該保有個人情報を利用することができる職員の範囲及びその権限の内容を、当該職員が業務を行う上で必要最小限の範囲に限るものとする。')
kou('２　職員は、業務の目的以外の目的で保有個人情報を利用し、又は閲覧してはならない。')
plain('（複製等の制限）')
art('職員は、次に掲げる行為をしようとするときは、管理者の指示に従わなければならない。')
gou('保有個人情報の複製')
gou('保有個人情報の送信')
gou('保有個人情報が記録されている媒体の外部への送付又は持出し')
plain('（媒体の保管）')
art('職員は、保有個人情報が記録されている媒体を管理者が定める場所に保管するとともに、必要があると認めるときは、耐火金庫への保管、施錠等を行うものとする。')
plain('（誤送付の防止）')
art('職員は、保有個人情報を含む電磁的記録又は書類を電子メール、郵便等により送付するときは、複数の職員による宛先及び送付物の確認を行い、誤送付を防止しなければならない。')
plain('（消去及び廃棄）')
art('職員は、保有個人情報又はこれが記録されている媒体が不要となったときは、管理者の指示に従い、当該保有個人情報の復元又は判読が不可能な方法により、当該情報の消去又は当該媒体の廃棄を行わなければならない。')
plain('（取扱状況の記録）')
art('管理者は、保有個人情報の秘匿性等その内容に応じて、台帳を整備し、当該保有個人情報の利用及び保管等の取扱いの状況について記録するものとする。')
plain('第４章　情報システムにおける安全の確保')
plain('（認証）')
art('管理者は、保有個人情報を取り扱う情報システムについて、識別符号及びパスワード等による利用者の認証の機能を設定し、パスワード等の管理に関する定めを整備するとともに、パスワード等の読取防止等を行うために必要な措置を講ずるものとする。')
plain('（アクセスの記録）')
art('管理者は、保有個人情報を取り扱う情報システムへのアクセスの状況を記録し、その記録を一定の期間保存するものとする。')
plain('（情報システムの安全対策）')
art('管理者は、保有個人情報を取り扱う情報システムについて、次に掲げる措置を講ずるものとする。')
gou('不正プログラムによる保有個人情報の漏えい等を防止するため、ソフトウェアに関する公開された脆弱性の解消、把握された不正プログラムの感染防止等に必要な措置（導入したソフトウェアを常に最新の状態に保つことを含む。）')
gou('保有個人情報の秘匿性等その内容に応じた暗号化')
gou('端末の盗難又は紛失の防止のための端末の固定、執務室の施錠等')
gou('保有個人情報の重要度に応じたバックアップの作成及び分散保管')
plain('（情報システム室の入退室）')
art('情報システム室に入室する権限を有する者は、情報政策課長が定める。')
kou('２　情報政策課長は、情報システム室への入室者の記録を作成し、保存するものとする。')
plain('第５章　提供及び委託')
plain('（提供先への措置の要求）')
art('管理者は、法第６９条第２項第３号又は第４号の規定に基づき行政機関等以外の者に保有個人情報を提供する場合には、提供先における利用目的、利用する業務の根拠法令、利用する記録の範囲及び記録項目、利用形態等について書面を取り交わすものとする。')
plain('（業務の委託）')
art('保有個人情報の取扱いに係る業務を外部に委託するときは、委託先との契約書に、次に掲げる事項を明記しなければならない。')
gou('個人情報に関する秘密保持、目的外利用の禁止等の義務')
gou('再委託の制限又は事前承認等再委託に係る条件に関する事項')
gou('個人情報の複製等の制限に関する事項')
gou('個人情報の漏えい等の事案の発生時における対応に関する事項')
gou('委託終了時における個人情報の消去及び媒体の返却に関する事項')
plain('第６章　安全管理上の問題への対応')
plain('（事案の報告等）')
art('保有個人情報の漏えい等安全管理の上で問題となる事案又は問題となる事案の発生のおそれを認識した職員は、直ちに当該保有個人情報を管理する管理者に報告しなければならない。')
kou('２　管理者は、被害の拡大防止又は復旧等のために必要な措置を速やかに講ずるとともに、事案の発生した経緯、被害状況等を調査し、統括者に報告しなければならない。')
kou('３　管理者は、事案の発生した原因を分析し、再発防止のために必要な措置を講ずるものとする。')
plain('（法に基づく報告及び通知）')
art('統括者は、法第６８条第１項の規定による個人情報保護委員会への報告及び同条第２項の規定による本人への通知を要する事案が発生したときは、速やかに当該報告及び通知を行うものとする。')
plain('（公表）')
art('統括者は、事案の内容、影響等に応じて、事実関係及び再発防止策の公表、当該事案に係る本人への対応等の措置を講ずるものとする。')
plain('第７章　監査及び点検')
plain('（監査）')
art('監査責任者は、保有個人情報の適切な管理を検証するため、第３章及び第４章に規定する措置の状況を含む機関における保有個人情報の管理の状況について、定期に及び必要に応じ随時に監査を行い、その結果を統括者に報告するものとする。')
plain('（点検）')
art('管理者は、所属する課等における保有個人情報の記録媒体、処理経路、保管方法等について、定期に及び必要に応じ随時に点検を行い、必要があると認めるときは、その結果を統括者に報告するものとする。')
plain('（評価及び見直し）')
art('統括者は、監査又は点検の結果等を踏まえ、実効性等の観点から保有個人情報の適切な管理のための措置について評価し、必要があると認めるときは、その見直し等の措置を講ずるものとする。')
plain('第８章　雑則')
plain('（個人情報保護審議会への諮問）')
art('市長は、個人情報の適正な取扱いを確保するため専門的な知見に基づく意見を聴くことが特に必要であると認めるときは、稲穂市個人情報保護審議会に諮問することができる。')
plain('（苦情の処理）')
art('機関は、保有個人情報の取扱いに関する苦情の適切かつ迅速な処理に努めなければならない。')
plain('（委任）')
art('この規程に定めるもののほか、保有個人情報の管理に関し必要な事項は、統括者が別に定める。')
plain('附　則')
plain('この訓令は、令和７年４月１日から施行する。')

document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(P)}<w:sectPr/></w:body></w:document>'

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="jobun"><w:name w:val="条文"/><w:basedOn w:val="a"/><w:qFormat/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr><w:ind w:left="210" w:hangingChars="100"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="gou"><w:name w:val="号"/><w:basedOn w:val="a"/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr><w:ind w:left="420" w:hangingChars="100"/></w:pPr></w:style>
</w:styles>'''

numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:pStyle w:val="jobun"/><w:suff w:val="space"/><w:lvlText w:val="第%1条"/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:pStyle w:val="gou"/><w:suff w:val="space"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>'''

core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>稲穂市保有個人情報管理規程</dc:title></cp:coreProperties>'''
types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''
rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''
doc_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>'''

with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for name, data in [('[Content_Types].xml', types), ('_rels/.rels', rels), ('word/_rels/document.xml.rels', doc_rels),
                       ('word/document.xml', document), ('word/styles.xml', styles), ('word/numbering.xml', numbering),
                       ('docProps/core.xml', core)]:
        z.writestr(name, data)
