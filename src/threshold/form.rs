//! [`AssessmentKind`]: the three assessments and their forms (様式2–4).

use super::ReportSet;
use crate::label::choice_enum;

/// The name of the 基礎項目評価書, as the report set that is it alone names it (基礎 Ⅳ1).
const BASIC_DOCUMENT: &str = ReportSet::Basic.label();

choice_enum! {
    /// The three kinds of 特定個人情報保護評価 and their forms, ordered by depth (指針 第2の1;
    /// 規則 第5条 基礎, 第6条 重点, 第7条 全項目).
    ///
    /// | kind | label | document | form |
    /// |---|---|---|---|
    /// | [`Basic`](Self::Basic) | 基礎項目評価 | 基礎項目評価書 | 様式2 |
    /// | [`Focused`](Self::Focused) | 重点項目評価 | 重点項目評価書 | 様式3 |
    /// | [`Full`](Self::Full) | 全項目評価 | 全項目評価書 | 様式4 |
    ///
    /// A [`Report`](crate::report::Report) is of one kind ([`Report::form`](crate::report::Report::form));
    /// the しきい値判断 says which kinds a 事務 requires
    /// ([`RequiredAssessment::required_kinds`](crate::threshold::RequiredAssessment::required_kinds)).
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    ///
    /// assert!(AssessmentKind::Focused < AssessmentKind::Full);
    /// assert_eq!(AssessmentKind::Full.label(), "全項目評価");
    /// assert_eq!(AssessmentKind::Full.form_title(), "全項目評価書（様式4）");
    /// assert_eq!("basic".parse::<AssessmentKind>(), Ok(AssessmentKind::Basic));
    /// ```
    #[doc(alias = "様式")]
    pub enum AssessmentKind: "評価の種類" {
        /// 基礎項目評価 (様式2, 規則 第5条).
        Basic => "基礎項目評価" | "basic" | "基礎" | BASIC_DOCUMENT,
        /// 重点項目評価 (様式3, 規則 第6条).
        Focused => "重点項目評価" | "focused" | "重点" | "重点項目評価書",
        /// 全項目評価 (様式4, 規則 第7条).
        Full => "全項目評価" | "full" | "全項目" | "全項目評価書",
    }
}

impl AssessmentKind {
    /// The kind's words side by side: its machine text, its document's name, its 様式 number,
    /// and the name with the number as messages cite the form.
    const fn words(self) -> (&'static str, &'static str, u8, &'static str) {
        match self {
            AssessmentKind::Basic => ("basic", BASIC_DOCUMENT, 2, "基礎項目評価書（様式2）"),
            AssessmentKind::Focused => ("focused", "重点項目評価書", 3, "重点項目評価書（様式3）"),
            AssessmentKind::Full => ("full", "全項目評価書", 4, "全項目評価書（様式4）"),
        }
    }

    /// The name of the form's document: `基礎項目評価書`, `重点項目評価書` or `全項目評価書`.
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    ///
    /// assert_eq!(AssessmentKind::Full.document_name(), "全項目評価書");
    /// ```
    #[must_use]
    pub const fn document_name(self) -> &'static str {
        self.words().1
    }

    /// The number of the form's 様式 as the PPC publishes them: 2 (基礎), 3 (重点), 4 (全項目).
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    ///
    /// assert_eq!(AssessmentKind::Basic.form_number(), 2);
    /// ```
    #[must_use]
    pub const fn form_number(self) -> u8 {
        self.words().2
    }

    /// The document name with its 様式 number, as messages cite a form: `全項目評価書（様式4）`.
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    ///
    /// assert_eq!(AssessmentKind::Focused.form_title(), "重点項目評価書（様式3）");
    /// ```
    #[must_use]
    pub const fn form_title(self) -> &'static str {
        self.words().3
    }

    /// The stable machine text of the kind: `basic`, `focused` or `full` (the JSON key of a
    /// report's own part, and what the command line accepts beside the labels).
    ///
    /// ```
    /// use mynumber_pia::AssessmentKind;
    ///
    /// assert_eq!(AssessmentKind::Focused.as_str(), "focused");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        self.words().0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Choice;

    #[test]
    fn title_is_the_document_name_and_number() {
        for &kind in AssessmentKind::ALL {
            assert_eq!(
                kind.form_title(),
                format!("{}（様式{}）", kind.document_name(), kind.form_number())
            );
            assert_eq!(kind.as_str().parse::<AssessmentKind>(), Ok(kind));
            assert_eq!(kind.document_name().parse::<AssessmentKind>(), Ok(kind));
        }
    }
}
