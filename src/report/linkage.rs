//! 情報提供ネットワークシステムによる情報連携 ②法令上の根拠 (全項目 Ⅰ6②, 重点 Ⅰ5②, 基礎 Ⅰ4②):
//! one cell that bodies write in two parts, the basis of what they provide and of what they ask
//! for.

use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{InfoLinkage, Performed};
use crate::legal_basis::{HeadingKind, LegalBasis, LegalBasisError};

/// One part of a [`LinkageBasis`]: 「（1）情報提供の根拠」 or 「（2）情報照会の根拠」.
///
/// ```
/// use mynumber_pia::report::{BasisPart, LinkageBasis};
///
/// let b = LinkageBasis::parse("（1）情報提供の根拠\n　なし（情報提供は行わない。）\n(2) 情報照会の根拠\n ①番号法第19条第7号")?;
/// assert_eq!(b.provision(), &BasisPart::None { text: "なし（情報提供は行わない。）".into() });
/// assert!(b.provision().says_none());
/// assert_eq!(b.inquiry().basis().map(|l| l.canonical()), Some(vec!["番号法第19条第7号".to_owned()]));
/// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
/// ```
#[doc(alias = "情報提供の根拠")]
#[doc(alias = "情報照会の根拠")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum BasisPart {
    /// The text does not set this part apart (no heading names it, or nothing is written under
    /// it): the whole basis ([`LinkageBasis::basis`]) is all there is.
    #[default]
    NotStated,
    /// The part says there is none, in these words: 「なし（情報提供は行わない。）」.
    None {
        /// The words, as written under the heading.
        text: String,
    },
    /// The part's basis, as written under its heading (read after the text before it, so
    /// that 「同法」 and bare rows refer to what that text names).
    Basis(LegalBasis),
}

impl BasisPart {
    /// The part's basis, if it states one.
    #[must_use]
    pub fn basis(&self) -> Option<&LegalBasis> {
        match self {
            BasisPart::Basis(b) => Some(b),
            _ => None,
        }
    }

    /// Whether the part says there is none (「なし」).
    #[must_use]
    pub fn says_none(&self) -> bool {
        matches!(self, BasisPart::None { .. })
    }

    /// The part's text as written under its heading (`None` when it is not stated).
    #[must_use]
    pub fn text(&self) -> Option<&str> {
        self.raw().map(|raw| *raw.text())
    }

    /// The part as JSON holds it, `None` when it is not stated.
    fn raw(&self) -> Option<RawPart<&str>> {
        match self {
            BasisPart::NotStated => None,
            BasisPart::None { text } => Some(RawPart::None(text)),
            BasisPart::Basis(b) => Some(RawPart::Basis(b.as_str())),
        }
    }
}

