//! The rules validation checks, each with a stable code.

use std::str::FromStr;

use super::severity::Severity;
use crate::Choice;
use crate::threshold::HandlerCountBand;

crate::label::text_enum! {
    /// The family a rule belongs to: eight groups of checks, in the order validation runs them.
    /// The key ([`as_str`](Self::as_str)) is the two-letter prefix of the family's codes, the
    /// label its Japanese name (what `Display` writes).
    ///
    /// ```
    /// use mynumber_pia::validation::{Code, Family};
    ///
    /// assert_eq!(Code::EntrustmentCycle.family(), Family::Entrustment);
    /// assert_eq!(Family::Entrustment.as_str(), "EN");
    /// assert_eq!(Family::Entrustment.label(), "委託");
    /// assert_eq!("提供・移転".parse(), Ok(Family::Provision));
    /// let time: Vec<Code> = Code::ALL.iter().copied().filter(|c| c.family() == Family::Time).collect();
    /// assert_eq!(time.first().map(|c| c.as_str()), Some("TM001"));
    /// ```
    #[doc(alias = "検査の分類")]
    #[non_exhaustive]
    pub enum Family: "検査の分類" {
        /// `TH`: しきい値判断 (threshold determination).
        Threshold => "TH", "しきい値判断";
        /// `HC`: 取扱者数 (handler count) against the bands of the report.
        Handlers => "HC", <HandlerCountBand as Choice>::LIST_LABEL;
        /// `EN`: 委託・再委託 (entrustment and re-entrustment).
        Entrustment => "EN", "委託";
        /// `PV`: 提供・移転 (provision and transfer) and 情報連携.
        Provision => "PV", "提供・移転";
        /// `CT`: required content of the form.
        Content => "CT", "必要な記載";
        /// `PC`: 評価実施手続 (procedures).
        Procedure => "PC", crate::form::PROCEDURES;
        /// `TM`: dates against the reference date.
        Time => "TM", "時期";
        /// `CH`: 変更箇所 (change records).
        Changes => "CH", crate::form::CHANGES;
    }
}

macro_rules! codes {
    (
        $(
            $(#[$meta:meta])*
            $variant:ident = $code:literal, $family:ident, $severity:ident, $source:literal, $title:literal;
        )+
    ) => {
        /// A rule of validation, with a stable code.
        ///
        /// Codes never change meaning and are never reused. Each rule has a fixed
        /// [`Severity`], a source (the article of the 規則 / 指針 / 番号法, `様式` for a rule of
        /// the form itself, or `記載要領` for its instructions) and a short Japanese title. The list below is the reference, like a
        /// linter's list of rules.
        ///
        /// ```
        /// use mynumber_pia::validation::{Code, Severity};
        ///
        /// let code: Code = "HC001".parse()?;
        /// assert_eq!(code, Code::HandlerCountContradiction);
        /// assert_eq!(code.severity(), Severity::Error);
        /// assert_eq!(code.source(), "指針 第5の2");
        /// assert_eq!(code.to_string(), "HC001");
        /// assert_eq!(Code::ALL.len(), Code::ALL.iter().map(|c| c.as_str()).collect::<std::collections::BTreeSet<_>>().len());
        /// # Ok::<(), mynumber_pia::validation::ParseCodeError>(())
        /// ```
        #[doc(alias = "検査規則")]
        #[doc(alias = "コード")]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Code {
            $(
                $(#[$meta])*
                #[doc = ""]
                #[doc = concat!("Code `", $code, "` · severity **", stringify!($severity), "** · source: ", $source, ".")]
                $variant,
            )+
        }

        impl Code {
            /// Every code, in code order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),+];

            /// The rule's row, once: its code, family, severity, source and title.
            const fn row(self) -> (&'static str, Family, Severity, &'static str, &'static str) {
                match self {
                    $(Code::$variant => ($code, Family::$family, Severity::$severity, $source, $title)),+
                }
            }

            /// The stable code, e.g. `EN004`.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                self.row().0
            }

            /// The family of checks the rule belongs to.
            #[must_use]
            pub const fn family(self) -> Family {
                self.row().1
            }

            /// How serious a finding of this rule is.
            #[must_use]
            pub const fn severity(self) -> Severity {
                self.row().2
            }

            /// The source of the rule: `規則 第N条`, `指針 第N`, `番号法 第N条` or `様式`.
            #[must_use]
            pub const fn source(self) -> &'static str {
                self.row().3
            }

            /// A short Japanese statement of the rule.
            #[must_use]
            pub const fn title(self) -> &'static str {
                self.row().4
            }
        }
    };
}

