# -*- coding: utf-8 -*-
"""Build regulations/kiyose-gesuido-kitei.docx by hand (standard library only).

The text is fictional (written for the reiki evaluation). The WordprocessingML
is written the way Word saves it: styles, header1.xml, footer1.xml, paragraphs
with run properties, captions as separate paragraphs, 号 indented with w:ind,
the 別表 as a real w:tbl, and the article number in its own (bold) run.
"""
import os
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "regulations", "kiyose-gesuido-kitei.docx")

BODY = "清瀬川市上下水道局"
TITLE = "清瀬川市上下水道局保有個人情報管理規程"

# ---------------------------------------------------------------- content
# ("title", t) ("right", t) ("toc", t) ("chapter", t) ("caption", t)
# ("art", "第１条", t) ("kou", t) ("gou", "（１）", t) ("fusoku", t) ("plain", t)
C = []
def title(t): C.append(("title", t))
def right(t): C.append(("right", t))
def toc(t): C.append(("toc", t))
def chap(t): C.append(("chapter", t))
def cap(t): C.append(("caption", t))
def art(n, t): C.append(("art", n, t))
def kou(t): C.append(("kou", t))
def gou(n, t): C.append(("gou", n, t))

title(TITLE)
right("令和８年３月３１日")
right("上下水道局管理規程第４号")
toc("目次")
for t in ["第１章　総則（第１条・第２条）",
          "第２章　管理体制（第３条―第７条）",
          "第３章　教育研修及び職員の責務（第８条―第１０条）",
          "第４章　保有個人情報の取扱い（第１１条―第１７条）",
          "第５章　情報システムにおける安全の確保等（第１８条―第３０条）",
          "第６章　電算室等の安全管理（第３１条・第３２条）",
          "第７章　保有個人情報の提供及び業務の委託（第３３条―第３５条）",
          "第８章　安全管理上の問題への対応（第３６条―第３８条）",
          "第９章　監査及び点検（第３９条―第４１条）",
          "第１０章　雑則（第４２条・第４３条）",
          "附則"]:
    C.append(("tocline", t))

chap("第１章　総則")
cap("（趣旨）")
art("第１条", "この規程は、個人情報の保護に関する法律（平成１５年法律第５７号。以下「法」という。）第６６条第１項の規定に基づき、清瀬川市上下水道事業管理者（以下「事業管理者」という。）が保有する個人情報の漏えい、滅失又は毀損の防止その他の保有個人情報の適切な管理に関し必要な事項を定めるものとする。")
cap("（定義）")
art("第２条", "この規程において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。")
gou("（１）", "局　清瀬川市上下水道局をいう。")
gou("（２）", "保有個人情報　法第６０条第１項に規定する保有個人情報のうち、局の職員が職務上作成し、又は取得したものをいう。")
gou("（３）", "職員　局に勤務する職員（会計年度任用職員及び市長の事務部局の職員で局の職員に併任されたものを含む。）をいう。")
gou("（４）", "課等　清瀬川市上下水道局組織規程（平成２０年上下水道局管理規程第１号）に定める課及び営業所をいう。")
gou("（５）", "料金システム　水道料金及び下水道使用料の調定、収納及び滞納整理並びに使用者の異動の管理を行うための電子計算組織（営業所に設置する端末装置及び検針に用いる携帯用の端末装置（以下「ハンディターミナル」という。）を含む。）をいう。")
gou("（６）", "情報システム　料金システム、給水装置管理システムその他の保有個人情報を処理する電子計算組織をいう。")
gou("（７）", "情報システム管理課長　局の情報システムの管理に関する事務を所掌する経営企画課長をいう。")
gou("（８）", "電算室　局庁舎において情報システムのサーバその他の基幹的な機器を集中して設置する室をいう。")

