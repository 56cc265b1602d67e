//! "Scan a code" on the class report: the teacher's camera, or a photo, reads the result
//! codes the students' screens show. The pixels go to [`vigie_core::quiz::read_qr_codes`]
//! (pure Rust, so it works in every browser, `BarcodeDetector` or not); typing the codes
//! always works beside it.

use crate::ui::i18n::{messages, ClassKey};
use crate::ui::state::{tr, use_app};
use leptos::prelude::*;
use std::time::Duration;
use vigie_core::lang::Lang;
use vigie_core::quiz::{luma_of_rgba, read_qr_codes};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How often a camera frame is read.
const FRAME_EVERY: Duration = Duration::from_millis(250);
/// Frames are read at most this wide: enough for a phone's screen held up to the camera.
const FRAME_WIDTH: u32 = 800;
/// Photos are read at most this wide or high.
const PHOTO_SIZE: u32 = 1600;

/// What became of a text read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scanned {
    Added,
    /// Listed already: said, not added twice.
    Already,
    /// Not a result code (a quiz link, another QR code): said, not added.
    NotACode,
}

/// What the scanner last did, said in the status line.
#[derive(Clone, Debug, PartialEq)]
enum Said {
    Looking,
    Added(String),
    Already(String),
    NotACode(String),
    NothingInPhoto,
    Denied,
    NoCamera,
    Failed,
}

impl Said {
    fn text(&self, lang: Lang) -> String {
        match self {
            Said::Looking => ClassKey::ScanLooking.text(lang).to_string(),
            Said::Added(code) => messages::scan_added(lang, code),
            Said::Already(code) => messages::scan_already(lang, code),
            Said::NotACode(text) => messages::scan_not_a_code(lang, text),
            Said::NothingInPhoto => ClassKey::ScanNothingInPhoto.text(lang).to_string(),
            Said::Denied => ClassKey::ScanDenied.text(lang).to_string(),
            Said::NoCamera => ClassKey::ScanNoCamera.text(lang).to_string(),
            Said::Failed => ClassKey::ScanFailed.text(lang).to_string(),
        }
    }

    /// Why the camera did not start, from the browser's error name.
    fn of_camera_error(error: &JsValue) -> Said {
        let name = error
            .dyn_ref::<web_sys::DomException>()
            .map(web_sys::DomException::name)
            .unwrap_or_default();
        match name.as_str() {
            "NotAllowedError" | "SecurityError" => Said::Denied,
            "NotFoundError" | "OverconstrainedError" | "NotReadableError" => Said::NoCamera,
            _ => Said::Failed,
        }
    }
}

