//! The few browser facilities the pages need: the clock, the local day, a tab tag, downloads.

use leptos::prelude::*;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// The learner's local day around `now`: (midnight, next midnight), in ms.
pub fn local_day(now: i64) -> (i64, i64) {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(now as f64));
    date.set_hours(0);
    date.set_minutes(0);
    date.set_seconds(0);
    date.set_milliseconds(0);
    let start = date.get_time() as i64;
    date.set_date(date.get_date() + 1);
    (start, date.get_time() as i64)
}

/// A random tag for this tab, so that its reviews never share an id with another tab's.
pub fn tab_tag() -> &'static str {
    static TAG: OnceLock<String> = OnceLock::new();
    TAG.get_or_init(|| {
        const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
        (0..6)
            .map(|_| char::from(DIGITS[(js_sys::Math::random() * 36.0) as usize % 36]))
            .collect()
    })
}

/// Offers `text` as a file download.
pub fn download(filename: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let anchor = document()
        .create_element("a")
        .map_err(|e| format!("{e:?}"))?
        .dyn_into::<web_sys::HtmlAnchorElement>()
        .map_err(|_| "no anchor".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Asks the browser to keep this site's storage (some delete it after 7 days without a visit).
pub fn request_persistent_storage() {
    let storage = window().navigator().storage();
    if let Ok(promise) = storage.persist() {
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// Today's date as `YYYY-MM-DD` (local), for file names.
pub fn today_stamp() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Performance marks for the benchmarks (scripts/bench.sh reads them): `start` now, and the
/// measure `name` from it to when the next frame has been painted.
pub fn measure_to_next_paint(start: &'static str, name: &'static str) {
    let Some(performance) = window().performance() else {
        return;
    };
    if performance.mark(start).is_err() {
        return;
    }
    // A task queued from an animation frame runs once that frame is painted.
    request_animation_frame(move || {
        set_timeout(
            move || {
                let _ = performance.measure_with_start_mark(name, start);
                performance.clear_marks_with_mark_name(start);
            },
            std::time::Duration::ZERO,
        );
    });
}
