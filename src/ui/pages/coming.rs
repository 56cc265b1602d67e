use crate::ui::i18n::tr;
use crate::ui::i18n::Key;
use crate::ui::pages::HEADING_ID;
use leptos::prelude::*;

/// A page that is not built yet says so plainly, and what it will do.
#[component]
pub fn ComingPage(
    title: Key,
    text: Key,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <section class="page">
            <h1 id=HEADING_ID tabindex="-1">{tr(title)}</h1>
            <p class="badge">{tr(Key::NotBuiltYet)}</p>
            <p>{tr(text)}</p>
            {children.map(|c| c())}
        </section>
    }
}
