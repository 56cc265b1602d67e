//! The quiz builder: kinds, categories, topics, difficulty, count and timer; it gives a code
//! and a link, and opens the quiz, its projector view or its printable test.

use crate::ui::components::{History, HEADING_ID};
use crate::ui::i18n::Key;
use crate::ui::i18n::{kind_key, messages, ClassKey};
use crate::ui::route::{QuizMode, Route};
use crate::ui::state::tr;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use vigie_core::deck::{Category, Deck};
use vigie_core::generate::{category_name, Availability, ItemKind, Settings};
use vigie_core::quiz::CodeNumber;
use vigie_core::quiz::{QuizSpec, MAX_QUESTIONS, MAX_TIMER_SECONDS, MIN_QUESTIONS};

#[component]
pub fn QuizBuilderPage() -> impl IntoView {
    match crate::ui::decks::full_deck() {
        Ok(deck) => view! { <Builder deck/> }.into_any(),
        Err(_) => view! { <p role="alert">{tr(Key::DeckInvalid)}</p> }.into_any(),
    }
}

#[component]
fn Builder(deck: &'static Deck) -> impl IntoView {
    let app = use_app();
    let settings = RwSignal::new(Settings {
        count: Some(20),
        ..Settings::default()
    });
    let timer = RwSignal::new(0u32);
    let created = RwSignal::new(None::<String>);
    let typed_code = RwSignal::new(String::new());
    let code_error = RwSignal::new(None::<String>);
    // Every item written once; each change of settings then counts without writing.
    let availability = std::sync::Arc::new(Availability::new(deck, 0));
    let given: Vec<ItemKind> = ItemKind::ALL
        .into_iter()
        .filter(|&kind| availability.gives(kind))
        .collect();
    let available = Memo::new(move |_| {
        let s = settings.get();
        availability.count(&Settings { count: None, ..s })
    });
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let seed = (js_sys::Math::random() * f64::from(1u32 << 20)) as u32;
        let spec = QuizSpec::new(
            deck,
            seed,
            &settings.get_untracked(),
            Some(timer.get_untracked()),
        );
        created.set(Some(spec.encode()));
        request_animation_frame(|| crate::ui::components::focus_by_id("quiz-code-title"));
    };
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match CodeNumber::parse(&typed_code.get_untracked()) {
            Ok(n) => {
                let href = Route::QuizTake {
                    code: Ok(n),
                    mode: QuizMode::Play,
                }
                .href();
                let _ = window().location().set_hash(&href);
            }
            Err(e) => code_error.set(Some(super::code_error_text(e, app.lang.get_untracked()))),
        }
    };
    // A kind the deck gives none of (no fair matching set in the built-in article) is shown
    // unticked and disabled, saying so, rather than left to give an empty quiz.
    let kinds = ItemKind::ALL
        .iter()
        .map(|&kind| {
            let given = given.contains(&kind);
            let name = tr(kind_key(kind));
            let none = tr(ClassKey::QuizKindNone);
            toggle(
                format!("kind-{}", kind.name()),
                settings,
                move |s| &mut s.kinds,
                kind,
                move || match given {
                    true => name().to_string(),
                    false => format!("{} {}", name(), none()),
                },
                !given,
            )
        })
        .collect_view();
    let categories = Category::ALL
        .iter()
        .map(|&c| {
            let id = format!("category-{}", c.name());
            let name = category_name(c);
            check_box_text(app, id, name, settings, move |s| &mut s.categories, c)
        })
        .collect_view();
    let topics = deck
        .topics
        .iter()
        .map(|t| {
            check_box_text(
                app,
                format!("topic-{}", t.id),
                t.name.clone(),
                settings,
                move |s| &mut s.topics,
                t.id.clone(),
            )
        })
        .collect_view();
    let difficulties = [
        (1u8, ClassKey::Difficulty1),
        (2, ClassKey::Difficulty2),
        (3, ClassKey::Difficulty3),
    ]
    .into_iter()
    .map(|(d, key)| {
        check_box(
            format!("difficulty-{d}"),
            key,
            settings,
            move |s| &mut s.difficulties,
            d,
        )
    })
    .collect_view();
    let count_note = move || {
        let n = available.get();
        let asked = settings.with(|s| s.count.unwrap_or(20));
        let lang = app.lang.get();
        if n == 0 {
            ClassKey::QuizNone.text(lang).to_string()
        } else if n < asked {
            messages::quiz_short(lang, n)
        } else {
            messages::quiz_available(lang, n)
        }
    };
    view! {
        <section class="page quiz-builder">
            <h1 id=HEADING_ID tabindex="-1">{tr(Key::QuizTitle)}</h1>
            <p class="note">{tr(ClassKey::QuizIntro)}</p>
            <form class="builder" on:submit=create>
                <h2>{tr(ClassKey::QuizBuilderTitle)}</h2>
                <fieldset><legend>{tr(ClassKey::QuizKinds)}</legend>{kinds}</fieldset>
                <fieldset><legend>{tr(ClassKey::QuizCategories)}</legend>{categories}</fieldset>
                <fieldset><legend>{tr(ClassKey::QuizTopics)}</legend>{topics}</fieldset>
                <fieldset><legend>{tr(ClassKey::QuizDifficulty)}</legend>{difficulties}</fieldset>
                <p class="note">{tr(ClassKey::QuizAllHint)}</p>
                <p class="field">
                    <label for="quiz-count">{tr(ClassKey::QuizCount)}</label>
                    <input id="quiz-count" type="number" min=MIN_QUESTIONS max=MAX_QUESTIONS
                        prop:value=move || settings.with(|s| s.count.unwrap_or(20)).to_string()
                        on:change=move |ev| {
                            if let Ok(n) = event_target_value(&ev).trim().parse::<usize>() {
                                settings.update(|s| s.count = Some(n.clamp(MIN_QUESTIONS, MAX_QUESTIONS)));
                            }
                        }/>
                </p>
                <p class="field">
                    <label for="quiz-timer">{tr(ClassKey::QuizTimer)}</label>
                    <select id="quiz-timer" on:change=move |ev| timer.set(event_target_value(&ev).parse().unwrap_or(0))>
                        <option value="0">{tr(ClassKey::QuizNoTimer)}</option>
                        {(1..=MAX_TIMER_SECONDS / 10).map(|n| n * 10).filter(|s| [10, 20, 30, 45, 60, 90, 120].contains(s) || *s == 50).map(|s| view! {
                            <option value=s.to_string()>{move || messages::seconds(app.lang.get(), s as usize)}</option>
                        }).collect_view()}
                    </select>
                </p>
                <p class="note" role="status">{count_note}</p>
                <p><button type="submit" class="button primary" disabled=move || available.get() == 0>{tr(ClassKey::QuizCreate)}</button></p>
            </form>
            {move || created.get().map(|code| created_view(app, code))}
            <form class="open-code" on:submit=open>
                <h2>{tr(ClassKey::QuizEnterCode)}</h2>
                <label for="open-code">{tr(ClassKey::QuizCodeLabel)}</label>
                <input id="open-code" type="text" autocomplete="off" spellcheck="false"
                    on:input=move |ev| { typed_code.set(event_target_value(&ev)); code_error.set(None); }/>
                " "
                <button type="submit">{tr(ClassKey::QuizOpen)}</button>
                <p class="error" role="alert">{move || code_error.get()}</p>
            </form>
            <p><a href=Route::Check.href()>{tr(ClassKey::QuizCheckLink)}</a></p>
            <History/>
        </section>
    }
}