chap("第２章　管理体制")
cap("（総括個人情報管理者）")
art("第３条", "局に、総括個人情報管理者（以下「総括管理者」という。）を置き、上下水道局長をもって充てる。")
kou("２　総括管理者は、事業管理者の命を受け、局における保有個人情報の管理に関する事務を総括する。")
cap("（個人情報管理責任者）")
art("第４条", "課等に、個人情報管理責任者（以下「管理責任者」という。）を置き、別表の右欄に掲げる者をもって充てる。")
kou("２　管理責任者は、別表の中欄に掲げる保有個人情報その他当該課等が保有する保有個人情報について、当該課等における適切な管理を確保する任に当たる。")
kou("３　管理責任者は、保有個人情報を情報システムで取り扱う場合には、情報システム管理課長と連携して、前項の任に当たらなければならない。")
cap("（個人情報取扱担当者）")
art("第５条", "管理責任者は、当該課等の係長又はこれに相当する職にある者のうちから、個人情報取扱担当者（以下「取扱担当者」という。）を指定するものとする。")
kou("２　取扱担当者は、管理責任者を補佐し、当該課等における保有個人情報の管理に関する事務を担当する。")
cap("（監査責任者）")
art("第６条", "局に、監査責任者を置き、経営管理部長をもって充てる。")
kou("２　監査責任者は、保有個人情報の管理の状況について監査する任に当たる。")
cap("（個人情報保護推進会議）")
art("第７条", "局に、保有個人情報の管理に係る重要な事項を決定し、及び課等の間の連絡調整を行うため、清瀬川市上下水道局個人情報保護推進会議（以下「推進会議」という。）を置く。")
kou("２　推進会議は、総括管理者を座長とし、管理責任者をもって組織する。")
kou("３　推進会議は、毎年度１回以上開催するほか、座長が必要と認めるときは、随時に開催する。")

chap("第３章　教育研修及び職員の責務")
cap("（教育研修）")
art("第８条", "総括管理者は、保有個人情報の取扱いに従事する職員に対し、保有個人情報の取扱いについて理解を深め、個人情報の保護に関する意識の高揚を図るための啓発その他必要な教育研修を行うものとする。")
kou("２　総括管理者は、情報システムの管理に関する事務に従事する職員に対し、情報システムの管理、運用及びセキュリティ対策に関して必要な教育研修を行うものとする。")
kou("３　総括管理者は、管理責任者及び取扱担当者に対し、課等における保有個人情報の適切な管理のために必要な教育研修を行うものとする。")
kou("４　管理責任者は、当該課等の職員に対し、前３項の教育研修への参加の機会を付与する等の必要な措置を講ずるものとする。")
cap("（職員の責務）")
art("第９条", "職員は、法の趣旨にのっとり、関連する法令及び規程等の定め並びに総括管理者、管理責任者及び取扱担当者の指示に従い、保有個人情報を取り扱わなければならない。")
cap("（秘密の保持）")
art("第１０条", "職員は、地方公務員法（昭和２５年法律第２６１号）第３４条第１項の規定に従い、職務上知り得た使用者その他の者の秘密を漏らしてはならない。その職を退いた後も、同様とする。")
kou("２　管理責任者は、会計年度任用職員を任用したときは、前項の趣旨を説明し、誓約書を提出させるものとする。")

chap("第４章　保有個人情報の取扱い")
cap("（アクセス制限）")
art("第１１条", "管理責任者は、保有個人情報の秘匿性等その内容に応じて、当該保有個人情報にアクセスする権限を有する職員の範囲及び権限の内容を、当該職員が業務を行う上で必要最小限の範囲に限らなければならない。")
kou("２　アクセスする権限を有しない職員は、保有個人情報にアクセスしてはならない。")
kou("３　職員は、アクセスする権限を有する場合であっても、業務上の目的以外の目的で保有個人情報にアクセスしてはならない。料金システムにより自己又は親族に係る使用者の情報を照会することについても、同様とする。")
cap("（複製等の制限）")
art("第１２条", "職員は、業務上の目的で保有個人情報を取り扱う場合であっても、次に掲げる行為については、当該保有個人情報の秘匿性等その内容に応じて必要最小限の範囲に限り、管理責任者の指示に従い行うものとする。")
gou("（１）", "保有個人情報の複製")
gou("（２）", "保有個人情報の送信")
gou("（３）", "保有個人情報が記録されている媒体の外部への送付又は持出し")
gou("（４）", "前３号に掲げるもののほか、保有個人情報の適切な管理に支障を及ぼすおそれのある行為")
cap("（誤りの訂正等）")
art("第１３条", "職員は、使用者の氏名、料金の請求先、口座振替に係る口座その他の保有個人情報の内容に誤り等を発見したときは、速やかに管理責任者に報告し、その指示に従い、訂正等を行わなければならない。")
cap("（媒体の管理等）")
art("第１４条", "職員は、管理責任者が定める場所に、保有個人情報が記録されている媒体を保管するとともに、必要があると認めるときは、耐火金庫への保管、施錠等を行うものとする。")
kou("２　職員は、保有個人情報が記録されている媒体を外部へ送付し、又は持ち出す場合には、原則として、パスワードの設定、暗号化等により、権限を有しない者がその内容を確認することができないようにする措置を講ずるものとする。")
cap("（誤送付等の防止）")
art("第１５条", "職員は、納入通知書、督促状、給水停止予告書その他の使用者にあてた文書を郵送し、又は窓口において交付するときは、宛名、使用場所及び記載内容を複数の職員により照合しなければならない。")
cap("（廃棄等）")
art("第１６条", "職員は、保有個人情報又は保有個人情報が記録されている媒体（端末及びサーバに内蔵されているものを含む。）が不要となった場合には、管理責任者の指示に従い、当該保有個人情報の復元又は判読が不可能な方法により、当該情報の消去又は当該媒体の廃棄を行わなければならない。")
kou("２　管理責任者は、前項の消去又は廃棄を委託する場合（溶解処理を委託する場合を含む。）には、職員を立ち会わせ、又は委託先から溶解処理証明書その他の消去若しくは廃棄を行ったことを証する書類の提出を受けることにより、委託先において確実に消去又は廃棄が行われたことを確認しなければならない。")
cap("（保有個人情報管理簿）")
art("第１７条", "管理責任者は、別表の中欄に掲げる保有個人情報のうち紙媒体に記録されているものについて、その名称、保管場所及び保存期間を記載した保有個人情報管理簿を備えるものとする。")

