//! What surrounds every page: skip link, header with navigation and language switch,
//! notices, footer.

use super::components;
use super::i18n::Key;
use super::route::Route;
use super::state::use_app;
use crate::ui::state::{tr, view_of};
use leptos::prelude::*;

#[component]
pub fn Shell(pages: fn(Route) -> AnyView) -> impl IntoView {
    let app = use_app();
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            components::focus_main();
        }>{tr(Key::SkipToContent)}</a>
        <header class="site-header">
            <a class="brand" href=Route::Home.href()>
                <span class="brand-mark" aria-hidden="true">"◉"</span>
                {tr(Key::AppName)}
            </a>
            <Navigation/>
            <div class="switches">
                <super::theme::ThemeSwitch/>
                <LanguageSwitch/>
            </div>
        </header>
        <Show when=move || !app.preferences_kept.get()>
            <p class="notice" role="status">{tr(Key::StorageUnavailable)}</p>
        </Show>
        <super::backup::StorageNotices/>
        <main id="main" tabindex="-1">
            {view_of(move || pages(app.route.get()))}
        </main>
        <footer class="site-footer">
            <p>{tr(Key::FooterText)}</p>
        </footer>
    }
}

#[component]
fn Navigation() -> impl IntoView {
    let app = use_app();
    let links = [
        (Route::Home, Key::NavHome),
        (Route::Study { sentence: None }, Key::NavStudy),
        (Route::Quiz, Key::NavQuiz),
        (Route::Progress, Key::NavProgress),
        (Route::Article { sentence: None }, Key::NavArticle),
        (Route::Decks, Key::NavDecks),
    ];
    view! {
        <nav class="site-nav" aria-label=tr(Key::MainNavigation)>
            <ul>
                {links
                    .into_iter()
                    .map(|(route, key)| {
                        let current = move || {
                            route.is_section_of(app.route.get()).then_some("page")
                        };
                        view! {
                            <li>
                                <a href=route.href() aria-current=current>
                                    {tr(key)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
fn LanguageSwitch() -> impl IntoView {
    let app = use_app();
    view! {
        <button
            type="button"
            class="lang-switch"
            lang=move || app.lang.get().other().code()
            aria-label=tr(Key::SwitchToOtherLabel)
            on:click=move |_| app.set_lang(app.lang.get_untracked().other())
        >
            {tr(Key::SwitchToOther)}
        </button>
    }
}