/// A checkbox that adds `value` to (or removes it from) one list of the settings.
fn check_box<T: Clone + PartialEq + Send + Sync + 'static>(
    id: String,
    key: ClassKey,
    settings: RwSignal<Settings>,
    list: fn(&mut Settings) -> &mut Vec<T>,
    value: T,
) -> impl IntoView {
    let label = tr(key);
    toggle(
        id,
        settings,
        list,
        value,
        move || label().to_string(),
        false,
    )
}

fn check_box_text<T: Clone + PartialEq + Send + Sync + 'static>(
    app: AppState,
    id: String,
    name: vigie_core::deck::Text,
    settings: RwSignal<Settings>,
    list: fn(&mut Settings) -> &mut Vec<T>,
    value: T,
) -> impl IntoView {
    toggle(
        id,
        settings,
        list,
        value,
        move || name.get(app.lang.get()).to_string(),
        false,
    )
}

fn toggle<T: Clone + PartialEq + Send + Sync + 'static>(
    id: String,
    settings: RwSignal<Settings>,
    list: fn(&mut Settings) -> &mut Vec<T>,
    value: T,
    label: impl Fn() -> String + Send + Sync + 'static,
    disabled: bool,
) -> impl IntoView {
    let v = value.clone();
    view! {
        <span class="check">
            <input type="checkbox" id=id.clone() disabled=disabled
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    settings.update(|s| {
                        let l = list(s);
                        l.retain(|x| x != &v);
                        if on {
                            l.push(v.clone());
                        }
                    });
                }/>
            <label for=id>{label}</label>
        </span>
    }
}

fn created_view(app: AppState, code: String) -> impl IntoView {
    let code_for_class = code.clone();
    let code_for_qr = code.clone();
    let number = CodeNumber::parse(&code).ok();
    let href = |mode| {
        number
            .map(|n| Route::QuizTake { code: Ok(n), mode }.href())
            .unwrap_or_default()
    };
    // The link names the deck, so that a device without it can say which one to add.
    let link = crate::ui::components::quiz_link(&code, app.lang.get_untracked());
    view! {
        <div class="created card" role="status">
            <h2 id="quiz-code-title" tabindex="-1">{tr(ClassKey::QuizCodeLabel)}</h2>
            <p class="big-code" id="quiz-code">{code}</p>
            <p class="note">{tr(ClassKey::QuizCodeHelp)}</p>
            <p><label for="quiz-link">{tr(ClassKey::QuizLink)}</label>
                <input id="quiz-link" type="text" readonly value=link.clone()/></p>
            <crate::ui::components::QrImage text=link label=Signal::derive(move || messages::quiz_qr(app.lang.get(), &code_for_qr))/>
            <p class="actions">
                <a class="button primary" href=href(QuizMode::Play)>{tr(ClassKey::QuizStart)}</a>" "
                <a class="button" href=href(QuizMode::Projector)>{tr(ClassKey::QuizProjector)}</a>" "
                <a class="button" href=href(QuizMode::Print)>{tr(ClassKey::QuizPrint)}</a>" "
                <a class="button" href=href(QuizMode::Export)>{tr(ClassKey::ExportQuiz)}</a>" "
                <a class="button" href=format!("{}?quiz={}", Route::Class.href(), code_for_class)>{tr(Key::ClassTitle)}</a>
            </p>
        </div>
    }
}