chap("第５章　情報システムにおける安全の確保等")
cap("（アクセス制御）")
art("第１８条", "管理責任者は、情報システムで取り扱う保有個人情報（以下この章において単に「保有個人情報」という。）の秘匿性等その内容に応じて、情報システム管理課長と協議の上、職員ごとに付与する識別符号及びパスワードによる認証機能を設定する等のアクセス制御のために必要な措置を講じなければならない。")
kou("２　情報システム管理課長は、パスワードの管理に関する定め（その定期又は随時の見直しを含む。）を整備しなければならない。")
kou("３　職員は、自己のパスワードを他人に知らせ、又はパスワードを記載した書面を端末の周囲に掲示し、若しくは放置する等、パスワードが他人に読み取られるおそれのある取扱いをしてはならない。")
cap("（アクセス記録）")
art("第１９条", "情報システム管理課長は、料金システムについて、保有個人情報へのアクセスの状況を記録し、その記録（以下「アクセス記録」という。）を１年間保存するものとする。")
kou("２　情報システム管理課長は、管理責任者から求めがあったときは、当該課等の職員に係るアクセス記録を提供するものとする。")
cap("（管理者権限の設定）")
art("第２０条", "情報システム管理課長は、情報システムの管理者権限の特権を不正に窃取された際の被害の最小化及び内部からの不正操作等の防止のため、当該特権を付与する職員を必要最小限とし、当該特権の使用の状況を記録する等の措置を講ずるものとする。")
cap("（不正アクセス等の防止）")
art("第２１条", "情報システム管理課長は、情報システムへの外部からの不正アクセス及び不正プログラムによる保有個人情報の漏えい等を防止するため、清瀬川市情報セキュリティ対策基準（令和４年清瀬川市訓令第１２号）の例により、必要な措置を講ずるものとする。")
cap("（暗号化）")
art("第２２条", "管理責任者は、保有個人情報の秘匿性等その内容に応じて、その暗号化のために必要な措置を講ずるものとする。")
kou("２　職員は、前項の措置を踏まえ、その処理する保有個人情報について、当該保有個人情報の秘匿性等その内容に応じて、適切に暗号化を行わなければならない。")
cap("（記録機能を有する機器の接続制限）")
art("第２３条", "職員は、管理責任者の許可を得た場合を除き、スマートフォン、ＵＳＢメモリその他の記録機能を有する機器又は媒体を情報システムの端末に接続してはならない。")
kou("２　情報システム管理課長は、前項の接続を制限するため、端末の設定その他の必要な措置を講ずるとともに、機器の更新に合わせて当該措置を見直すものとする。")
cap("（端末の限定）")
art("第２４条", "管理責任者は、料金システムにより保有個人情報の処理を行う端末を指定し、当該端末以外の端末で当該処理を行わせてはならない。")
cap("（端末の盗難防止等）")
art("第２５条", "管理責任者は、端末の盗難又は紛失の防止のため、端末の固定、執務室の施錠等の必要な措置を講ずるものとする。")
kou("２　職員は、管理責任者が必要であると認めるときを除き、端末を外部へ持ち出し、又は外部から持ち込んではならない。")
cap("（第三者の閲覧防止）")
art("第２６条", "職員は、端末の使用に当たっては、保有個人情報が第三者に閲覧されることがないよう、離席時に画面をロックし、又は情報システムからログオフする等の措置を講じなければならない。")
kou("２　管理責任者は、営業所の窓口に設置する端末について、その画面が来所者から見えない位置に配置しなければならない。")
cap("（入力内容の確認）")
art("第２７条", "職員は、給水開始届、使用中止届、口座振替依頼書その他の届出書等に記載された事項を料金システムに入力したときは、当該届出書等と入力した内容とを突き合わせて確認しなければならない。")
kou("２　料金課長は、料金の調定を行うときは、調定の前後における使用者ごとの請求額の推移を比較する等の方法により処理の結果を確認するとともに、新たに登録する使用者の情報について、既に登録されている使用者の情報との重複の有無を確かめるものとする。")
cap("（バックアップ）")
art("第２８条", "情報システム管理課長は、料金システムに記録された保有個人情報のバックアップを作成するものとし、その作成の頻度、保管の方法その他必要な事項は、料金システム運用管理要領の定めるところによる。")
cap("（設計書等の管理）")
art("第２９条", "情報システム管理課長は、情報システムの仕様書、ネットワーク構成図、機器の設定情報を記載した文書その他の情報システムの構成を示す文書が外部に知られることのないよう、施錠できる場所への保管、複製の承認制その他その保管、複製及び廃棄について必要な措置を講じなければならない。")
cap("（ハンディターミナルの管理）")
art("第３０条", "料金課長は、ハンディターミナルに転送する保有個人情報を、検針を行う区域及び検針に必要な項目に限るものとする。")
kou("２　料金課長は、検針の結果を料金システムに取り込んだときは、速やかにハンディターミナルから当該保有個人情報を消去させ、その消去が行われたことを確認しなければならない。")
kou("３　ハンディターミナルは、検針の業務を行う日に限り職員又は検針業務の受託者に貸し出し、当該日の業務の終了後直ちに返却させ、施錠できる保管庫に保管するものとする。")

