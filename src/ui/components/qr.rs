//! A quiz's link, and its QR code drawn as SVG (students join by scanning it).

use crate::ui::route::{QuizMode, Route};
use leptos::prelude::*;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use vigie_core::lang::Lang;
use vigie_core::quiz::CodeNumber;

/// The full address of a quiz, naming the current deck (`?deck=`, its title in `lang`, and
/// `&from=`, its article's author, outlet and date), so that a device without that deck can
/// say which one to add.
pub fn quiz_link(code: &str, lang: Lang) -> String {
    let (deck_title, source) = crate::ui::decks::full_deck()
        .map(|d| {
            (
                d.title.get(lang).to_string(),
                crate::ui::decks::source_line(d, lang),
            )
        })
        .unwrap_or_default();
    let location = window().location();
    let route = Route::QuizTake {
        code: CodeNumber::parse(code),
        mode: QuizMode::Play,
    };
    // The quiz bundle's page, beside this one.
    let path = location.pathname().unwrap_or_default();
    let dir = path.rsplit_once('/').map_or("", |(dir, _)| dir);
    let (page, hash) = (format!("{dir}/{}", route.bundle().file()), route.hash());
    format!(
        "{}{page}{hash}?deck={}&from={}",
        location.origin().unwrap_or_default(),
        String::from(js_sys::encode_uri_component(&deck_title)),
        String::from(js_sys::encode_uri_component(&source))
    )
}

/// The SVG of `text` as a QR code (medium error correction: a projector's glare is
/// forgiven), without its XML prolog; `None` when the text is too long for a QR code.
fn svg_of(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let image = code
        .render::<svg::Color>()
        .min_dimensions(200, 200)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .quiet_zone(true)
        .build();
    image.find("<svg").map(|at| image[at..].to_string())
}

/// A QR code of `text`, named for screen readers by `label`. The SVG is made here from the
/// text's bytes (no text of it is markup), so it is set as HTML.
#[component]
pub fn QrImage(text: String, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let svg = svg_of(&text).unwrap_or_default();
    view! { <div class="qr" role="img" aria-label=move || label.get() inner_html=svg></div> }
}