/// 情報提供ネットワークシステムによる情報連携 ②法令上の根拠: the whole cell, with its two parts
/// when the text sets them apart.
///
/// Bodies write this cell in two parts, each under a heading: 「（1）情報提供の根拠」 and
/// 「(2) 情報照会の根拠」 (松戸市 後期高齢者医療制度に関する事務 重点項目評価書), 「２　情報提供の根拠詳細」
/// and 「３　情報照会の根拠詳細」 (熊谷市 国民健康保険に関する事務 基礎項目評価書, 令和7年5月30日),
/// 「【…第2条の表における情報提供の根拠】」 and 「【…における情報照会の根拠】」 (江戸川区 国民健康保険に
/// 関する事務 全項目評価書, 令和6年12月6日), or 「(別表第二における情報提供の根拠)」 within a line
/// (新宿区); 「（1）情報提供の根拠」 with its number is a heading within a line too (a PDF's text
/// that ran the cell's lines together). One part is often 「なし（情報提供は行わない。）」. [`LinkageBasis::parse`] keeps the whole
/// text ([`basis`](Self::basis), with every citation) and finds the parts by these headings
/// ([`HeadingKind`]): a part runs from its heading to the heading of the other part or the end
/// of the text; the text before the first of them (the statute both rest on) belongs to
/// neither.
///
/// Equality is that of the texts. Serialized (JSON schema version 2) as
/// `{"text": …, "provision": …, "inquiry": …}`, each part `null` (not stated),
/// `{"none": "なし…"}` or `{"basis": "…"}`, the part's text as it appears in `text`. A plain
/// string (the version 1 shape) is read as the whole text and split by its headings.
///
/// ```
/// use mynumber_pia::report::{BasisPart, LinkageBasis};
///
/// let b = LinkageBasis::parse("１　情報提供ネットワークシステムを使用した情報連携の根拠\n①番号利用法第19条第8号\n\
///     ②同法主務省令（「法第19条第8号に基づく利用特定個人情報の提供に関する命令」）\n\
///     ２　情報提供の根拠詳細（同法主務省令第2条の表の項番、同法主務省令の条）\n2項　第4条\n\
///     ３　情報照会の根拠詳細（同法主務省令第2条の表の項番、同法主務省令の条）\n48項　第50条")?;
/// // The parts are read after the text before them: their bare rows are rows of 第2条の表.
/// let provision = b.provision().basis().unwrap();
/// assert_eq!(provision.as_str(), "2項　第4条");
/// assert_eq!(provision.canonical()[0], "番号法第19条第8号に基づく主務省令第2条の表第2項");
/// assert_eq!(b.inquiry().basis().unwrap().canonical()[0], "番号法第19条第8号に基づく主務省令第2条の表第48項");
/// assert!(b.basis().cites_article_19_8());
///
/// // Without headings the text is one basis.
/// let one = LinkageBasis::parse("番号利用法第19条第8号に基づく主務省令第2条の表の69の項")?;
/// assert_eq!((one.provision(), one.inquiry()), (&BasisPart::NotStated, &BasisPart::NotStated));
/// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
/// ```
#[doc(alias = "情報連携の根拠")]
#[doc(alias = "情報連携の法令上の根拠")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LinkageBasis {
    basis: LegalBasis,
    provision: BasisPart,
    inquiry: BasisPart,
}

/// Words that open a part saying there is none.
const NONE_WORDS: [&str; 8] = ["なし", "無し", "該当なし", "該当無し", "－", "―", "—", "-"];

/// Words of a part that says the body does not do it: 「情報提供は行わない。」, and the choices
/// of the forms that say so (「行っていない」, 「実施しない」).
const NOT_DONE_WORDS: [&str; 3] = ["行わない", Performed::No.label(), InfoLinkage::No.label()];

