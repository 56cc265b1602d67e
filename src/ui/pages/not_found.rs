use crate::ui::components::HEADING_ID;
use crate::ui::i18n::Key;
use crate::ui::route::Route;
use crate::ui::state::tr;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <section class="page">
            <h1 id=HEADING_ID tabindex="-1">{tr(Key::NotFoundTitle)}</h1>
            <p>{tr(Key::NotFoundText)}</p>
            <p><a href=Route::Home.href()>{tr(Key::BackHome)}</a></p>
        </section>
    }
}