chap("第６章　電算室等の安全管理")
cap("（入退室の管理）")
art("第３１条", "情報システム管理課長は、電算室に入室する権限を有する者を定め、用件の確認、入退室の記録、部外者であることを示す名札の着用、部外者が入室する場合の職員の立会い並びに媒体及び機器の持込み及び持出しの制限の措置を講ずるとともに、電算室の出入口をＩＣカードによる認証装置を設置したものに限らなければならない。")
cap("（電算室等の管理）")
art("第３２条", "情報システム管理課長は、外部からの不正な侵入に備え、電算室に施錠装置及び監視カメラを設置しなければならない。")
kou("２　情報システム管理課長は、災害等に備え、電算室について、耐震、防火、防水等の措置及び無停電電源装置等による予備電源の確保に努めるものとする。")

chap("第７章　保有個人情報の提供及び業務の委託")
cap("（保有個人情報の提供）")
art("第３３条", "管理責任者は、法第６９条第２項第３号の規定に基づき市長その他の市の機関に保有個人情報を提供する場合には、提供先に対し、利用目的、利用する記録の範囲及び記録項目、利用形態等を記載した書面の提出を求めるとともに、漏えい等の防止その他の安全確保の措置を講ずるよう求めるものとする。")
cap("（法令に基づく照会への回答）")
art("第３４条", "管理責任者は、捜査機関、裁判所その他の者から法令に基づき保有個人情報の照会を受けた場合には、総括管理者と協議の上、照会の根拠及び必要性を確認し、必要最小限の範囲で回答するものとする。")
cap("（業務の委託等）")
art("第３５条", "事業管理者は、検針業務、料金の収納業務、料金システムの運用保守業務、納入通知書等の印刷及び封入封緘業務その他の保有個人情報の取扱いを伴う業務を委託する場合には、個人情報の適切な管理を行う能力を有しない者を選定することがないよう必要な措置を講ずるとともに、契約書に次に掲げる事項を明記しなければならない。")
gou("（１）", "秘密の保持及び目的外利用の禁止に関する事項")
gou("（２）", "再委託の制限又は事前承認その他再委託に係る条件に関する事項")
gou("（３）", "複製等の制限に関する事項")
gou("（４）", "安全管理措置に関する事項")
gou("（５）", "漏えい等の事案の発生時における対応に関する事項")
gou("（６）", "委託終了時における保有個人情報の消去及び媒体の返却に関する事項")
gou("（７）", "違反した場合における契約解除及び損害賠償責任その他必要な事項")
gou("（８）", "検針員その他の従事者に対する監督及び教育に関する事項")
kou("２　受託者が再委託をしようとするときは、あらかじめ事業管理者の承認を得なければならないものとし、事業管理者は、再委託先においても前項に規定する措置が講じられることを確認するものとする。")
kou("３　管理責任者は、必要があると認めるときは、受託者に対し、保有個人情報の管理の状況について報告を求め、又は職員に実地に調査させることができる。")