codes! {
    // ── TH: しきい値判断 ─────────────────────────────────────────────────────────────
    /// **しきい値判断結果が判断項目と合わない.** The stated しきい値判断結果 does not follow from the
    /// stated inputs. In a 基礎項目評価書 the three inputs (Ⅱ1 対象人数, Ⅱ2 取扱者数, Ⅱ3 重大事故) give
    /// exactly one result (指針 第5の2; 規則 第5条〜第7条), which must be Ⅲ's. In a 重点 or 全項目
    /// report only 対象人数 (Ⅰ1③) is printed, so the stated result (重点 Ⅴ1②, 全項目 Ⅵ1②) must be
    /// one the 対象人数 allows.
    ///
    /// Example: 対象人数 `1万人以上10万人未満`, 取扱者数 `500人以上`, 重大事故 `発生なし`, stated
    /// `基礎項目評価の実施が義務付けられる` (the inputs require 基礎項目評価及び重点項目評価).
    ThresholdResultMismatch = "TH001", Threshold, Error, "指針 第5の2", "しきい値判断結果が判断項目から導かれる結果と一致しない";

    /// **必要な評価より低い評価書.** The report filed is below the assessment required: a 基礎項目評価書
    /// whose Ⅳ1 提出する評価書の種類 is lower than its しきい値判断結果, or a 重点項目評価書 whose
    /// stated result requires 全項目評価. A lower assessment than required is never allowed
    /// (規則 第6条, 第7条).
    ///
    /// Example: Ⅲ `基礎項目評価及び全項目評価の実施が義務付けられる`, Ⅳ1 `基礎項目評価書`.
    ReportBelowRequired = "TH002", Threshold, Error, "規則 第7条", "義務付けられた評価より低い評価書を提出している";

    /// **任意の上位評価.** The report is above what the 規則 requires: a voluntary 重点 or 全項目
    /// assessment, which is always allowed (指針 第5の2). Reported for information.
    ///
    /// Example: a 全項目評価書 stating
    /// `基礎項目評価及び重点項目評価の実施が義務付けられる（任意に全項目評価を実施）`.
    VoluntaryAssessment = "TH003", Threshold, Info, "指針 第5の2", "義務付けられた評価より上位の評価を任意に実施している";

    /// **「任意に…を実施」の表記が評価書の種類と合わない.** The voluntary suffix of the stated result
    /// does not match the form: it names another assessment than the form's own (a 全項目評価書
    /// saying 「（任意に重点項目評価を実施）」), or the form is above the requirement and the suffix
    /// is missing. The forms print only the suffix of their own kind (様式3 Ⅴ1②, 様式4 Ⅵ1②).
    ///
    /// Example: a 重点項目評価書 stating `基礎項目評価の実施が義務付けられる` without
    /// 「（任意に重点項目評価を実施）」.
    VoluntaryLabelMismatch = "TH004", Threshold, Warning, "様式", "しきい値判断結果の「任意に…を実施」の表記が評価書の種類と一致しない";

    /// **対象人数と本人の数が矛盾.** The 対象人数 of the 事務 (everyone in all its files) cannot hold
    /// a file's 本人の数: a file has more people than the 対象人数 band allows, or all files
    /// together have fewer than its lower bound (指針 第5の2).
    ///
    /// Example: 対象人数 `1,000人以上1万人未満` with a file of `10万人以上100万人未満`.
    SubjectCountInconsistent = "TH005", Threshold, Error, "指針 第5の2", "対象人数がファイルの対象となる本人の数と矛盾する";

    // ── HC: 取扱者数 ────────────────────────────────────────────────────────────────
    /// **取扱者数の申告が区分の合計と矛盾.** The declared 「特定個人情報ファイル取扱者数は500人以上か」
    /// contradicts the interval sum of the 使用者数 bands and every 委託先における取扱者数 band
    /// (staff of every 委託先 count, 指針 第5の2). Staff counted in several file blocks, and one
    /// 委託先 named in several 委託事項, are counted once at least and in full at most.
    ///
    /// Example: declared `500人未満` while 使用者数 is `500人以上1,000人未満`.
    HandlerCountContradiction = "HC001", Handlers, Error, "指針 第5の2", "取扱者数の申告が使用者数と委託先の取扱者数の合計と矛盾する";

    /// **取扱者数を区分から判定できない.** The bands of the report straddle 500: they neither
    /// confirm nor contradict the declared 取扱者数. For information.
    ///
    /// Example: 使用者数 `100人以上500人未満` and one 委託先 `10人以上50人未満` (110–548 people).
    HandlerCountUndecidable = "HC002", Handlers, Info, "指針 第5の2", "使用者数と委託先の取扱者数の区分からは取扱者数が500人以上か判定できない";

    // ── EN: 委託 ────────────────────────────────────────────────────────────────────
    /// **委託するのに委託事項がない.** 委託の有無 is `委託する` but no 委託事項 is listed (様式 Ⅱ4):
    /// a declared （ N ）件 does not stand in for them.
    ///
    /// Example: `委託する`, （ 2 ）件, no 委託事項.
    EntrustmentWithoutItems = "EN001", Entrustment, Error, "様式", "委託するとしているが委託事項がない";

    /// **委託しないのに委託事項がある.** 委託の有無 is `委託しない` but 委託事項 are listed or a count is
    /// declared (様式 Ⅱ4).
    ///
    /// Example: `委託しない` with 委託事項1 システム保守.
    ItemsWithoutEntrustment = "EN002", Entrustment, Error, "様式", "委託しないとしているが委託事項がある";

    /// **委託件数と委託事項の数が違う.** The declared （ N ）件 differs from the 委託事項 listed. Real
    /// reports do this, so it is a warning (様式 Ⅱ4). Not reported when EN001 or EN002 already
    /// says the 委託の有無 contradicts the list.
    ///
    /// Example: （ 2 ）件 with one 委託事項 listed.
    EntrustmentCountMismatch = "EN003", Entrustment, Warning, "様式", "委託件数と記載された委託事項の数が一致しない";

    /// **再委託の許諾方法がない.** `再委託する` without ⑧再委託の許諾方法 (重点 ⑤). A 委託先 may
    /// re-entrust only with the permission of the entrusting body (番号法 第10条第1項), so how it
    /// is given must be stated.
    ///
    /// Example: 委託事項1 `再委託する`, 再委託の許諾方法 blank.
    ReEntrustmentWithoutPermissionMethod = "EN004", Entrustment, Error, "番号法 第10条第1項", "再委託するとしているが再委託の許諾方法がない";

    /// **再委託事項がない.** `再委託する` without ⑨再委託事項 (重点 ⑥) (様式 Ⅱ4).
    ///
    /// Example: 委託事項2 `再委託する`, 再委託事項 blank.
    ReEntrustmentWithoutItems = "EN005", Entrustment, Error, "様式", "再委託するとしているが再委託事項がない";

    /// **再委託しないのに再委託先がある.** `再委託しない` but re-entrustees are listed, or 再委託の許諾方法
    /// / 再委託事項 are filled in (番号法 第10条第1項).
    ///
    /// Example: `再委託しない` with a 再委託先 国民健康保険中央会.
    ReEntrusteesWithoutReEntrustment = "EN006", Entrustment, Error, "番号法 第10条第1項", "再委託しないとしているが再委託先又は再委託の記載がある";

    /// **許諾のない再委託の段階.** A level of a re-entrustment chain (再委託, 再々委託, …) has no
    /// permission from the original entrusting body. Every re-entrustee is a 委託先 again, so the
    /// permission of the 評価実施機関 is needed at every level (番号法 第10条第1項).
    ///
    /// Example: 国保連 → 国保中央会 → 運用事業者, the 再々委託 level without a permission method.
    ChainLevelWithoutPermission = "EN007", Entrustment, Error, "番号法 第10条第1項", "再委託の段階に最初の委託元の許諾がない";

    /// **委託の循環.** A chain re-entrusts back to a body already in it: to itself, to an earlier
    /// level, or to the 評価実施機関 (番号法 第10条).
    ///
    /// Example: 国保連 → 国保中央会 → 国保連.
    EntrustmentCycle = "EN008", Entrustment, Error, "番号法 第10条", "再委託の連鎖が循環している";

    // ── PV: 提供・移転 ───────────────────────────────────────────────────────────────
    /// **提供・移転の件数と記載数が違う.** The declared 「提供を行っている（N）件」 or
    /// 「移転を行っている（N）件」 differs from the 提供先 / 移転先 listed. Real reports print fewer
    /// entries than they declare (the 江戸川区 国民健康保険 全項目評価書 of 令和6年12月6日 declares 28 提供先 and prints 20), so it is a warning.
    ///
    /// Example: 提供を行っている（28）件 with 20 提供先.
    ProvisionCountMismatch = "PV001", Provision, Warning, "様式", "提供・移転の件数と記載された提供先・移転先の数が一致しない";

    /// **法令上の根拠がない.** A 提供先 or 移転先 has no ①法令上の根拠. 特定個人情報 may be provided
    /// only in the cases 番号法 第19条 lists.
    ///
    /// Example: 移転先3 課税課 with ① blank.
    ProvisionWithoutLegalBasis = "PV002", Provision, Error, "番号法 第19条", "提供先・移転先に法令上の根拠がない";

    /// **情報提供ネットワークシステムによる提供に第19条第8号の根拠がない.** A 提供 through the
    /// 情報提供ネットワークシステム must rest on 番号法 第19条第8号 (第7号 before 2022) and its
    /// 主務省令 (別表第二 before 令和6年5月27日).
    ///
    /// Example: 提供方法 `情報提供ネットワークシステム` with 法令上の根拠 `住民基本台帳法第7条`.
    NetworkProvisionWithoutBasis = "PV003", Provision, Error, "番号法 第19条第8号", "情報提供ネットワークシステムによる提供に番号法第19条第8号の根拠がない";

    /// **情報連携を実施するのに根拠がない.** 情報提供ネットワークシステムによる情報連携 ①実施の有無 is
    /// `実施する` but ②法令上の根拠 is empty (番号法 第19条第8号).
    ///
    /// Example: 全項目 Ⅰ6 `実施する`, ② `－`.
    LinkageWithoutBasis = "PV004", Provision, Error, "番号法 第19条第8号", "情報連携を実施するとしているが法令上の根拠がない";

    /// **番号法改正前の条文の引用.** A report published on or after 2024-05-27 cites the law as it
    /// was before a change of the 番号法: before the restructuring of 令和6年5月27日, 別表第一 (now
    /// 別表 and its 主務省令) or 別表第二 (now the 第19条第8号に基づく主務省令 第2条の表); before the
    /// 令和4年 renumbering of 第19条, 第19条第7号 (now 第19条第8号). The message names the change
    /// behind each old form ([`LawChange`](crate::legal_basis::LawChange)) and, where the mapping
    /// is known, gives the current citation. Warning: the meaning is usually unchanged.
    ///
    /// Example: 提供先1 ① `番号法第19条第8号 別表第二の2の項` in a report published 令和6年12月6日;
    /// Ⅰ6② `番号法第19条第7号` (「令和4年の番号法改正（第19条第7号→第19条第8号）より前の規定」).
    OutdatedCitation = "PV005", Provision, Warning, "番号法 第19条第8号", "番号法改正前の条文を引用している";

    /// **提供・移転を行っていないのに提供先・移転先がある.** 提供・移転の有無 says none (or the 提供 / 移転
    /// box is unchecked) while 提供先 / 移転先 are listed (様式 Ⅱ5).
    ///
    /// Example: `行っていない` with 移転先1.
    ProvisionDeclaredNone = "PV006", Provision, Error, "様式", "提供・移転を行っていないとしているが提供先・移転先がある";

    /// **提供・移転の件数がない.** 「提供を行っている」 or 「移転を行っている」 is checked but its
    /// （ ）件 is blank (様式 Ⅱ5). Like an unselected choice ([`Code::ItemNotFilled`]) the report is
    /// incomplete but can still be judged, so it is a warning.
    ///
    /// Example: `[○] 移転を行っている（ ）件` with two 移転先 listed.
    ProvisionCountMissing = "PV007", Provision, Warning, "様式", "提供・移転を行っているとしているが件数が記載されていない";

    /// **提供・移転の有無のチェックと件数が矛盾.** A consistency check of 提供・移転の有無 (様式 Ⅱ5):
    /// a （N）件 is written beside a box that is not checked (or while 「行っていない」 is), or
    /// 「行っていない」 is checked together with 「提供を行っている」 / 「移転を行っている」. Entries under an
    /// unchecked box are [`Code::ProvisionDeclaredNone`].
    ///
    /// Example: `[ ] 提供を行っている（ 1 ）件`.
    ProvisionBoxesInconsistent = "PV008", Provision, Warning, "様式", "提供・移転の有無のチェックと件数が矛盾する";

    /// **情報提供（照会）「なし」と情報提供ネットワークシステムの記載が矛盾.** A consistency check: the
    /// 情報連携 basis (Ⅰ6②, 重点 Ⅰ5②, 基礎 Ⅰ4②) says there is no 情報提供 (「（1）情報提供の根拠
    /// なし」), yet Ⅲ6 (基礎 Ⅳ6) does not check 「接続しない（提供）」, or a 提供先's ⑥提供方法 is the
    /// 情報提供ネットワークシステム; or it says there is no 情報照会 and 「接続しない（入手）」 is not
    /// checked, or the 入手方法 is the 情報提供ネットワークシステム (様式).
    ///
    /// Example: Ⅰ5② 「（1）情報提供の根拠　なし（情報提供は行わない。）」 with Ⅲ6 `[ ] 接続しない（提供）`
    /// and リスク２（不正な提供） rated `十分である`.
    LinkageNoneContradicted = "PV009", Provision, Warning, "様式", "情報連携の根拠は情報提供（照会）なしとしているが、情報提供ネットワークシステムとの接続の記載と矛盾する";

    // ── CT: 必要な記載 ───────────────────────────────────────────────────────────────
    /// **保管期間が定められていない理由がない.** 保管期間 `定められていない` without its その妥当性
    /// (全項目 Ⅱ6②) (様式).
    ///
    /// Example: ②保管期間 `定められていない`, その妥当性 blank.
    RetentionUndefinedWithoutReason = "CT001", Content, Error, "様式", "保管期間が定められていない理由（その妥当性）がない";

    /// **重大事故の内容・再発防止策がない.** The 3-year item 「過去3年以内に、評価実施機関において、
    /// 個人情報に関する重大事故が発生したか」 (重点 Ⅲ7②, 全項目 Ⅲ7リスク1⑨) is `発生あり` without
    /// その内容 or 再発防止策の内容 (様式).
    ///
    /// Example: `発生あり`, その内容 `－`.
    IncidentWithoutDetails = "CT002", Content, Error, "様式", "重大事故が発生ありだが、その内容又は再発防止策の内容がない";

    /// **課題が残されているのに措置がない.** 「リスクへの対策は十分か」 is `課題が残されている` but the
    /// risk has no measures written (様式).
    ///
    /// Example: Ⅲ3 リスク2 `課題が残されている`, 措置の内容 blank.
    RemainingIssueWithoutMeasures = "CT003", Content, Error, "様式", "リスクへの対策に課題が残されているが措置の内容がない";

    /// **必須項目が空.** A mandatory item of the form is empty: 評価書名, 評価実施機関名, 事務の名称,
    /// a system's name, a file's name, a 委託先名, a 提供先 / 移転先 name, and the like (様式).
    ///
    /// Example: 表紙 評価実施機関名 blank.
    MandatoryItemEmpty = "CT004", Content, Error, "様式", "記載が必要な項目が空である";

    /// **選択肢・記載が未記入.** An item the form asks for is left blank where real reports are
    /// known to leave it blank by mistake: a ＜選択肢＞ with nothing selected (本人の数, 取扱者数,
    /// 使用者数, 再委託の有無, 「リスクへの対策は十分か」 of a risk not opted out, …) or a
    /// 提供方法 / 移転方法 with no box checked (様式). A warning: the report is incomplete but the
    /// rest can still be judged.
    ///
    /// Example: 移転先2 ④移転する情報の対象となる本人の数 with no band selected.
    ItemNotFilled = "CT005", Content, Warning, "様式", "選択肢又は記載が未記入である";

    /// **特定個人情報ファイル名がⅠとⅡ（Ⅲ）で違う.** A consistency check: the file names of Ⅰ3
    /// (基礎 Ⅰ2) 特定個人情報ファイル名 are not those of the Ⅱ blocks (Ⅱ1), or the names of Ⅲ1
    /// (the files the risk chapter assesses) are not those of Ⅱ (様式). Names are compared with
    /// width and spaces folded.
    ///
    /// Example: Ⅰ3 `後期高齢者医療システムファイル`, Ⅱ1 and Ⅲ1 `後期高齢者医療ファイル` (松戸市
    /// 後期高齢者医療制度に関する事務 重点項目評価書).
    FileNamesDiffer = "CT006", Content, Warning, "様式", "特定個人情報ファイル名がⅠ・Ⅱ・Ⅲで一致しない";

    /// **記録される項目の区分と記録項目の数が合わない.** A consistency check: the number of record
    /// items listed in the 特定個人情報ファイル記録項目 appendix (全項目 別添2, 重点 別添1) is outside
    /// the band chosen in Ⅱ2④記録される項目 (様式). Checked only when the items are listed.
    ///
    /// Example: `50項目以上100項目未満` with 47 items listed.
    RecordItemCountMismatch = "CT007", Content, Warning, "様式", "記録される項目の区分と記載された記録項目の数が一致しない";

    /// **記載に制御文字.** A text of the report holds a character that is not printed on a form
    /// and that moves the cursor or the reading order where the text is shown: a control
    /// character other than a line break or a tab (`ESC`, `NUL`, `DEL`, a C1 control), a bidi
    /// embedding, override or isolate (U+202A–U+202E, U+2066–U+2069), or U+2028 / U+2029 (様式:
    /// the form holds printable text). Usually pasted in from another system; the command line
    /// and the renderers show such characters as escapes (`\u{1b}`).
    ///
    /// Example: 委託先名 `株式会社\u{202e}エスティーエヌ`.
    UnsafeCharacter = "CT008", Content, Warning, "様式", "記載に表示を乱す制御文字が含まれている";

    // ── PC: 評価実施手続 ─────────────────────────────────────────────────────────────
    /// **意見聴取の期間が30日未満.** The public comment on a 全項目評価書 lasted fewer than 30 days
    /// (both ends counted) with no 「期間を短縮する特段の理由」 (指針 第5の3).
    ///
    /// Example: 令和6年9月15日から令和6年10月4日まで (20日間), ③ blank.
    PublicCommentTooShort = "PC001", Procedure, Error, "指針 第5の3", "意見聴取の期間が30日未満で、期間を短縮する特段の理由がない";

    /// **意見聴取がない.** A 全項目評価書 without 国民・住民等からの意見の聴取 (Ⅵ2 blank). Required
    /// for every 全項目評価 (規則 第7条第1項; 番号法 第28条第1項).
    ///
    /// Example: 全項目 Ⅵ2 ②実施日・期間 blank.
    PublicCommentMissing = "PC002", Procedure, Error, "規則 第7条第1項", "全項目評価で国民・住民等からの意見の聴取を行っていない";

    /// **第三者点検がない.** A local government's 全項目評価書 without 第三者点検 (Ⅵ3 blank)
    /// (規則 第7条第4項).
    ///
    /// Example: 東京都江戸川区長, 全項目, Ⅵ3 ①実施日 blank.
    ThirdPartyReviewMissing = "PC003", Procedure, Error, "規則 第7条第4項", "地方公共団体等の全項目評価で第三者点検を行っていない";

    /// **手続の日付の順序が違う.** The procedure dates are out of order: the public comment ends
    /// before it starts or after the 第三者点検 (the review follows the comment, 規則 第7条第4項),
    /// or the 第三者点検 is after the 公表日.
    ///
    /// Example: 意見聴取 令和6年9月15日〜10月15日, 第三者点検 令和6年10月1日.
    ProcedureDatesOutOfOrder = "PC004", Procedure, Error, "規則 第7条第4項", "評価実施手続の日付の順序が正しくない";

    /// **基礎項目評価より前の公表日.** The 公表日 is before the 基礎項目評価 ①実施日: the 基礎項目評価
    /// (with its しきい値判断) comes first (指針 第5の2).
    ///
    /// Example: 公表日 令和6年11月1日, 基礎項目評価 ①実施日 令和6年11月22日.
    PublishedBeforeBasicAssessment = "PC005", Procedure, Error, "指針 第5の2", "公表日が基礎項目評価の実施日より前である";

    /// **地方公共団体が委員会の承認を記載.** 個人情報保護委員会の承認 (全項目 Ⅵ4, cover 承認日) is
    /// filled in by a local government: it is 【行政機関等のみ】 (番号法 第28条第2項).
    ///
    /// Example: 熊谷市長, Ⅵ4 ①提出日 令和6年11月1日.
    ApprovalByLocalGovernment = "PC006", Procedure, Error, "番号法 第28条第2項", "地方公共団体等が行政機関等のみの委員会の承認を記載している";

    /// **委員会の承認がない.** A national body's (行政機関等) 全項目評価書 without the 個人情報保護委員会's
    /// approval (Ⅵ4 blank, no cover 承認日): 行政機関等 must have a 全項目評価書 approved before
    /// publishing it (番号法 第28条第2項).
    ///
    /// Example: ○○大臣, 全項目, Ⅵ4 ①提出日 blank and 承認日 blank.
    ApprovalMissing = "PC007", Procedure, Error, "番号法 第28条第2項", "行政機関等の全項目評価で個人情報保護委員会の承認がない";

    // ── TM: 時期 ───────────────────────────────────────────────────────────────────
    /// **5年経過前の再実施の期限を過ぎた.** Five years have passed since the 公表日 (on the reference
    /// date): the body should have re-assessed before (規則 第15条, an effort duty, hence a
    /// warning). The day of publication is not counted (民法 第140条), so the 5 years end with
    /// the same date 5 years on (民法 第143条); the finding starts the day after.
    ///
    /// Example: 公表日 令和2年10月22日, reference date 2025-10-23 (on 2025-10-22 it is still in
    /// time, and [`Code::ReassessmentDueSoon`] applies).
    ///
    /// When the cover has no 公表日, the 5 years are counted from the 基礎項目評価 実施日 (重点
    /// Ⅴ1①, 全項目 Ⅵ1①) or else the latest 変更日, and the message says so
    /// ([`Report::publication_date`](crate::report::Report::publication_date)). A report whose
    /// 評価書名 says its 事務 has ended (【…終了】) is not due for re-assessment. The dates are
    /// those of [`crate::schedule`].
    ReassessmentOverdue = "TM001", Time, Warning, "規則 第15条", "公表日から5年を経過しており、再実施の時期を過ぎている";

    /// **5年経過前の再実施が近い.** The last day of the 5 years (the same date 5 years after the
    /// 公表日) is within 6 months of the reference date, or is the reference date (規則 第15条).
    ///
    /// Example: 公表日 令和2年10月22日, reference date 2025-06-01. Without a 公表日, counted as
    /// [`Code::ReassessmentOverdue`] says.
    ReassessmentDueSoon = "TM002", Time, Info, "規則 第15条", "公表日から5年を経過する日が6か月以内に来る";

    /// **計数時点が公表日より後.** 「いつ時点の計数か」 (対象人数 or 取扱者数) is after the 公表日: a
    /// report cannot count people on a later day (指針 第5の2).
    ///
    /// Example: 公表日 令和7年5月30日, 対象人数 令和7年6月1日 時点.
    CountDateAfterPublication = "TM003", Time, Error, "指針 第5の2", "計数時点が公表日より後である";

    /// **計数時点が古い.** 「いつ時点の計数か」 is more than a year before the 公表日. For information:
    /// counts are usually refreshed each year.
    ///
    /// Example: 公表日 令和7年5月30日, 取扱者数 令和6年4月1日 時点. Without a 公表日, judged
    /// against the latest 変更日 and saying so ([`Code::CountDateAfterPublication`], an error,
    /// is judged only against a printed 公表日).
    CountDateStale = "TM004", Time, Info, "指針 第5の2", "計数時点が公表日の1年以上前である";

    /// **3年を過ぎた重大事故が残っている.** The 3-year 重大事故 item is still `発生あり` although the
    /// incident is more than 3 years old on the reference date: the window is 「過去3年以内」
    /// (様式, 重点 Ⅲ7②, 全項目 Ⅲ7リスク1⑨).
    ///
    /// Example: incident 平成28年10月7日, still `発生あり` on 2020-01-01.
    IncidentExpired = "TM005", Time, Warning, "様式", "過去3年以内の重大事故の項目に3年を過ぎた事故が残っている";

    /// **評価書名の終了日を読めない.** The 評価書名 carries a 【…終了】 mark (appended when a 事務
    /// ends, 記載要領) whose date cannot be read: the report's dated duties (the 3 years it stays
    /// published, [`crate::schedule`]) cannot be counted.
    ///
    /// Example: 評価書名 `国民年金に関する事務　基礎項目評価書【令和7年2月30日 終了】`.
    EndDateUnreadable = "TM006", Time, Warning, "記載要領", "評価書名の【…終了】の終了日を読めない";

    // ── CH: 変更箇所 ─────────────────────────────────────────────────────────────────
    /// **重要な変更を事後に提出.** A change row whose 提出時期に係る説明 says it is a 重要な変更 is
    /// filed `事後`: a significant change needs the assessment before the change (規則 第11条).
    /// Real reports do this (the 江戸川区 国民健康保険 全項目評価書 of 令和6年12月6日 has two such rows), so it is a warning.
    ///
    /// Example: 提出時期 `事後`, 説明 `重要な変更である`.
    SignificantChangeFiledAfter = "CH001", Changes, Warning, "規則 第11条", "重要な変更を事後に提出している";

    /// **変更日が公表日より後.** A change row is dated after the report's 公表日 (様式).
    ///
    /// Example: 公表日 令和6年12月6日, 変更日 令和7年1月10日.
    ChangeAfterPublication = "CH002", Changes, Warning, "様式", "変更日が公表日より後である";

    /// **変更箇所の日付順が違う.** Change rows are not in date order (様式). For information.
    ///
    /// Example: a 令和2年4月1日 row printed before a 平成31年4月1日 row.
    ChangesOutOfOrder = "CH003", Changes, Info, "様式", "変更箇所が変更日の順に並んでいない";

    /// **※項目の事後提出に理由がない.** A change row of a ※ item (an item whose change may be a
    /// 重要な変更, 規則 第11条) is filed `事後` and its 提出時期に係る説明 does not say why the change
    /// is not significant ([`ChangeRecord::declares_significant`](crate::report::ChangeRecord::declares_significant)
    /// is `None`). The row's item is its `item_id`, or the number in its 項目 text (a ※ chapter
    /// such as 重点 Ⅲ counts as a whole, except its 重大事故 item). For information: the change
    /// may well be formal, but the log does not say so.
    ///
    /// Example: 重点 Ⅱ4④再委託の有無 changed 事後 with the 説明 `見直しによる修正`.
    SignificantItemChangedWithoutReason = "CH004", Changes, Info, "規則 第11条", "※の項目の変更を事後に提出しているが、重要な変更に当たらない理由が説明されていない";
}

