//! The words of generated reports: invented places, bodies, companies, systems and short texts,
//! and a few 事務 with the citations real reports give for them.
//!
//! Names of places and companies are made up (no real municipality or company is meant). The
//! citations are the forms real reports write, with the row numbers of the 番号法 tables that
//! the published reports show (see [`crate::legal_basis::APPENDIX2_TO_LINKAGE_TABLE`] and
//! [`crate::legal_basis::APPENDIX1_TO_APPENDIX`]): every citation parses with nothing left over.

use super::rng::{SplitMix64, cycle};
use crate::report::builder::rows;
use crate::report::{Connection, RecordItemCategory};

/// A text put together from `words`, one after another, in a `String` of their total length:
/// what `format!` of the same words gives, without `format!`'s machinery and the growing of its
/// guess at the length (it doubles the literal words' length, then grows). Callgrind,
/// `generate/full_report` (benches/generate.rs, b9c3389's report, seeds 0–199, a report
/// generated and dropped): 251.5 k instructions a report, 270.0 k when each text was
/// `format!`ted.
pub(crate) fn joined(words: &[&str]) -> String {
    words.concat()
}

/// An invented company name: a head and a tail, 株式会社 before or after.
pub(crate) fn company(rng: &mut SplitMix64) -> String {
    let head = *rng.one(COMPANY_HEADS);
    let tail = *rng.one(COMPANY_TAILS);
    if rng.chance(1, 2) {
        joined(&["株式会社", head, tail])
    } else {
        joined(&[head, tail, "株式会社"])
    }
}

/// An invented 地方公共団体 and the office that assesses for it: (若葉市, 若葉市長), (若葉県,
/// 若葉県知事), (若葉県後期高齢者医療広域連合, …広域連合長).
pub(crate) fn local_body(rng: &mut SplitMix64) -> (String, String) {
    let place = *rng.one(PLACES);
    let &(office, kind) = rng.one(LOCAL_OFFICES);
    (joined(&[place, kind]), joined(&[place, office]))
}

/// Invented place names for 市, 区, 町 and 村.
pub(crate) const PLACES: &[&str] = rows! {
    "若葉", "青葉", "緑川", "桜台", "東山", "北浜", "南原", "西野", "朝日", "白石", "星野", "花園",
    "春日野", "光が丘", "美浜", "川辺", "松原", "高森", "杉並木", "泉ヶ丘"
};

/// Offices of a 地方公共団体等 that assess (評価実施機関名 endings, with the word for the body):
/// cities most often, then wards, towns, villages, prefectures, 広域連合 and 一部事務組合.
pub(crate) const LOCAL_OFFICES: &[(&str, &str)] = &[
    ("市長", "市"),
    ("市長", "市"),
    ("市長", "市"),
    ("市長", "市"),
    ("区長", "区"),
    ("町長", "町"),
    ("村長", "村"),
    ("県知事", "県"),
    ("県後期高齢者医療広域連合長", "県後期高齢者医療広域連合"),
    ("地区広域行政組合長", "地区広域行政組合"),
];

/// 行政機関等 that assess: the office and its short name.
pub(crate) const NATIONAL_OFFICES: &[(&str, &str)] = &[
    ("厚生労働大臣", "厚生労働省"),
    ("総務大臣", "総務省"),
    ("文部科学大臣", "文部科学省"),
    ("国土交通大臣", "国土交通省"),
    ("国税庁長官", "国税庁"),
];

/// 局 of a 行政機関.
pub(crate) const NATIONAL_DIVISIONS: &[&str] = &["保険局", "政策統括官", "総合政策局", "管理局"];

/// First halves of invented company names.
pub(crate) const COMPANY_HEADS: &[&str] = rows! {
    "あおぞら", "ひかり", "みなと", "つばさ", "はるか", "東邦", "北星", "南陽", "中央", "大和",
    "瑞穂", "橘"
};

/// Second halves of invented company names.
pub(crate) const COMPANY_TAILS: &[&str] = rows! {
    "情報システム", "データサービス", "計算センター", "ソフトウェア", "ビジネスサポート", "電算"
};

/// Second halves of the names of re-entrustees (so that they differ from the 委託先).
pub(crate) const SUBCONTRACTOR_TAILS: &[&str] = rows! {
    "テクノサービス", "システムエンジニアリング", "運用サポート", "ネットワークス"
};

