//! The form's box lists in the order the form prints them.

use std::sync::LazyLock;

use super::ItemId;
use super::choices::Medium;

/// The boxes of a 方法 checkbox list (入手方法, 委託先への提供方法, 提供方法, 移転方法) in the order
/// the form prints them: each list has its own order and its own boxes; `None` for an item that is
/// no such list.
///
/// ```
/// use mynumber_pia::form::medium_boxes;
/// use mynumber_pia::report::ItemId;
///
/// let boxes = medium_boxes(ItemId::ProvisionMethods).unwrap();
/// assert_eq!(boxes.first(), Some(&"情報提供ネットワークシステム"));
/// assert_eq!(medium_boxes(ItemId::CoverTitle), None);
/// ```
#[must_use]
pub fn medium_boxes(id: ItemId) -> Option<&'static [&'static str]> {
    const LISTS: [(ItemId, &[Medium]); 4] = [
        (ItemId::FileAcquisitionMethods, Medium::ACQUISITION),
        (ItemId::EntrustmentHandoverMethods, Medium::ENTRUSTMENT),
        (ItemId::ProvisionMethods, Medium::PROVISION),
        (ItemId::TransferMethods, Medium::TRANSFER),
    ];
    static LABELS: LazyLock<Vec<(ItemId, Vec<&'static str>)>> = LazyLock::new(|| {
        let labels = |boxes: &[Medium]| boxes.iter().map(|m| m.label()).collect();
        LISTS
            .iter()
            .map(|&(id, boxes)| (id, labels(boxes)))
            .collect()
    });
    LABELS
        .iter()
        .find(|(list, _)| *list == id)
        .map(|(_, labels)| labels.as_slice())
}
