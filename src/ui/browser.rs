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
    offer(filename, &blob)
}

/// Saves `blob` under `filename` through a temporary link.
fn offer(filename: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(|e| format!("{e:?}"))?;
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

/// Offers `bytes` as a file download (a spreadsheet, say).
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|e| format!("{e:?}"))?;
    offer(filename, &blob)
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

/// Runs `f` (a response to the learner) inside performance measures that scripts/bench.sh
/// reads: `{name}:work` until the page is updated (`f` and the reactive effects it set off),
/// and `name` until the next frame has been painted.
pub fn measure_to_next_paint<T>(name: &'static str, f: impl FnOnce() -> T) -> T {
    static COUNT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let performance = window().performance();
    // One start mark per call: a measure still waiting for its frame keeps its own.
    let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let start = format!("{name}:{n}");
    let marked = performance.as_ref().is_some_and(|p| p.mark(&start).is_ok());
    let Some(performance) = performance.filter(|_| marked) else {
        return f();
    };
    // A task queued from an animation frame runs once that frame is painted. Requested
    // before `f`, so that it comes before any frame work `f` asks for (such as a save).
    let (p, s) = (performance.clone(), start.clone());
    request_animation_frame(move || {
        set_timeout(
            move || {
                let _ = p.measure_with_start_mark(name, &s);
                p.clear_marks_with_mark_name(&s);
            },
            std::time::Duration::ZERO,
        );
    });
    let value = f();
    // Effects run as microtasks queued during `f`; this one runs after them.
    queue_microtask(move || {
        let _ = performance.measure_with_start_mark(&format!("{name}:work"), &start);
    });
    value
}

/// Runs `f` inside a performance measure named `name` (read by scripts/bench.sh).
pub fn measured<T>(name: &'static str, f: impl FnOnce() -> T) -> T {
    let performance = window().performance();
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let value = f();
    if let Some(p) = performance {
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
    value
}

/// Reports a panic on the browser's console, with its message and where it happened (the
/// browser has no standard error to print to). Without `console_error_panic_hook`, which
/// formats the whole report and the JavaScript stack: 1.1 kB gzip less in the first load.
pub fn log_panics() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.payload_as_str().unwrap_or("panic");
        let (file, line) = info.location().map_or(("", 0), |l| (l.file(), l.line()));
        web_sys::console::error_3(&message.into(), &file.into(), &line.into());
    }));
}

/// Tells the page the app is on screen: index.html then registers the service worker, whose
/// first install (fetching every file of the build) would otherwise compete with the start.
pub fn announce_ready() {
    if let Ok(event) = web_sys::Event::new("vigie-ready") {
        let _ = window().dispatch_event(&event);
    }
}

/// The file chosen in the `<input type="file">` that fired `ev`; the input is emptied, so that
/// choosing the same file again fires again.
pub fn chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}