impl LinkageBasis {
    /// Reads `text` and finds its two parts by their headings (see the type's docs); only blank
    /// text is refused. Never panics.
    ///
    /// # Errors
    ///
    /// [`LegalBasisError::Empty`] for empty or blank text.
    ///
    /// ```
    /// use mynumber_pia::report::LinkageBasis;
    ///
    /// let b = LinkageBasis::parse("番号法第19条第7号 (別表第二における情報提供の根拠) ・1,2,3 (別表第二における情報照会の根拠) ・42,43")?;
    /// assert_eq!(b.provision().text(), Some("・1,2,3"));
    /// assert_eq!(b.inquiry().basis().unwrap().canonical(), ["番号法別表第二第42項", "番号法別表第二第43項"]);
    /// # Ok::<(), mynumber_pia::legal_basis::LegalBasisError>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self, LegalBasisError> {
        let basis = LegalBasis::parse(text)?;
        let (provision, inquiry) = split(&basis);
        Ok(LinkageBasis {
            basis,
            provision,
            inquiry,
        })
    }

    /// The whole text, exactly as written.
    #[must_use]
    pub fn as_str(&self) -> &str {
        self.basis.as_str()
    }

    /// The whole text as one basis, with every citation of both parts and of the text before
    /// them.
    #[must_use]
    pub fn basis(&self) -> &LegalBasis {
        &self.basis
    }

    /// （1）情報提供の根拠: the basis of what the body provides through the network.
    #[must_use]
    pub fn provision(&self) -> &BasisPart {
        &self.provision
    }

    /// （2）情報照会の根拠: the basis of what the body asks for through the network.
    #[must_use]
    pub fn inquiry(&self) -> &BasisPart {
        &self.inquiry
    }

    /// Whether the text sets its two parts apart (either has a heading with text under it).
    #[must_use]
    pub fn has_parts(&self) -> bool {
        self.provision != BasisPart::NotStated || self.inquiry != BasisPart::NotStated
    }

    /// The parts given as texts found in the whole `text` (the JSON form): each part is read
    /// after the text before it.
    fn from_texts(
        text: String,
        provision: Option<RawPart>,
        inquiry: Option<RawPart>,
    ) -> Result<Self, String> {
        let context = text.as_str();
        // Where each part's heading ends: a part's text is looked for there first (the same
        // words may stand earlier in the text). Finding the headings reads the whole text, so
        // it is done only for words that stand in the text more than once: words that stand
        // once are found at that one place by every rule below.
        let heads = std::cell::OnceCell::new();
        let after_heading = |kind: HeadingKind, words: &str| {
            heads
                .get_or_init(|| crate::legal_basis::heading_spans(context))
                .iter()
                .filter(|(k, _)| *k == kind)
                .find_map(|(_, span)| {
                    let rest = context.get(span.end..)?;
                    let start = span.end + (rest.len() - rest.trim_start().len());
                    context.get(start..)?.starts_with(words).then_some(start)
                })
        };
        let mut from = 0;
        let mut part = |raw: Option<RawPart>,
                        key: &str,
                        kind: HeadingKind|
         -> Result<BasisPart, String> {
            let Some(raw) = raw else {
                return Ok(BasisPart::NotStated);
            };
            let words = raw.text();
            if words.trim().is_empty() {
                return Err(format!(
                    "{key} が空です（書かれていない部分は null にしてください）"
                ));
            }
            // The text before the place found (every place is a character boundary of
            // `context`, found by searching it).
            let before = match occurrences(context, words) {
                Occurrences::Once(at) => Some(at),
                Occurrences::None => None,
                Occurrences::Many => after_heading(kind, words)
                    .or_else(|| find_from(context, words, from))
                    .or_else(|| find_from(context, words, 0)),
            }
            .and_then(|at| context.get(..at))
            .ok_or_else(|| {
                let quoted = crate::label::Echo(words);
                format!(
                    "{key} の「{quoted}」が text の中にありません（text の一部をそのまま書いてください）"
                )
            })?;
            from = before.len() + words.len();
            Ok(match raw {
                RawPart::None(text) => BasisPart::None { text },
                RawPart::Basis(text) => {
                    BasisPart::Basis(LegalBasis::after(before, text).map_err(|e| e.to_string())?)
                }
            })
        };
        let provision = part(provision, "provision", HeadingKind::Provision)?;
        let inquiry = part(inquiry, "inquiry", HeadingKind::Inquiry)?;
        // The whole text last: the parts were found in it without a copy.
        let basis = LegalBasis::after("", text).map_err(|e| e.to_string())?;
        Ok(LinkageBasis {
            basis,
            provision,
            inquiry,
        })
    }
}

/// The byte index of `needle` in `hay` at or after `from`.
fn find_from(hay: &str, needle: &str, from: usize) -> Option<usize> {
    hay.get(from..)?.find(needle).map(|i| i + from)
}

/// How often a needle stands in a text.
#[derive(Debug, PartialEq, Eq)]
enum Occurrences {
    /// Nowhere.
    None,
    /// At this byte index only.
    Once(usize),
    /// At two or more places (counting places that overlap: 「ああ」 stands twice in 「あああ」).
    Many,
}

