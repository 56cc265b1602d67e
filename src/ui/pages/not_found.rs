use crate::ui::i18n::Key;
use crate::ui::pages::HEADING_ID;
use crate::ui::route::Route;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let app = use_app();
    view! {
        <section class="page">
            <h1 id=HEADING_ID tabindex="-1">{move || app.t(Key::NotFoundTitle)}</h1>
            <p>{move || app.t(Key::NotFoundText)}</p>
            <p><a href=Route::Home.href()>{move || app.t(Key::BackHome)}</a></p>
        </section>
    }
}