/// The texts of a risk's measures, picked at random.
pub(crate) const MEASURES: &[&str] = &[
    "届出書の記載内容と本人確認書類を照合し、必要な情報だけを入手する。",
    "操作できる職員を業務ごとに限り、IDとパスワードで認証する。",
    "操作の記録を保存し、定期的に不審な操作がないか確認する。",
    "異動や退職のあった職員のIDは速やかに失効させる。",
    "業務で使う端末からは外部記録媒体に書き出せない設定とする。",
    "サーバーは施錠した部屋に置き、入退室を記録する。",
    "通信は暗号化し、閉じたネットワークでのみ接続する。",
    "担当者を二人置き、入力の内容を相互に確認する。",
    "年に一度、全職員を対象に個人情報の取扱いの研修を行う。",
    "不要になったデータは手順書に従って消去し、消去の記録を残す。",
];

/// The reason of a 変更箇所 row filed 事後 after a reorganisation: not a 重要な変更 (規則 第11条).
pub(crate) const REORGANIZED: &str = "組織改正に伴う名称の修正であり、重要な変更に当たらない";

/// The reason of a 変更箇所 row filed 事後 for a wording fix: not a 重要な変更 (規則 第11条).
pub(crate) const WORDING: &str = "字句の修正であり、重要な変更に当たらない";

/// The reason of a 変更箇所 row filed 事前: a 重要な変更 (規則 第11条).
pub(crate) const SIGNIFICANT: &str = "重要な変更である";

/// Field names of the 特定個人情報ファイル記録項目 lists (generic database fields, invented).
pub(crate) const RECORD_FIELDS: &[&str] = rows! {
    "個人番号", "宛名番号", "世帯番号", "氏名", "氏名（カナ）", "生年月日", "性別", "住所",
    "郵便番号", "方書", "電話番号", "続柄", "世帯主氏名", "異動日", "異動事由", "届出日",
    "資格取得日", "資格喪失日", "資格区分", "記号番号", "枝番", "所得額", "課税区分", "控除額",
    "賦課額", "納期", "納付額", "還付額", "督促日", "滞納額", "分割納付の有無", "口座番号",
    "金融機関名", "申請日", "受付番号", "審査結果", "決定日", "決定額", "支給日", "支給額",
    "給付区分", "医療機関名", "診療年月", "負担割合", "限度額区分", "減免区分", "減免額",
    "通知日", "通知書番号", "照会日", "照会先", "照会結果", "提供日", "提供先", "備考",
    "更新日", "更新者", "登録日", "登録者", "削除区分"
};

/// A 提供先 of a 事務: the body, the rows of the 情報提供 table (current, before 令和6年5月27日)
/// and what it uses the information for.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ProvisionRow {
    pub name: &'static str,
    pub row: u32,
    pub old_row: u32,
    pub purpose: &'static str,
}

/// A 移転先 of a 事務: the section, the basis and what is transferred.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TransferRow {
    pub section: &'static str,
    pub basis: &'static str,
    pub information: &'static str,
    pub purpose: &'static str,
}

/// A 事務 the generator writes reports about.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Profile {
    /// ①事務の名称.
    pub name: &'static str,
    /// The short word of file names (国保資格ファイル).
    pub short: &'static str,
    /// ②事務の内容.
    pub description: &'static str,
    /// 事務実施上の必要性.
    pub necessity: &'static str,
    /// 実現が期待されるメリット.
    pub benefits: &'static str,
    /// The row of 番号法 別表 (current) and of 別表第一 (before 令和6年5月27日).
    pub usage_rows: (u32, u32),
    /// The article of the 別表 order (kept through the restructuring).
    pub order_article: u32,
    /// A statute the usage basis adds, as real reports write it.
    pub statute: &'static str,
    /// 部 of a 地方公共団体 the section may belong to.
    pub divisions: &'static [&'static str],
    /// The sections that use the files (使用部署), the one in charge (担当部署) first.
    pub sections: &'static [&'static str],
    /// What the files are about (国保 + 資格 + ファイル).
    pub file_topics: &'static [&'static str],
    /// The people in the files.
    pub subject_scope: &'static str,
    /// The systems of the 事務 itself, as [`SHARED_SYSTEMS`] lists theirs (the shared ones are
    /// added after them).
    pub systems: &'static [(&'static str, &'static str, Connection)],
    /// 委託事項.
    pub tasks: &'static [&'static str],
    /// 提供先.
    pub provisions: &'static [ProvisionRow],
    /// Rows of the 情報照会 part of the 情報連携 basis (current, old).
    pub inquiry_rows: &'static [(u32, u32)],
    /// 移転先.
    pub transfers: &'static [TransferRow],
    /// 主な記録項目 beyond the identifiers and the four items.
    pub record_items: &'static [RecordItemCategory],
    /// What the 事務 uses the information for (使用目的).
    pub purpose: &'static str,
}

