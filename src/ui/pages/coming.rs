use crate::ui::i18n::Key;
use crate::ui::pages::HEADING_ID;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// A page that is not built yet says so plainly, and what it will do.
#[component]
pub fn ComingPage(title: Key, text: Key) -> impl IntoView {
    let app = use_app();
    view! {
        <section class="page">
            <h1 id=HEADING_ID tabindex="-1">{move || app.t(title)}</h1>
            <p class="badge">{move || app.t(Key::NotBuiltYet)}</p>
            <p>{move || app.t(text)}</p>
        </section>
    }
}