/// A text that is not a validation code.
#[doc(alias = "コードエラー")]
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("「{}」は検査コードではありません（例: TH001, EN004）", crate::label::Visible(.0))]
pub struct ParseCodeError(String);

impl FromStr for Code {
    type Err = ParseCodeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim();
        Code::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| ParseCodeError(s.to_owned()))
    }
}

/// `Display` (honouring width and alignment) and serde as the code, read back through `FromStr`
/// (`serde_as_text!`).
impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

crate::label::serde_as_text!(Code, FromStr);

#[cfg(test)]
mod tests {
    use super::*;

    /// Each family's Japanese name (mutation testing: no test read them).
    #[test]
    fn family_labels() {
        let labels: Vec<&str> = Family::ALL.iter().map(|f| f.label()).collect();
        assert_eq!(
            labels,
            [
                "しきい値判断",
                "取扱者数",
                "委託",
                "提供・移転",
                "必要な記載",
                "評価実施手続",
                "時期",
                "変更箇所"
            ]
        );
    }

    #[test]
    fn codes_are_unique_prefixed_and_ordered() {
        let mut seen = std::collections::BTreeSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "duplicate {code}");
            assert!(code.as_str().starts_with(code.family().as_str()), "{code}");
            assert_eq!(code.as_str().len(), 5);
            assert_eq!(code.as_str().parse::<Code>().unwrap(), *code);
            assert!(!code.title().is_empty());
        }
        let strings: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
        let families: Vec<Family> = Code::ALL.iter().map(|c| c.family()).collect();
        let mut sorted = families.clone();
        sorted.sort();
        assert_eq!(families, sorted, "codes are listed family by family");
        assert!(strings.contains(&"CH003"));
    }

    #[test]
    fn every_family_has_codes() {
        for &family in Family::ALL {
            assert!(Code::ALL.iter().any(|c| c.family() == family), "{family:?}");
        }
    }

    #[test]
    fn sources_name_a_rule() {
        for code in Code::ALL {
            let s = code.source();
            assert!(
                s == "様式"
                    || s == "記載要領"
                    || s.starts_with("規則 第")
                    || s.starts_with("指針 第")
                    || s.starts_with("番号法 第"),
                "{code}: {s}"
            );
        }
    }

    #[test]
    fn parses_case_insensitively_and_rejects_unknown() {
        assert_eq!("th001".parse::<Code>(), Ok(Code::ThresholdResultMismatch));
        assert!("XX999".parse::<Code>().is_err());
    }
}