impl Profile {
    /// A file of the 事務 about `topic` (国保 + 資格 + ファイル).
    pub(crate) fn file_name(&self, topic: &str) -> String {
        joined(&[self.short, topic, "ファイル"])
    }

    /// The section in charge (担当部署): the first of [`Profile::sections`].
    pub(crate) fn section(&self) -> &'static str {
        cycle::<&str>(self.sections, 0)
    }

    /// The section in charge within `division` (担当部署: 健康福祉部　保険年金課).
    pub(crate) fn department(&self, division: &str) -> String {
        joined(&[division, "　", self.section()])
    }
}

/// The 事務 of generated reports.
pub(crate) const PROFILES: &[Profile] = &[
    Profile {
        name: "国民健康保険に関する事務",
        short: "国保",
        description: "国民健康保険の被保険者の資格を管理し、保険料を賦課して収納し、療養費や高額療養費などの保険給付を行う。",
        necessity: "被保険者の資格と所得を正確に把握し、保険料の算定と給付を誤りなく行うため。",
        benefits: "届出の際の添付書類が減り、他の保険者との資格の確認が速くなる。",
        usage_rows: (44, 30),
        order_article: 24,
        statute: "国民健康保険法第113条の3第1項",
        divisions: &["健康福祉部", "保険部", "市民生活部"],
        sections: &["保険年金課", "国保給付係", "収納課"],
        file_topics: rows! {
            "資格", "賦課", "給付", "収納", "滞納整理", "申請受付", "照会記録", "統計"
        },
        subject_scope: "被保険者及びその世帯に属する者（過去に被保険者であった者を含む）",
        systems: rows! {
            "国民健康保険システム", "資格の取得と喪失、保険料の賦課、給付の管理を行う。", Connection::IntraOffice;
            "保険料収納システム", "保険料の収納、還付、督促と滞納の管理を行う。", Connection::IntraOffice;
            "レセプト管理システム", "診療報酬明細書を取り込み、給付の審査を支援する。", Connection::IntraOffice;
        },
        tasks: rows! {
            "国民健康保険システムの運用と保守", "保険証等の印刷と封入", "レセプト点検",
            "保険料の納付書の作成と発送", "窓口受付の補助"
        },
        provisions: rows! { ProvisionRow { name, row, old_row, purpose };
            "全国健康保険協会", 2, 2, "健康保険の給付の支給に関する事務";
            "健康保険組合", 3, 3, "健康保険の給付の支給に関する事務";
            "都道府県知事等", 42, 26, "生活保護の決定と実施に関する事務";
            "市町村長", 48, 27, "地方税の賦課徴収に関する事務";
            "国家公務員共済組合", 65, 39, "短期給付の支給に関する事務";
            "地方公務員共済組合", 83, 58, "短期給付の支給に関する事務";
            "後期高齢者医療広域連合", 115, 80, "後期高齢者医療給付の支給に関する事務";
            "市町村長", 131, 93, "介護保険の給付の支給に関する事務";
        },
        inquiry_rows: &[(48, 27), (69, 42)],
        transfers: rows! { TransferRow { section, basis, information, purpose };
            "市民課", "住民基本台帳法第7条", "資格の得喪に関する情報", "住民票の記載事項の整理";
            "課税課", "条例第4条第2項による条例別表第二の4の項", "保険料の賦課に関する情報", "個人住民税の賦課";
            "介護保険課", "条例第4条第2項による条例別表第二の9の項", "資格に関する情報", "介護保険料の賦課";
        },
        record_items: rows! {
            RecordItemCategory::LocalTax, RecordItemCategory::MedicalInsurance
        },
        purpose: "被保険者の資格の管理、保険料の賦課と収納、保険給付の支給のため。",
    },
    Profile {
        name: "後期高齢者医療に関する事務",
        short: "後期高齢者医療",
        description: "後期高齢者医療広域連合と分担して、被保険者の届出の受付、保険料の徴収、給付の申請の受付を行う。",
        necessity: "広域連合と資格や所得の情報を正確にやり取りし、保険料の徴収と給付を行うため。",
        benefits: "所得の証明書などの添付が不要になり、申請の手続が簡単になる。",
        usage_rows: (85, 59),
        order_article: 46,
        statute: "高齢者の医療の確保に関する法律第138条",
        divisions: &["健康福祉部", "福祉部", "保険部"],
        sections: &["高齢者医療課", "後期高齢者医療係", "収納課"],
        file_topics: rows! {
            "資格", "保険料", "給付申請", "収納", "照会記録", "被保険者証発行", "住所地特例",
            "統計"
        },
        subject_scope: "後期高齢者医療の被保険者（過去に被保険者であった者を含む）",
        systems: rows! {
            "後期高齢者医療システム", "届出の受付、保険料の徴収、広域連合との連携を行う。", Connection::IntraOffice;
            "収納管理システム", "保険料の収納と督促を管理する。", Connection::IntraOffice;
        },
        tasks: rows! {
            "後期高齢者医療システムの保守", "保険料の納入通知書の印刷", "電算処理の運用"
        },
        provisions: rows! { ProvisionRow { name, row, old_row, purpose };
            "市町村長", 48, 27, "地方税の賦課徴収に関する事務";
            "都道府県知事等", 42, 26, "生活保護の決定と実施に関する事務";
            "市町村長", 131, 93, "介護保険の給付の支給に関する事務";
        },
        inquiry_rows: &[(115, 80), (48, 27)],
        transfers: rows! { TransferRow { section, basis, information, purpose };
            "市民課", "住民基本台帳法第7条", "資格の得喪に関する情報", "住民票の記載事項の整理";
            "介護保険課", "条例第4条第2項による条例別表第二の11の項", "保険料に関する情報", "介護保険料の賦課";
        },
        record_items: rows! {
            RecordItemCategory::LocalTax, RecordItemCategory::MedicalInsurance,
            RecordItemCategory::ElderlyCare
        },
        purpose: "被保険者の届出の受付、保険料の徴収、給付の申請の受付のため。",
    },
    Profile {
        name: "個人住民税の賦課徴収に関する事務",
        short: "住民税",
        description: "給与支払報告書や申告書をもとに個人住民税を賦課し、税額を通知して徴収する。",
        necessity: "所得を正確に把握し、公平に課税するため。",
        benefits: "所得の情報を他の事務に提供でき、住民が証明書を取りに来る手間が減る。",
        usage_rows: (24, 16),
        order_article: 16,
        statute: "地方税法第294条第1項",
        divisions: &["財務部", "総務部", "税務部"],
        sections: &["市民税課", "納税課", "税制係"],
        file_topics: rows! {
            "課税", "申告", "特別徴収", "収納", "証明発行", "課税資料", "減免", "統計"
        },
        subject_scope: "市内に住所を有する者及び市内に事務所等を有する者",
        systems: rows! {
            Connection::TaxSystem.label(), "課税資料の取込み、税額の計算、通知書の作成を行う。", Connection::IntraOffice;
            "eLTAX連携システム", "電子申告と給与支払報告書のデータを受け取る。", Connection::IntraOffice;
        },
        tasks: rows! {
            "税務システムの運用と保守", "課税資料のデータ入力", "税額決定通知書の印刷と封入"
        },
        provisions: rows! { ProvisionRow { name, row, old_row, purpose };
            "都道府県知事等", 42, 26, "生活保護の決定と実施に関する事務";
            "市町村長又は国民健康保険組合", 69, 42, "国民健康保険の保険料の徴収に関する事務";
            "後期高齢者医療広域連合", 115, 80, "後期高齢者医療の保険料の賦課に関する事務";
            "市町村長", 131, 93, "介護保険料の賦課に関する事務";
            "都道府県知事", 13, 9, "小児慢性特定疾病医療費の支給に関する事務";
        },
        inquiry_rows: &[(2, 2), (3, 3)],
        transfers: rows! { TransferRow { section, basis, information, purpose };
            "保険年金課", "条例第4条第2項による条例別表第二の1の項", "所得に関する情報", "国民健康保険料の賦課";
            "子育て支援課", "条例第4条第2項による条例別表第二の23の項", "所得に関する情報", "手当の支給の審査";
        },
        record_items: rows! {
            RecordItemCategory::NationalTax, RecordItemCategory::LocalTax
        },
        purpose: "個人住民税の賦課、税額の通知、徴収のため。",
    },
];