chap("第８章　安全管理上の問題への対応")
cap("（事案の報告及び再発防止措置）")
art("第３６条", "保有個人情報の漏えい、滅失、毀損その他の安全確保の上で問題となる事案又はそのおそれのある事案（以下「事案」という。）が発生したことを知った職員は、直ちに当該保有個人情報を管理する管理責任者に報告しなければならない。")
kou("２　管理責任者は、被害の拡大の防止又は復旧等のために必要な措置を速やかに講じなければならない。この場合において、外部からの不正アクセス又は不正プログラムの感染が疑われる端末については、直ちにネットワークから切断させるものとする。")
kou("３　管理責任者は、事案の発生した経緯、被害状況等を調査し、総括管理者に報告しなければならない。この場合において、総括管理者は、事案の内容等に応じて、速やかに事業管理者に報告するものとする。")
kou("４　管理責任者は、事案の原因を分析し、再発防止のために必要な措置を講じなければならない。総括管理者は、当該措置の内容を他の課等と共有するものとする。")
cap("（法に基づく報告及び通知）")
art("第３７条", "総括管理者は、事案が法第６８条第１項に規定する事態に該当する場合には、速やかに個人情報保護委員会に報告するとともに、同条第２項の規定により本人に通知しなければならない。")
cap("（公表等）")
art("第３８条", "総括管理者は、前条の規定による報告及び通知を要しない事案であっても、その内容、影響等に応じて、事実関係及び再発防止策を局のウェブサイトに掲載するとともに、影響を受けた使用者に対し事案の概要を連絡する等の措置を講ずるものとする。")

chap("第９章　監査及び点検")
cap("（監査）")
art("第３９条", "監査責任者は、必要があると認めるときは、保有個人情報の管理の状況について監査を行い、その結果を総括管理者に報告するものとする。")
cap("（点検）")
art("第４０条", "管理責任者は、当該課等における保有個人情報の記録媒体、処理経路、保管方法等について、毎年度１回以上及び必要に応じ随時に点検を行い、必要があると認めるときは、その結果を総括管理者に報告するものとする。")
cap("（評価及び見直し）")
art("第４１条", "総括管理者及び管理責任者は、監査又は点検の結果等を踏まえ、実効性等の観点から保有個人情報の適切な管理のための措置について評価し、必要があると認めるときは、その見直し等の措置を講ずるものとする。")

chap("第１０章　雑則")
cap("（苦情の処理）")
art("第４２条", "総括管理者は、局における個人情報の取扱いに関する苦情があったときは、法第１２８条の趣旨を踏まえ、適切かつ迅速に処理するよう努めるものとする。")
cap("（委任）")
art("第４３条", "この規程に定めるもののほか、保有個人情報の管理に関し必要な事項は、総括管理者が別に定める。")

C.append(("fusoku", "附　則"))
cap("（施行期日）")
C.append(("plain", "１　この規程は、令和８年４月１日から施行する。ただし、第２４条の規定は、料金システムの更新の日として事業管理者が別に定める日から施行する。"))
cap("（清瀬川市水道局個人情報の管理に関する規程の廃止）")
C.append(("plain", "２　清瀬川市水道局個人情報の管理に関する規程（平成１８年水道局管理規程第９号）は、廃止する。"))

