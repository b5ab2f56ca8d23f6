#!/usr/bin/env python3
"""Build kogarashi-suido-tokutei-kitei.docx by hand (zip + WordprocessingML).
Standard library only (python-docx is not used)."""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
DST = os.path.join(HERE, "..", "regulations", "kogarashi-suido-tokutei-kitei.docx")

# ---------------------------------------------------------------- content
# (kind, text) kinds: title, meta, chapter, caption, art, para, item, heading, table
C = []
def add(kind, text=None, rows=None):
    C.append((kind, text, rows))

add("title", "木枯町水道事業特定個人情報等安全管理規程")
add("meta", "令和６年３月２９日")
add("meta", "木枯町水道事業企業管理規程第２号")

add("chapter", "第１章　総則")
add("caption", "（目的）")
add("art", "第１条　この規程は、行政手続における特定の個人を識別するための番号の利用等に関する法律（平成２５年法律第２７号。以下「番号法」という。）及び特定個人情報の適正な取扱いに関するガイドライン（行政機関等編）に基づき、木枯町水道事業（以下「水道事業」という。）が行う個人番号関係事務における特定個人情報等の取扱いの安全管理に関し必要な事項を定めるものとする。")
add("caption", "（定義）")
add("art", "第２条　この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。")
add("item", "（１）個人番号　番号法第２条第５項に規定する個人番号をいう。")
add("item", "（２）特定個人情報　番号法第２条第８項に規定する特定個人情報をいう。")
add("item", "（３）特定個人情報等　個人番号及び特定個人情報をいう。")
add("item", "（４）個人番号関係事務　番号法第２条第１１項に規定する個人番号関係事務をいう。")
add("item", "（５）職員　水道事業に勤務する職員（会計年度任用職員を含む。）をいう。")
add("item", "（６）事務取扱担当者　第７条第１項の規定により指定された職員をいう。")
add("item", "（７）企業会計システム　水道事業の会計、給与等の事務を処理するため水道事業が使用する電子計算組織をいう。")
add("item", "（８）管理区域　企業会計システムのサーバを設置する室その他特定個人情報ファイルを取り扱う情報システムを管理する区域をいう。")
add("item", "（９）取扱区域　特定個人情報等を取り扱う事務を実施する区域をいう。")
add("caption", "（適用範囲）")
add("art", "第３条　この規程は、水道事業が行う別表第１の事務の範囲の欄に掲げる個人番号関係事務及び当該事務において取り扱う同表の特定個人情報等の範囲の欄に掲げる特定個人情報等について適用する。")
add("caption", "（基本方針）")
add("art", "第４条　水道事業における特定個人情報等の適正な取扱いの確保に関する基本方針は、木枯町特定個人情報等の適正な取扱いに関する基本方針（令和２年３月町長決定）の例による。")

add("chapter", "第２章　管理体制")
add("caption", "（総括責任者）")
add("art", "第５条　水道事業に特定個人情報等総括責任者（以下「総括責任者」という。）を置き、上下水道課長をもって充てる。")
add("para", "２　総括責任者は、町長の命を受け、水道事業における特定個人情報等の管理に関する事務を総括し、その責任を負う。")
add("caption", "（保護責任者）")
add("art", "第６条　別表第１の事務の範囲の欄に掲げる事務を所掌する係に特定個人情報等保護責任者（以下「保護責任者」という。）を置き、当該係の係長をもって充てる。")
add("para", "２　保護責任者は、総括責任者を補佐し、当該係における特定個人情報等の適正な管理を確保する責任を負う。")
add("caption", "（事務取扱担当者）")
add("art", "第７条　保護責任者は、別表第１の事務の範囲の欄に掲げる事務ごとに、当該事務に従事する職員のうちから事務取扱担当者を指定し、その者が取り扱う事務及び特定個人情報等の範囲並びにその役割を明らかにしなければならない。")
add("para", "２　保護責任者は、前項の規定により事務取扱担当者を指定し、又はその指定を変更したときは、事務取扱担当者指定簿に記載し、総括責任者に報告しなければならない。")
add("caption", "（報告連絡体制）")
add("art", "第８条　職員は、この規程に違反している事実若しくはその兆候又は特定個人情報等の漏えい、滅失若しくは毀損その他の事案（以下「漏えい等事案」という。）の発生若しくはその兆候を把握したときは、直ちに保護責任者に報告しなければならない。")
add("para", "２　保護責任者は、前項の報告を受けたときは、直ちに総括責任者に報告し、総括責任者は、速やかに町長に報告しなければならない。")
add("caption", "（事務取扱担当者に対する指導等）")
add("art", "第９条　総括責任者及び保護責任者は、事務取扱担当者が特定個人情報等をこの規程に従って適正に取り扱うよう、日常の業務を通じて必要な指導を行い、及びその取扱いの状況を随時確認しなければならない。")
add("caption", "（研修）")
add("art", "第１０条　総括責任者は、事務取扱担当者に対し、特定個人情報等の適正な取扱いを確保するために必要な研修を毎年度１回以上行わなければならない。")
add("para", "２　前項の研修においては、番号法に定める罰則の内容を周知するものとする。")
add("para", "３　総括責任者は、町長部局が実施する情報セキュリティに関する研修に、事務取扱担当者その他の職員を参加させることができる。")
add("caption", "（職員の責務）")
add("art", "第１１条　職員は、番号法その他の関係法令、この規程並びに総括責任者及び保護責任者の指示に従い、特定個人情報等を取り扱わなければならない。")
add("para", "２　職員は、職務上知り得た特定個人情報等の内容をみだりに他人に知らせ、又は不当な目的に利用してはならない。その職を退いた後も、同様とする。")

