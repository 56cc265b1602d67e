//! Tests in a real browser (headless Chromium through wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use vigie::LocalStore;
use vigie_session::{keys, KeyValueStore};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn local_store_round_trips_through_real_local_storage() {
    let store = LocalStore;
    store.set("vigie.test", "é ✓ «\u{a0}»").expect("set");
    assert_eq!(store.get("vigie.test"), Ok(Some("é ✓ «\u{a0}»".into())));
    let raw = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("vigie.test")
        .unwrap();
    assert_eq!(raw.as_deref(), Some("é ✓ «\u{a0}»"));
    store.remove("vigie.test").expect("remove");
    assert_eq!(store.get("vigie.test"), Ok(None));
}

#[wasm_bindgen_test]
fn local_store_reports_a_full_quota_as_such() {
    let store = LocalStore;
    let big = "x".repeat(6 * 1024 * 1024);
    let result = store.set("vigie.test.big", &big);
    let _ = store.remove("vigie.test.big");
    assert_eq!(result, Err(vigie_session::StorageError::QuotaExceeded));
}

#[wasm_bindgen_test]
async fn app_mounts_and_switches_language_and_remembers_it() {
    use wasm_bindgen::JsCast;
    let _ = LocalStore.remove(keys::LANG);
    let document = web_sys::window().unwrap().document().unwrap();
    leptos::mount::mount_to_body(vigie::ui::App);
    let button = document
        .query_selector("button.lang-switch")
        .unwrap()
        .expect("language switch present")
        .dyn_into::<web_sys::HtmlElement>()
        .unwrap();
    tick().await;
    let before = document.document_element().unwrap().get_attribute("lang");
    button.click();
    tick().await;
    let after = document.document_element().unwrap().get_attribute("lang");
    assert_ne!(before, after, "the document language changes");
    assert_eq!(LocalStore.get(keys::LANG), Ok(after));
    let _ = LocalStore.remove(keys::LANG);
}

/// Lets Leptos run its scheduled effects.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The same figures as the native test `seeded::tests::draws_are_pinned`: a quiz code
/// must give the same quiz in the browser as natively.
#[wasm_bindgen_test]
fn seeded_streams_match_the_native_figures() {
    use vigie_core::seeded::Stream;
    let mut s = Stream::new(7, "pinned");
    let draws: Vec<usize> = (0..6).map(|_| s.below(10)).collect();
    let mut items = [1, 2, 3, 4, 5, 6];
    s.shuffle(&mut items);
    assert_eq!(draws, [6, 0, 0, 6, 3, 1]);
    assert_eq!(items, [2, 1, 3, 5, 4, 6]);
}