BETSUHYO_HEAD = "別表（第４条、第１７条関係）"
BETSUHYO = [
    ("課等", "保有個人情報", "管理責任者"),
    ("総務課", "職員の人事、給与及び福利厚生に関する情報", "総務課長"),
    ("経営企画課", "情報システムの利用者の登録に関する情報", "経営企画課長"),
    ("料金課", "水道及び下水道の使用者に関する情報（氏名、住所、使用場所、使用水量、料金及び口座振替に係る口座の情報を含む。）", "料金課長"),
    ("料金課", "料金の滞納整理及び給水停止に関する情報", "料金課長"),
    ("料金課", "下水道使用料の減免に関する情報", "料金課長"),
    ("給水課", "給水装置工事の申込み及び給水装置台帳に関する情報", "給水課長"),
    ("下水道課", "排水設備の計画の確認並びに受益者負担金の賦課及び徴収に関する情報", "下水道課長"),
    ("北営業所", "給水の開始及び中止の届出その他窓口で受け付けた届出及び申請に関する情報", "北営業所長"),
    ("南営業所", "給水の開始及び中止の届出その他窓口で受け付けた届出及び申請に関する情報", "南営業所長"),
]

# ---------------------------------------------------------------- XML helpers
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
      'mc:Ignorable="w14"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

RPR = '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>'
RPR_B = '<w:rPr><w:rFonts w:hint="eastAsia"/><w:b/><w:bCs/></w:rPr>'

_rsid = [0x00A31C5E]
def rsid():
    _rsid[0] = (_rsid[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return "00%06X" % (_rsid[0] & 0xFFFFFF)

def run(t, bold=False):
    sp = ' xml:space="preserve"' if (t.startswith(" ") or t.endswith(" ") or "　" in t[:1]) else ""
    return '<w:r>%s<w:t%s>%s</w:t></w:r>' % (RPR_B if bold else RPR, sp, escape(t))

def para(runs, ind=None, jc=None, style=None, keep=False):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if keep:
        ppr += '<w:keepNext/>'
    if ind:
        ppr += '<w:ind %s/>' % ind
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    ppr += '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>'
    r = rsid()
    return '<w:p w:rsidR="%s" w:rsidRDefault="%s"><w:pPr>%s</w:pPr>%s</w:p>' % (r, r, ppr, "".join(runs))

def split_runs(t):
    """Word often splits a paragraph into several runs (proofing marks, edits)."""
    if len(t) > 60:
        k = t.find("、", 25)
        if k > 0:
            return [run(t[:k + 1]), run(t[k + 1:])]
    return [run(t)]

def cell(t, w, head=False):
    ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if head else ""
    return ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
            '<w:p>%s%s</w:p></w:tc>' % (w, ppr, run(t)))

def table(rows):
    widths = (1700, 5104, 1700)
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="a3"/><w:tblW w:w="8504" w:type="dxa"/>'
         '<w:tblBorders>'
         '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '</w:tblBorders><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
         'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
         '<w:tblGrid>%s</w:tblGrid>' % "".join('<w:gridCol w:w="%d"/>' % w for w in widths)]
    for i, r in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if i == 0 else ''
        x.append('<w:tr>%s%s</w:tr>' % (trpr, "".join(cell(t, w, i == 0) for t, w in zip(r, widths))))
    x.append('</w:tbl>')
    return "".join(x)

# ---------------------------------------------------------------- document.xml
def document():
    b = []
    for it in C:
        k = it[0]
        if k == "title":
            b.append(para([run(it[1])], ind='w:left="630" w:leftChars="300"', style="a4"))
        elif k == "right":
            b.append(para([run(it[1])], jc="right"))
        elif k == "toc":
            b.append(para([run(it[1])], ind='w:left="210" w:leftChars="100"'))
        elif k == "tocline":
            b.append(para([run(it[1])], ind='w:left="420" w:leftChars="200"'))
        elif k == "chapter":
            b.append(para([run(it[1])], ind='w:left="630" w:leftChars="300"', keep=True))
        elif k == "caption":
            b.append(para([run(it[1])], ind='w:left="210" w:leftChars="100"', keep=True))
        elif k == "art":
            # article number in its own bold run, the text in the next run(s)
            b.append(para([run(it[1], bold=True), run("　")] + split_runs(it[2]),
                          ind='w:left="210" w:hangingChars="100" w:hanging="210"'))
        elif k in ("kou", "plain"):
            b.append(para(split_runs(it[1]), ind='w:left="210" w:hangingChars="100" w:hanging="210"'))
        elif k == "gou":
            b.append(para([run(it[1]), run("　" + it[2])],
                          ind='w:left="840" w:leftChars="100" w:hangingChars="300" w:hanging="630"'))
        elif k == "fusoku":
            b.append(para([run(it[1])], ind='w:left="630" w:leftChars="300"'))
    b.append(para([run(BETSUHYO_HEAD)]))
    b.append(table(BETSUHYO))
    b.append(para([]))
    sect = ('<w:sectPr w:rsidR="00A31C5E"><w:headerReference w:type="default" r:id="rId7"/>'
            '<w:footerReference w:type="default" r:id="rId8"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1985" w:right="1701" w:bottom="1701" w:left="1701" w:header="851" '
            'w:footer="992" w:gutter="0"/><w:cols w:space="425"/>'
            '<w:docGrid w:type="linesAndChars" w:linePitch="360" w:charSpace="2030"/></w:sectPr>')
    return DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, "".join(b), sect)