add("chapter", "第３章　特定個人情報等の取扱い")
add("caption", "（取得）")
add("art", "第１２条　事務取扱担当者は、別表第１の事務の範囲の欄に掲げる事務を処理するために必要がある場合に限り、本人又は他の個人番号関係事務実施者に対し個人番号の提供を求めることができる。")
add("para", "２　事務取扱担当者は、個人番号の提供を受けるときは、番号法第１６条の規定による本人確認の措置をとらなければならない。")
add("para", "３　前項の本人確認のために提示を受けた書類の写しを取得したときは、当該写しを特定個人情報等として取り扱わなければならない。")
add("caption", "（利用の制限）")
add("art", "第１３条　特定個人情報等は、別表第１の事務の範囲の欄に掲げる事務の範囲内で利用するものとし、番号法に定める場合を除き、これ以外の目的のために利用してはならない。")
add("caption", "（保管）")
add("art", "第１４条　特定個人情報等が記録された書類は、施錠できる書庫又はキャビネットに保管しなければならない。")
add("para", "２　特定個人情報等は、企業会計システム又は総括責任者が許可した電子媒体に限り保存するものとする。")
add("para", "３　扶養控除等申告書その他の書類は、法令で定められた保存期間を経過するまでの間保存するものとする。")
add("caption", "（提供）")
add("art", "第１５条　特定個人情報等の提供は、番号法第１９条各号のいずれかに該当する場合に限り行うものとする。")
add("para", "２　給与所得の源泉徴収票、給与支払報告書その他の個人番号関係事務に係る書類の提出は、保護責任者が内容を確認した上で、事務取扱担当者が行うものとする。")
add("caption", "（複製等）")
add("art", "第１６条　事務取扱担当者は、特定個人情報等の複製若しくは送信又は特定個人情報等が記録された電子媒体若しくは書類の外部への送付若しくは持出しを行うときは、保護責任者の指示に従い、必要最小限の範囲で行わなければならない。")
add("caption", "（取扱状況の記録）")
add("art", "第１７条　事務取扱担当者は、特定個人情報等を取り扱ったときは、取扱記録簿に、取扱いの年月日、事務の内容、取り扱った書類等の名称、事務取扱担当者の氏名その他必要な事項を記録しなければならない。この場合において、取扱記録簿には個人番号を記載してはならない。")
add("para", "２　総括責任者は、企業会計システムのログイン実績及びアクセスログを記録させ、これらの記録を３年間保存しなければならない。")
add("para", "３　保護責任者は、必要に応じて、前２項の記録を確認するものとする。")
add("caption", "（管理台帳）")
add("art", "第１８条　総括責任者は、特定個人情報ファイルの取扱状況を確認するため、特定個人情報ファイル管理台帳を備え、次に掲げる事項を記録しなければならない。")
add("item", "（１）特定個人情報ファイルの名称")
add("item", "（２）利用目的")
add("item", "（３）記録される項目")
add("item", "（４）記録される本人の範囲")
add("item", "（５）収集の方法")
add("item", "（６）保管場所及び保存期間")
add("item", "（７）事務取扱担当者の範囲")
add("para", "２　前項の管理台帳には、特定個人情報等を記載してはならない。")
add("caption", "（削除及び廃棄）")
add("art", "第１９条　保護責任者は、法令で定められた保存期間を経過した特定個人情報等について、毎年度末までに、個人番号を削除し、又は当該特定個人情報等が記録された書類等を廃棄しなければならない。")
add("para", "２　前項の削除又は廃棄は、焼却、溶解、専用のソフトウェアによるデータの消去、電子媒体の物理的な破壊その他の復元不可能な手段により行わなければならない。")
add("caption", "（委託）")
add("art", "第２０条　町長は、個人番号関係事務の全部又は一部を委託するときは、委託先において番号法に基づき水道事業が果たすべき安全管理措置と同等の措置が講じられるよう、必要かつ適切な監督を行わなければならない。")
add("para", "２　前項の委託に係る契約には、次に掲げる事項を定めなければならない。")
add("item", "（１）秘密保持義務")
add("item", "（２）事業所内からの特定個人情報等の持出しの禁止")
add("item", "（３）再委託の条件")
add("item", "（４）漏えい等事案が発生した場合の委託先の責任")
add("item", "（５）委託契約終了後の特定個人情報等の返却又は廃棄")
add("item", "（６）従業者に対する監督及び教育")
add("item", "（７）契約内容の遵守状況についての報告")
add("para", "３　総括責任者は、委託先が特定個人情報等を削除し、又は廃棄したときは、その旨を証する書面の提出を求め、これを確認しなければならない。")
add("caption", "（国外における取扱いの禁止）")
add("art", "第２１条　特定個人情報等は、日本国外に所在するサーバその他の機器に保存し、又は日本国外から閲覧させ、若しくは処理させてはならない。委託先に取り扱わせる場合においても、同様とする。")