/// Where `needle` (not empty) stands in `hay`.
///
/// A part's words are often long (a whole list of rows), and a substring search first reads
/// its whole needle, so the words are looked for by their first few characters and compared
/// where those stand. When the first characters stand at many places (say, in 「・・・・」),
/// the whole needle is searched instead, so the time stays linear in the text.
fn occurrences(hay: &str, needle: &str) -> Occurrences {
    /// The places of the first characters compared before searching for the whole needle.
    const CANDIDATES: usize = 8;
    // The needle's first 16 bytes or fewer, cut on a character boundary (an empty needle is
    // its own anchor).
    let anchor = (1..=needle.len().min(16))
        .rev()
        .find_map(|i| needle.get(..i))
        .unwrap_or(needle);
    let mut first = None;
    let mut from = 0;
    for _ in 0..CANDIDATES {
        let Some((at, rest)) =
            find_from(hay, anchor, from).and_then(|at| Some((at, hay.get(at..)?)))
        else {
            return first.map_or(Occurrences::None, Occurrences::Once);
        };
        if rest.starts_with(needle) {
            if first.is_some() {
                return Occurrences::Many;
            }
            first = Some(at);
        }
        from = at + rest.chars().next().map_or(1, char::len_utf8);
    }
    occurrences_of_whole(hay, needle)
}

/// [`occurrences`] by searching for the whole needle.
fn occurrences_of_whole(hay: &str, needle: &str) -> Occurrences {
    let Some(first) = hay.find(needle) else {
        return Occurrences::None;
    };
    // The next place a match can start: one character further on.
    let next = hay
        .get(first..)
        .and_then(|rest| rest.chars().next())
        .map_or(hay.len(), |c| first + c.len_utf8());
    match find_from(hay, needle, next) {
        Some(_) => Occurrences::Many,
        None => Occurrences::Once(first),
    }
}

/// The two parts of `basis`, by its headings.
fn split(basis: &LegalBasis) -> (BasisPart, BasisPart) {
    let text = basis.as_str();
    let heads: Vec<(HeadingKind, std::ops::Range<usize>)> = basis
        .headings()
        .iter()
        .filter(|h| matches!(h.kind, HeadingKind::Provision | HeadingKind::Inquiry))
        .map(|h| (h.kind, h.span.clone()))
        .collect();
    // `None`: the part is not stated (no heading for it; the spans are the headings' own, so
    // they slice `text` on character boundaries).
    let part_of = |kind: HeadingKind| -> Option<BasisPart> {
        let pos = heads.iter().position(|(k, _)| *k == kind)?;
        let (_, span) = heads.get(pos)?;
        let start = span.end;
        let end = heads
            .iter()
            .skip(pos + 1)
            .find(|(k, _)| *k != kind)
            .map_or(text.len(), |(_, s)| s.start);
        let raw = text.get(start..end)?;
        let content = raw.trim_matches(|c: char| c.is_whitespace());
        if content.is_empty() {
            return None;
        }
        let content_start = start + (raw.len() - raw.trim_start_matches(char::is_whitespace).len());
        let content_end = content_start + content.len();
        let cites = basis
            .citations_with_spans()
            .any(|(_, s)| s.start >= content_start && s.start < content_end);
        if !cites && says_none(content) {
            return Some(BasisPart::None {
                text: content.to_owned(),
            });
        }
        LegalBasis::after(text.get(..content_start)?, content.to_owned())
            .ok()
            .map(BasisPart::Basis)
    };
    (
        part_of(HeadingKind::Provision).unwrap_or(BasisPart::NotStated),
        part_of(HeadingKind::Inquiry).unwrap_or(BasisPart::NotStated),
    )
}

/// Whether a part's words (with no citation in them) say there is none.
fn says_none(content: &str) -> bool {
    let words =
        content.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '・' | ':' | '：'));
    NONE_WORDS.iter().any(|w| words.starts_with(w))
        || NOT_DONE_WORDS.iter().any(|w| words.contains(w))
}

