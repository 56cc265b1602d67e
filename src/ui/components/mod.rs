//! View pieces that several pages show. Pages import these, never each other.

mod answer_input;
mod export_panel;
mod filter_select;
mod qr;
mod quiz_history;
mod source;
mod today;

pub use answer_input::answer_input;
pub use export_panel::ExportPanel;
pub use filter_select::FilterSelect;
pub use qr::{quiz_link, QrImage};
pub use quiz_history::History;
pub use source::source;
pub use today::{next_card_in, queue_at, study_cards, QueueCounts};

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The id of every page's `<h1>`, which receives focus after a navigation.
pub const HEADING_ID: &str = "page-heading";

/// The id of a sentence of the article, the target of every "source" link.
pub fn sentence_anchor(sentence: usize) -> String {
    format!("s-{sentence}")
}

/// Focuses the current page's heading (the skip link's target).
pub fn focus_main() {
    focus_by_id(HEADING_ID);
}

/// Focuses the element with this id, if there is one.
pub fn focus_by_id(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}