add("chapter", "第４章　物理的安全管理措置")
add("caption", "（区域の管理）")
add("art", "第２２条　総括責任者は、管理区域及び取扱区域を別表第２の区域の欄に定めるとおり明確にし、同表の管理措置の欄に定める措置を講じなければならない。")
add("caption", "（機器及び書類等の盗難等の防止）")
add("art", "第２３条　保護責任者は、管理区域及び取扱区域における特定個人情報等を取り扱う機器、電子媒体及び書類等の盗難又は紛失等を防止するため、次に掲げる措置を講じなければならない。")
add("item", "（１）書類及び電子媒体は、施錠できるキャビネット又は書庫に保管すること。")
add("item", "（２）企業会計システムの端末は、セキュリティワイヤー等により固定すること。")
add("item", "（３）執務時間外は、書類等を机上に放置しないこと。")
add("caption", "（電子媒体等の取扱い）")
add("art", "第２４条　職員は、総括責任者が許可した電子媒体及び機器以外のものを業務に使用してはならない。")
add("para", "２　総括責任者は、企業会計システムの端末において、許可された電子媒体以外の記録機能を有する機器の接続を制限する措置を講じなければならない。")
add("para", "３　特定個人情報等が記録された電子媒体又は書類等を管理区域又は取扱区域の外へ持ち運ぶときは、データの暗号化、施錠できる搬送容器の使用、封緘その他の安全な方策を講じなければならない。")

add("chapter", "第５章　技術的安全管理措置")
add("caption", "（アクセス制御）")
add("art", "第２５条　総括責任者は、企業会計システムにおいて特定個人情報ファイルを取り扱うことができる者を事務取扱担当者に限定し、事務取扱担当者ごとに取り扱うことができる特定個人情報ファイルの範囲を設定しなければならない。")
add("caption", "（識別と認証）")
add("art", "第２６条　企業会計システムは、利用者ごとに付与したユーザーＩＤ及びパスワードにより、利用しようとする者が正当な権限を有する事務取扱担当者であることを識別し、認証するものとする。")
add("para", "２　前項の認証は、ＩＣカード又は生体情報による認証を併用して行うものとする。")
add("caption", "（不正アクセス等の防止）")
add("art", "第２７条　企業会計システムを外部からの不正アクセス及び不正ソフトウェアから保護するための措置については、木枯町情報セキュリティポリシーの例による。")
add("para", "２　総括責任者は、企業会計システムの端末にウイルス対策ソフトウェアを導入し、そのパターンファイルを常に最新の状態に保たなければならない。")
add("para", "３　企業会計システムは、インターネットに接続された機器及び通信回線から分離して運用しなければならない。")
add("caption", "（漏えい等の防止）")
add("art", "第２８条　特定個人情報等を外部に送信するときは、地方税ポータルシステム、国税電子申告・納税システムその他の通信経路が暗号化されたシステムによらなければならない。")
add("para", "２　事務取扱担当者は、特定個人情報等を電子媒体又は機器に保存するときは、暗号化又はパスワードによる秘匿を行うよう努めるものとする。")