/// The camera and photo scanner. `on_text` takes each text read and says what became of it.
#[component]
pub fn Scanner(on_text: Callback<String, Scanned>) -> impl IntoView {
    let app = use_app();
    let video = NodeRef::<leptos::html::Video>::new();
    let stream = StoredValue::new_local(None::<web_sys::MediaStream>);
    let timer = StoredValue::new(None::<IntervalHandle>);
    let said = RwSignal::new(None::<Said>);
    let active = RwSignal::new(false);
    // Asking for the camera: the button waits, so that one click gives one camera.
    let starting = RwSignal::new(false);

    // The code the camera read last: while it stays in view it is not said again.
    let in_view = StoredValue::new(None::<String>);
    let take = move |texts: Vec<String>, camera: bool| {
        for text in texts {
            let text = text.trim().to_string();
            if camera && in_view.with_value(|v| v.as_deref() == Some(text.as_str())) {
                continue;
            }
            if camera {
                in_view.set_value(Some(text.clone()));
            }
            said.set(Some(match on_text.run(text.clone()) {
                Scanned::Added => Said::Added(text),
                Scanned::Already => Said::Already(text),
                Scanned::NotACode => Said::NotACode(text),
            }));
        }
    };
    let stop = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if let Some(stream) = stream.try_update_value(Option::take).flatten() {
            for track in stream.get_tracks().iter() {
                if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
                    track.stop();
                }
            }
        }
        active.set(false);
    };
    on_cleanup(stop);

    let read_frame = move || {
        if stream.try_with_value(Option::is_some) != Some(true) {
            return;
        }
        let Some(video) = video.try_get_untracked().flatten() else {
            return;
        };
        let (width, height) = (video.video_width(), video.video_height());
        if width == 0 || height == 0 {
            return;
        }
        let scale = f64::from(FRAME_WIDTH.min(width)) / f64::from(width);
        let (w, h) = scaled(width, height, scale);
        let pixels = canvas_pixels(w, h, |ctx| {
            ctx.draw_image_with_html_video_element_and_dw_and_dh(
                &video,
                0.0,
                0.0,
                f64::from(w),
                f64::from(h),
            )
        });
        if let Some(luma) = pixels {
            take(read_qr_codes(w as usize, h as usize, &luma), true);
        }
    };

    let start = move || {
        if starting.get_untracked() || active.get_untracked() {
            return;
        }
        let devices = window().navigator().media_devices().ok();
        let Some(devices) = devices else {
            // No camera API here (an insecure page, an old browser).
            said.set(Some(Said::NoCamera));
            return;
        };
        let constraints = web_sys::MediaStreamConstraints::new();
        let video_wanted = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&video_wanted, &"facingMode".into(), &"environment".into());
        constraints.set_video(&video_wanted);
        let promise = match devices.get_user_media_with_constraints(&constraints) {
            Ok(promise) => promise,
            Err(error) => {
                said.set(Some(Said::of_camera_error(&error)));
                return;
            }
        };
        starting.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            let answer = JsFuture::from(promise).await;
            // The page was left while the browser asked: nothing to show the camera in.
            if starting.try_set(false).is_some() {
                return stop_tracks(answer.ok());
            }
            let media = match answer {
                Ok(media) => media.unchecked_into::<web_sys::MediaStream>(),
                Err(error) => {
                    said.set(Some(Said::of_camera_error(&error)));
                    return;
                }
            };
            active.set(true);
            // The <video> is in the page once `active` is set.
            request_animation_frame(move || {
                let Some(Some(element)) = video.try_get_untracked() else {
                    return stop_tracks(Some(media.into()));
                };
                element.set_src_object(Some(&media));
                let _ = element.play();
                stream.set_value(Some(media));
                said.set(Some(Said::Looking));
                if let Ok(handle) = set_interval_with_handle(read_frame, FRAME_EVERY) {
                    timer.set_value(Some(handle));
                }
            });
        });
    };

    let on_photo = move |ev: leptos::ev::Event| {
        let Some(file) = crate::ui::browser::chosen_file(&ev) else {
            return;
        };
        let Ok(promise) = window().create_image_bitmap_with_blob(&file) else {
            said.set(Some(Said::NothingInPhoto));
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(bitmap) = JsFuture::from(promise).await else {
                said.set(Some(Said::NothingInPhoto));
                return;
            };
            let bitmap = bitmap.unchecked_into::<web_sys::ImageBitmap>();
            let (width, height) = (bitmap.width(), bitmap.height());
            let scale = (f64::from(PHOTO_SIZE) / f64::from(width.max(height).max(1))).min(1.0);
            let (w, h) = scaled(width, height, scale);
            let pixels = canvas_pixels(w, h, |ctx| {
                ctx.draw_image_with_image_bitmap_and_dw_and_dh(
                    &bitmap,
                    0.0,
                    0.0,
                    f64::from(w),
                    f64::from(h),
                )
            });
            let texts = pixels.map_or_else(Vec::new, |luma| {
                read_qr_codes(w as usize, h as usize, &luma)
            });
            if texts.is_empty() {
                said.set(Some(Said::NothingInPhoto));
            } else {
                take(texts, false);
            }
        });
    };

    view! {
        <div class="scanner no-print">
            <p class="actions">
                // One button, its words and action following the camera: the focus stays on it.
                <button type="button" class="button" disabled=move || starting.get()
                    on:click=move |_| if active.get_untracked() { stop() } else { start() }>
                    {move || if active.get() { tr(ClassKey::ScanStop)() } else { tr(ClassKey::ScanStart)() }}
                </button>
                " "
                <label for="scan-photo">{tr(ClassKey::ScanPhoto)}</label>" "
                <input id="scan-photo" type="file" accept="image/*" on:change=on_photo/>
            </p>
            <Show when=move || active.get()>
                <video node_ref=video class="scanner-video" muted=true playsinline=true
                    aria-label=move || tr(ClassKey::ScanCamera)()></video>
            </Show>
            <p class="scan-status" role="status">{move || said.get().map(|s| s.text(app.lang.get()))}</p>
        </div>
    }
}

/// Stops the camera tracks of a stream nobody shows.
fn stop_tracks(media: Option<JsValue>) {
    let Some(media) = media.and_then(|m| m.dyn_into::<web_sys::MediaStream>().ok()) else {
        return;
    };
    for track in media.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// `width` × `height` scaled, at least one pixel each way.
fn scaled(width: u32, height: u32, scale: f64) -> (u32, u32) {
    let size = |n: u32| ((f64::from(n) * scale).round() as u32).max(1);
    (size(width), size(height))
}

/// The greyscale pixels of what `draw` paints on a `width` × `height` canvas.
fn canvas_pixels(
    width: u32,
    height: u32,
    draw: impl FnOnce(&web_sys::CanvasRenderingContext2d) -> Result<(), JsValue>,
) -> Option<Vec<u8>> {
    let canvas = document()
        .create_element("canvas")
        .ok()?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?;
    canvas.set_width(width);
    canvas.set_height(height);
    let ctx = canvas
        .get_context("2d")
        .ok()??
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .ok()?;
    draw(&ctx).ok()?;
    let data = ctx
        .get_image_data(0.0, 0.0, f64::from(width), f64::from(height))
        .ok()?;
    Some(luma_of_rgba(&data.data()))
}