/// Systems every 事務 may use, after its own.
pub(crate) const SHARED_SYSTEMS: &[(&str, &str, Connection)] = rows! {
    "団体内統合宛名システム", "宛名番号と個人番号を対応付け、業務システムの間で住民の情報を連携する。", Connection::AddressSystem;
    "中間サーバー", "符号を管理し、情報提供ネットワークシステムを通じた照会と提供を行う。", Connection::InfoNetwork;
    Connection::ResidentRegistryNetwork.label(), "地方公共団体情報システム機構に本人確認情報を照会する。", Connection::ResidentRegistryNetwork;
    Connection::ExistingResidentRegistry.label(), "住民の異動の情報を業務システムに提供する。", Connection::ExistingResidentRegistry;
    "庁内連携基盤", "業務システムの間のデータのやり取りを仲介する。", Connection::IntraOffice;
    "電子申請システム", "住民がオンラインで届出や申請をする。", Connection::Other;
    "文書管理システム", "申請書の受付と決裁の記録を管理する。", Connection::Other;
    "統計分析基盤", "個人を特定しない集計を作る。", Connection::Other;
    "窓口受付システム", "窓口の受付番号と手続の進み具合を管理する。", Connection::Other;
    "コンビニ交付システム", "証明書をコンビニエンスストアで交付する。", Connection::Other;
    "口座振替システム", "金融機関との口座振替のデータをやり取りする。", Connection::Other;
    "帳票印刷システム", "通知書と納付書を一括して印刷する。", Connection::IntraOffice;
    "滞納管理システム", "滞納の状況と折衝の記録を管理する。", Connection::IntraOffice;
    "申請管理システム", "窓口と郵送の申請の進み具合を管理する。", Connection::IntraOffice;
    "データ連携基盤", "国の標準仕様に沿ってシステムの間でデータを受け渡す。", Connection::IntraOffice;
    "職員認証基盤", "職員の認証と操作の権限を一元的に管理する。", Connection::Other;
    "バックアップシステム", "業務データの複製を別の拠点に保管する。", Connection::Other;
    "ファイル転送システム", "庁外とのファイルの受渡しを暗号化して記録する。", Connection::Other;
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Choice;
    use crate::legal_basis::LegalBasis;
    use crate::report::Medium;

    #[test]
    fn tables_are_large_enough_for_the_scenario_limits() {
        use crate::generate::Scenario;
        for profile in PROFILES {
            assert!(
                profile.file_topics.len() >= Scenario::MAX_FILES,
                "{}",
                profile.name
            );
            assert!(
                profile.systems.len() + SHARED_SYSTEMS.len() >= Scenario::MAX_SYSTEMS,
                "{}",
                profile.name
            );
            assert!(!profile.provisions.is_empty() && !profile.transfers.is_empty());
            assert!(!profile.tasks.is_empty() && !profile.sections.is_empty());
            assert!(profile.divisions.len() >= 2);
        }
        assert!(COMPANY_HEADS.len() * COMPANY_TAILS.len() >= Scenario::MAX_ENTRUSTMENTS);
        // Every table the generator draws from has something to draw.
        for table in [
            PLACES,
            NATIONAL_DIVISIONS,
            COMPANY_HEADS,
            COMPANY_TAILS,
            SUBCONTRACTOR_TAILS,
            MEASURES,
        ] {
            assert!(!table.is_empty());
        }
        assert!(!LOCAL_OFFICES.is_empty() && !NATIONAL_OFFICES.is_empty() && !PROFILES.is_empty());
        // Re-entrustees of one chain have distinct names: the chain is shorter than the heads.
        assert!(Scenario::MAX_RE_ENTRUSTMENT_DEPTH < COMPANY_HEADS.len());
        // The first 移転 method a transfer uses is a choice label.
        assert!(Medium::ALL.contains(&Medium::IntraOffice));
    }

    #[test]
    fn transfer_bases_parse_with_nothing_left_over() {
        for profile in PROFILES {
            for row in profile.transfers {
                let basis = LegalBasis::parse(row.basis).unwrap();
                assert!(
                    basis.unparsed().is_empty(),
                    "{}: {:?}",
                    row.basis,
                    basis.unparsed()
                );
                assert!(!basis.is_pre_2024_regime(), "{}", row.basis);
            }
        }
    }

    #[test]
    fn provision_rows_are_rows_whose_old_number_is_known() {
        for profile in PROFILES {
            for row in profile.provisions {
                assert!(
                    crate::legal_basis::APPENDIX2_TO_LINKAGE_TABLE
                        .contains(&(row.old_row, row.row)),
                    "{} {}",
                    profile.name,
                    row.row
                );
            }
            for &(row, old) in profile.inquiry_rows {
                assert!(
                    crate::legal_basis::APPENDIX2_TO_LINKAGE_TABLE.contains(&(old, row)),
                    "{} {row}",
                    profile.name
                );
            }
            assert!(
                crate::legal_basis::APPENDIX1_TO_APPENDIX
                    .contains(&(profile.usage_rows.1, profile.usage_rows.0)),
                "{}",
                profile.name
            );
        }
    }
}
