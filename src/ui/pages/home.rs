use crate::ui::components::HEADING_ID;
use crate::ui::i18n::Key;
use crate::ui::route::Route;
use crate::ui::state::use_app;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    let t = move |key| move || app.t(key);
    view! {
        <section class="page home">
            <p class="eyebrow">{t(Key::Tagline)}</p>
            <h1 id=HEADING_ID tabindex="-1">{t(Key::HomeTitle)}</h1>
            <p class="lead">{t(Key::HomeIntro)}</p>
            <p>{t(Key::HomeArticleLead)}</p>
            <p class="actions">
                <a class="button" href=Route::Article { sentence: None }.href()>{t(Key::HomeStartReading)}</a>
            </p>
            <h2>{t(Key::HomeForWhom)}</h2>
            <ul class="audiences">
                <li>{t(Key::HomeStudents)}</li>
                <li>{t(Key::HomeTeachers)}</li>
                <li>{t(Key::HomeSelfLearners)}</li>
            </ul>
            <p class="privacy">{t(Key::HomePrivacy)}</p>
        </section>
    }
}