add("chapter", "第６章　漏えい等事案への対応")
add("caption", "（事案への対処）")
add("art", "第２９条　総括責任者は、第８条第２項の報告を受けたときは、保護責任者に指示して被害の拡大を防止するための措置を講じさせるとともに、事実関係を調査し、その原因を究明しなければならない。")
add("para", "２　総括責任者は、前項の調査の結果を町長に報告するとともに、再発防止策を決定し、職員に周知しなければならない。")
add("caption", "（個人情報保護委員会への報告等）")
add("art", "第３０条　町長は、漏えい等事案が番号法第２９条の４第１項に規定する事態に該当するときは、個人情報保護委員会に報告するとともに、同条第２項の規定により本人に通知しなければならない。")
add("caption", "（公表）")
add("art", "第３１条　町長は、漏えい等事案の内容、影響等に応じて、事実関係及び再発防止策を速やかに公表するものとする。")

add("chapter", "第７章　点検及び見直し")
add("caption", "（点検）")
add("art", "第３２条　保護責任者は、毎年度１回以上、当該係における特定個人情報等の取扱状況について点検を行い、その結果を総括責任者に報告しなければならない。")
add("para", "２　総括責任者は、必要があると認めるときは、町の総務課長に対し、水道事業における特定個人情報等の管理の状況の監査を依頼することができる。")
add("caption", "（見直し）")
add("art", "第３３条　総括責任者は、前条の点検の結果等を踏まえ、安全管理措置及びこの規程の見直しの必要性を検討し、必要があると認めるときは、町長に対し、その改善を提案しなければならない。")

add("chapter", "第８章　雑則")
add("caption", "（委任）")
add("art", "第３４条　この規程に定めるもののほか、特定個人情報等の安全管理に関し必要な事項は、総括責任者が別に定める。")

add("heading", "附　則")
add("caption", "（施行期日）")
add("para", "１　この規程は、令和６年４月１日から施行する。ただし、第２６条第２項の規定は、企業会計システムの更新の日として町長が別に定める日から施行する。")
add("caption", "（経過措置）")
add("para", "２　第２７条第３項の規定は、令和９年３月３１日までの間は、適用しない。この場合において、総括責任者は、同日までの間、企業会計システムの端末によるインターネットの利用を業務上必要な場合に限るよう努めるものとする。")

add("heading", "別表第１（第３条、第６条、第７条関係）")
add("table", rows=[
    ("事務の範囲", "特定個人情報等の範囲"),
    ("職員の給与所得の源泉徴収票及び給与支払報告書の作成及び提出に関する事務", "職員及びその扶養親族の個人番号、氏名、生年月日、住所、続柄及び所得の見積額"),
    ("給与所得者の扶養控除等申告書、保険料控除申告書等の受理及び保管に関する事務", "職員、その配偶者及び扶養親族の個人番号、氏名、生年月日及び住所"),
    ("地方職員共済組合に対する組合員資格の取得及び喪失並びに被扶養者に係る届出に関する事務", "職員及びその被扶養者の個人番号、氏名及び生年月日"),
    ("雇用保険の被保険者資格の取得及び喪失の届出に関する事務（会計年度任用職員に係るものに限る。）", "会計年度任用職員の個人番号、氏名、生年月日及び住所"),
    ("報酬、料金、契約金等の支払調書の作成及び提出に関する事務", "水道事業が報酬等を支払う個人の個人番号、氏名及び住所"),
    ("水源地等の土地の使用料に係る不動産の使用料等の支払調書の作成及び提出に関する事務", "土地の所有者である個人の個人番号、氏名及び住所"),
])
add("heading", "別表第２（第２２条関係）")
add("table", rows=[
    ("区域", "管理措置"),
    ("管理区域（木枯町浄水管理センター管理棟２階サーバ室）",
     "１　出入口を１か所とし、常時施錠する。鍵は、上下水道課において保管する。\n"
     "２　職員以外の者が入室するときは、入退室管理簿に氏名、所属、用件及び入退室の時刻を記録させ、職員が立ち会う。\n"
     "３　総括責任者の許可を受けない機器及び電子媒体の持込みを禁止する。\n"
     "４　監視カメラを設置し、その録画記録を３０日間保存する。"),
    ("取扱区域（管理棟１階事務室のうち総務係の執務区域）",
     "１　来庁者の動線から離れた位置に配置し、間仕切りを設ける。\n"
     "２　端末の画面は、来庁者及び事務取扱担当者以外の職員から見えない向きに配置する。\n"
     "３　特定個人情報等が記録された書類は、事務取扱担当者以外の者が閲覧できる状態で机上に置かない。"),
    ("書庫（管理棟１階書庫）",
     "１　常時施錠し、鍵は保護責任者が管理する。\n"
     "２　特定個人情報等が記録された書類は、書庫内の施錠できるキャビネットに保管する。"),
])