impl fmt::Display for LinkageBasis {
    /// The whole text.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for LinkageBasis {
    type Err = LegalBasisError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LinkageBasis::parse(s)
    }
}

/// A part as JSON holds it: `{"none": "…"}` or `{"basis": "…"}`; read as owned text, written
/// from the borrowed text of a [`BasisPart`] ([`BasisPart::raw`]).
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
enum RawPart<T = String> {
    None(T),
    Basis(T),
}

impl<T> RawPart<T> {
    fn text(&self) -> &T {
        match self {
            RawPart::None(t) | RawPart::Basis(t) => t,
        }
    }
}

/// The JSON object of version 2, as read and as written (a part not stated is `null`).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLinkage<T = String> {
    text: T,
    #[serde(default)]
    provision: Option<RawPart<T>>,
    #[serde(default)]
    inquiry: Option<RawPart<T>>,
}

impl Serialize for LinkageBasis {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let (provision, inquiry) = (self.provision.raw(), self.inquiry.raw());
        RawLinkage {
            text: self.as_str(),
            provision,
            inquiry,
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for LinkageBasis {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = LinkageBasis;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "情報連携の法令上の根拠: {\"text\": …, \"provision\": …, \"inquiry\": …} 又は文字列",
                )
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<LinkageBasis, E> {
                LinkageBasis::parse(v).map_err(E::custom)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<LinkageBasis, A::Error> {
                let raw: RawLinkage =
                    Deserialize::deserialize(de::value::MapAccessDeserializer::new(map))?;
                if raw.text.trim().is_empty() {
                    return Err(de::Error::custom(LegalBasisError::Empty));
                }
                LinkageBasis::from_texts(raw.text, raw.provision, raw.inquiry)
                    .map_err(de::Error::custom)
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_part_headings_inside_a_line_part_the_text() {
        // Reads: the headings with their number inside the lines of a PDF's text, one wrapped.
        let b = LinkageBasis::parse(
            "番号法第19条第8号 （1）情報提供の根拠 番号法第19条\n第8号、別表第二の26の項 （2）情報照\n会の根拠 番号法第19条第8号、別表第二の2、3の項",
        )
        .unwrap();
        let provision = b.provision().text().unwrap_or_default();
        assert_eq!(provision, "番号法第19条\n第8号、別表第二の26の項");
        let inquiry = b.inquiry().text().unwrap_or_default();
        assert_eq!(inquiry, "番号法第19条第8号、別表第二の2、3の項");
        // A line that ends in the next part's heading is the part before's, not a heading.
        let b = LinkageBasis::parse(
            "番号法第19条第8号 （1）情報提供の根拠 番号法第19条\n第8号、別表第二の26の項 （2）情報照会の根拠\n別表第二の2の項",
        )
        .unwrap();
        let provision = b.provision().text().unwrap_or_default();
        assert_eq!(provision, "番号法第19条\n第8号、別表第二の26の項");
        assert_eq!(b.inquiry().text(), Some("別表第二の2の項"));
        // Refuses: the heading's words going on, and the words without their number.
        for text in [
            "番号法第19条第8号 （1）情報提供の根拠となる規定 別表第二の26の項",
            "番号法第19条第8号 情報提供の根拠 別表第二の26の項 情報照会の根拠 別表第二の2の項",
        ] {
            let b = LinkageBasis::parse(text).unwrap();
            assert!(!b.has_parts(), "{text}: {b:?}");
        }
    }

    #[test]
    fn occurrences_count_overlapping_places() {
        assert_eq!(occurrences("第1項", "第2項"), Occurrences::None);
        assert_eq!(occurrences("（1）第1項", "第1項"), Occurrences::Once(7));
        assert_eq!(occurrences("第1項 第1項", "第1項"), Occurrences::Many);
        assert_eq!(occurrences("あああ", "ああ"), Occurrences::Many);
        assert_eq!(occurrences("ああ", "ああ"), Occurrences::Once(0));
    }

    /// Every place, the slow and obvious way.
    fn naive(hay: &str, needle: &str) -> Occurrences {
        let places: Vec<usize> = hay
            .char_indices()
            .map(|(i, _)| i)
            .filter(|&i| hay[i..].starts_with(needle))
            .collect();
        match places[..] {
            [] => Occurrences::None,
            [one] => Occurrences::Once(one),
            _ => Occurrences::Many,
        }
    }

    #[test]
    fn occurrences_agree_with_every_place_checked_in_turn() {
        let long = "番号法第19条第8号に基づく主務省令第2条の表の項番";
        let dots = "・".repeat(20);
        let cases = [
            (format!("{long}と{long}"), long.to_owned()),
            (format!("前{long}後"), long.to_owned()),
            (format!("{dots}1"), format!("{}1", "・".repeat(12))),
            (format!("{dots}1"), format!("{}2", "・".repeat(12))),
            (format!("{dots}1{dots}1"), format!("{}1", "・".repeat(12))),
            (dots.clone(), "・".repeat(19)),
            (dots.clone(), dots.clone()),
            ("a".repeat(40), format!("{}b", "a".repeat(20))),
            (
                format!("{}b", "a".repeat(40)),
                format!("{}b", "a".repeat(20)),
            ),
            (format!("{long}{long}"), format!("{long}{long}")),
        ];
        for (hay, needle) in &cases {
            assert_eq!(
                occurrences(hay, needle),
                naive(hay, needle),
                "{hay:?} / {needle:?}"
            );
            assert_eq!(occurrences_of_whole(hay, needle), naive(hay, needle));
        }
    }

    fn round_trip(b: &LinkageBasis) {
        let json = serde_json::to_string(b).unwrap();
        let back: LinkageBasis =
            serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
        assert_eq!(&back, b, "{json}");
        assert_eq!(
            back.provision().basis().map(LegalBasis::canonical),
            b.provision().basis().map(LegalBasis::canonical)
        );
        assert_eq!(
            back.inquiry().basis().map(LegalBasis::canonical),
            b.inquiry().basis().map(LegalBasis::canonical)
        );
    }

    #[test]
    fn matsudo_two_parts_with_none() {
        let text = "（1）情報提供の根拠\n　なし（情報提供は行わない。）\n(2) 情報照会の根拠\n ①番号法第19条第7号、別表第二第一欄が「市町村長」であって第二欄に「高齢者の医療の確保に関\nする法律」を含む項のうち本事務に該当するもの（82の項)\n ②行政手続における特定の個人を識別するための番号の利用等に関する法律別表第二の主務省令\nで定める事務及び情報を定める命令（平成26年12月12日内閣府・総務省令第７号）\n　①に係る事項については未制定";
        let b = LinkageBasis::parse(text).unwrap();
        assert_eq!(b.as_str(), text);
        assert!(b.provision().says_none());
        let inquiry = b.inquiry().basis().unwrap();
        assert!(inquiry.as_str().starts_with("①番号法第19条第7号"));
        assert_eq!(
            inquiry.canonical(),
            [
                "番号法第19条第7号",
                "番号法別表第二",
                "番号法別表第二第82項",
                "番号法別表第二の主務省令（未制定）"
            ]
        );
        assert!(inquiry.unparsed().is_empty(), "{:?}", inquiry.unparsed());
        round_trip(&b);
        let json = serde_json::to_value(&b).unwrap();
        assert_eq!(
            json["provision"],
            serde_json::json!({"none": "なし（情報提供は行わない。）"})
        );
    }

    #[test]
    fn a_text_without_parts_is_one_basis() {
        let b =
            LinkageBasis::parse("番号利用法第19条第8号に基づく主務省令第2条の表の69の項").unwrap();
        assert!(!b.has_parts());
        round_trip(&b);
        let json = serde_json::to_string(&b).unwrap();
        assert!(json.contains("\"provision\":null"), "{json}");
    }

    #[test]
    fn the_old_string_shape_is_split_on_loading() {
        let b: LinkageBasis = serde_json::from_str(
            "\"（1）情報提供の根拠\\nなし\\n（2）情報照会の根拠\\n番号法第19条第8号\"",
        )
        .unwrap();
        assert!(b.provision().says_none());
        assert_eq!(b.inquiry().text(), Some("番号法第19条第8号"));
    }

    #[test]
    fn parts_must_be_found_in_the_text() {
        let err = serde_json::from_str::<LinkageBasis>(
            r#"{"text": "番号法第19条第8号", "inquiry": {"basis": "住民基本台帳法第7条"}}"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("inquiry"), "{err}");
        let err = serde_json::from_str::<LinkageBasis>(
            r#"{"text": "番号法第19条第8号", "inquiry": {"none": " "}}"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("空"), "{err}");
        assert!(serde_json::from_str::<LinkageBasis>(r#"{"text": "　"}"#).is_err());
        assert!(serde_json::from_str::<LinkageBasis>(r#""""#).is_err());
        assert!(serde_json::from_str::<LinkageBasis>(r#"{"text": "a", "other": 1}"#).is_err());
    }

    #[test]
    fn explicit_parts_are_read_in_context() {
        let text = "①番号利用法第19条第8号\n②同法主務省令（「法第19条第8号に基づく利用特定個人情報の提供に関する命令」）\n２　情報提供の根拠詳細（同法主務省令第2条の表の項番、同法主務省令の条）\n2項　第4条";
        let json = serde_json::json!({"text": text, "provision": {"basis": "2項　第4条"}, "inquiry": null});
        let b: LinkageBasis = serde_json::from_value(json).unwrap();
        assert_eq!(
            b.provision().basis().unwrap().canonical(),
            [
                "番号法第19条第8号に基づく主務省令第2条の表第2項",
                "番号法第19条第8号に基づく主務省令第4条"
            ]
        );
        assert_eq!(b, LinkageBasis::parse(text).unwrap());
    }

    #[test]
    fn a_part_is_found_after_its_heading_when_its_words_stand_earlier_too() {
        // 「2項　第4条」 stands first at the top, where no table is named yet, then under its
        // heading, where it is a row of 第2条の表: loading finds the one under the heading.
        let text = "2項　第4条\n①番号利用法第19条第8号\n②同法主務省令（「法第19条第8号に基づく利用特定個人情報の提供に関する命令」）\n２　情報提供の根拠詳細（同法主務省令第2条の表の項番、同法主務省令の条）\n2項　第4条";
        let b = LinkageBasis::parse(text).unwrap();
        let rows = |b: &LinkageBasis| b.provision().basis().map(LegalBasis::canonical);
        assert_eq!(
            rows(&b),
            Some(vec![
                "番号法第19条第8号に基づく主務省令第2条の表第2項".to_owned(),
                "番号法第19条第8号に基づく主務省令第4条".to_owned()
            ])
        );
        let back: LinkageBasis = serde_json::from_str(&serde_json::to_string(&b).unwrap()).unwrap();
        assert_eq!(rows(&back), rows(&b));
    }

    #[test]
    fn a_part_that_says_it_is_not_done() {
        let b =
            LinkageBasis::parse("(1) 情報提供の根拠\n情報提供は行わない。\n(2) 情報照会の根拠\n－")
                .unwrap();
        assert!(b.provision().says_none() && b.inquiry().says_none());
        // A part with a citation is a basis whatever its words.
        let b = LinkageBasis::parse(
            "(1) 情報提供の根拠\nなお番号法第19条第8号による\n(2) 情報照会の根拠\nなし",
        )
        .unwrap();
        assert!(b.provision().basis().is_some());
    }
}