def header():
    return (DECL + '<w:hdr %s><w:p><w:pPr><w:pStyle w:val="a5"/><w:jc w:val="right"/>'
            '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:pPr>%s</w:p></w:hdr>'
            % (NS, run(BODY)))

def footer():
    return (DECL + '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="a7"/><w:jc w:val="center"/></w:pPr>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:rPr><w:noProof/><w:lang w:val="ja-JP"/></w:rPr><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>' % NS)

STYLES = DECL + '''<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsia="ＭＳ 明朝" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="ja-JP" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr><w:rPr><w:rFonts w:ascii="ＭＳ 明朝" w:hAnsi="ＭＳ 明朝"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style><w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style><w:style w:type="table" w:styleId="a3"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style><w:style w:type="paragraph" w:styleId="a4"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="a5"><w:name w:val="header"/><w:basedOn w:val="a"/><w:link w:val="a6"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4252"/><w:tab w:val="right" w:pos="8504"/></w:tabs><w:snapToGrid w:val="0"/></w:pPr></w:style><w:style w:type="character" w:customStyle="1" w:styleId="a6"><w:name w:val="ヘッダー (文字)"/><w:basedOn w:val="a0"/><w:link w:val="a5"/><w:uiPriority w:val="99"/></w:style><w:style w:type="paragraph" w:styleId="a7"><w:name w:val="footer"/><w:basedOn w:val="a"/><w:link w:val="a8"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4252"/><w:tab w:val="right" w:pos="8504"/></w:tabs><w:snapToGrid w:val="0"/></w:pPr></w:style><w:style w:type="character" w:customStyle="1" w:styleId="a8"><w:name w:val="フッター (文字)"/><w:basedOn w:val="a0"/><w:link w:val="a7"/><w:uiPriority w:val="99"/></w:style></w:styles>'''

SETTINGS = DECL + '''<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:bordersDoNotSurroundFooter/><w:defaultTabStop w:val="840"/><w:displayHorizontalDrawingGridEvery w:val="0"/><w:displayVerticalDrawingGridEvery w:val="2"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:rsids><w:rsidRoot w:val="00A31C5E"/><w:rsid w:val="00A31C5E"/></w:rsids><w:themeFontLang w:val="en-US" w:eastAsia="ja-JP"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'''

FONTS = DECL + '''<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:font w:name="ＭＳ 明朝"><w:altName w:val="MS Mincho"/><w:panose1 w:val="02020609040205080304"/><w:charset w:val="80"/><w:family w:val="roman"/><w:pitch w:val="fixed"/></w:font><w:font w:name="Century"><w:panose1 w:val="02040604050505020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>'''

CT = DECL + '''<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''

RELS = DECL + '''<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''

DOC_RELS = DECL + '''<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/></Relationships>'''

CORE = DECL + '''<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>清瀬川市上下水道局経営企画課</dc:creator><cp:lastModifiedBy>清瀬川市上下水道局経営企画課</cp:lastModifiedBy><cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2026-02-16T00:41:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-31T02:15:00Z</dcterms:modified></cp:coreProperties>''' % TITLE

APP = DECL + '''<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>184</TotalTime><Pages>9</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>1</Lines><Paragraphs>1</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>'''

def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document())
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("word/fontTable.xml", FONTS)
        z.writestr("word/header1.xml", header())
        z.writestr("word/footer1.xml", footer())
        z.writestr("docProps/core.xml", CORE)
        z.writestr("docProps/app.xml", APP)
    print("wrote", OUT)

if __name__ == "__main__":
    main()