# ---------------------------------------------------------------- XML
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

def para(text, style=None, jc=None, ind_left=None, hanging=None, bold=False):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if ind_left is not None or hanging is not None:
        a = ""
        if ind_left is not None:
            a += f' w:left="{ind_left}"'
        if hanging is not None:
            a += f' w:hanging="{hanging}"'
        ppr += f"<w:ind{a}/>"
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{run(text, bold)}</w:p>"

def cell(text, width, header=False):
    ps = "".join(para(line, bold=header) for line in text.split("\n"))
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if header else ""
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}</w:tcPr>{ps}</w:tc>'

def table(rows):
    widths = (3400, 5600)
    b = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    x = ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
         f'<w:tblBorders>{b}</w:tblBorders></w:tblPr>'
         f'<w:tblGrid><w:gridCol w:w="{widths[0]}"/><w:gridCol w:w="{widths[1]}"/></w:tblGrid>')
    for i, r in enumerate(rows):
        hdr = i == 0
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if hdr else ""
        x += f"<w:tr>{trpr}" + "".join(cell(t, w, hdr) for t, w in zip(r, widths)) + "</w:tr>"
    return x + "</w:tbl>"

body = []
for kind, text, rows in C:
    if kind == "title":
        body.append(para(text, style="Title", jc="center"))
    elif kind == "meta":
        body.append(para(text, jc="right"))
    elif kind == "chapter":
        body.append(para(text, style="Heading2", ind_left=420))
    elif kind == "heading":
        body.append(para(text, style="Heading2"))
    elif kind == "caption":
        body.append(para(text, style="ArticleCaption", ind_left=210))
    elif kind in ("art", "para"):
        body.append(para(text, hanging=210, ind_left=210))
    elif kind == "item":
        body.append(para(text, hanging=420, ind_left=630))
    elif kind == "table":
        body.append(table(rows))
        body.append(para(""))
sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1701" w:right="1418" w:bottom="1418" w:left="1418" w:header="851" w:footer="992" w:gutter="0"/>'
        '</w:sectPr>')
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + "".join(body) + sect + "</w:body></w:document>")

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="ＭＳ 明朝" w:eastAsia="ＭＳ 明朝" w:hAnsi="ＭＳ 明朝"/><w:sz w:val="22"/><w:lang w:val="en-US" w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="ArticleCaption"><w:name w:val="条見出し"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/></w:pPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>'''

content_types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>'''

rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>'''

doc_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>'''

core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>木枯町水道事業特定個人情報等安全管理規程</dc:title>
<dc:creator>木枯町上下水道課</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-29T00:00:00Z</dcterms:created>
</cp:coreProperties>'''

app = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>'''

os.makedirs(os.path.dirname(DST), exist_ok=True)
with zipfile.ZipFile(DST, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", rels)
    z.writestr("word/document.xml", document)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/_rels/document.xml.rels", doc_rels)
    z.writestr("docProps/core.xml", core)
    z.writestr("docProps/app.xml", app)
print("wrote", os.path.normpath(DST), os.path.getsize(DST), "bytes")
