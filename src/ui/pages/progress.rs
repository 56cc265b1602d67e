//! The Progress page: figures the core computes, as SVG charts with a text alternative
//! each (a sentence or a table), the quiz history, and the backup panel.

use crate::ui::backup::BackupPanel;
use crate::ui::browser::{local_day, now_ms};
use crate::ui::components::{History, HEADING_ID};
use crate::ui::i18n::Key;
use crate::ui::i18n::{messages, ClassKey};
use crate::ui::state::tr;
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use vigie_core::generate::category_name;
use vigie_core::stats::{compute, Mastery, Stats};
use vigie_core::study;
use vigie_core::time::{FORECAST_DAYS, HISTORY_DAYS};

#[component]
pub fn ProgressPage() -> impl IntoView {
    let app = use_app();
    let stats = Memo::new(move |_| {
        let deck = crate::ui::decks::full_deck().ok()?;
        let scheduler = app.settings.get().scheduler()?;
        let cards = study::cards(deck);
        let (today, _) = local_day(now_ms());
        app.progress.with(|p| {
            app.with_card_states(&scheduler, p, |states| {
                compute(&cards, &p.log, states, today)
            })
        })
    });
    view! {
        <section class="page progress-page">
            <h1 id=HEADING_ID tabindex="-1">{tr(Key::ProgressTitle)}</h1>
            <p class="note">{tr(ClassKey::ProgressIntro)}</p>
            {move || stats.get().map(|s| figures(app, s))}
            <History/>
            <BackupPanel/>
        </section>
    }
}

fn figures(app: AppState, s: Stats) -> impl IntoView {
    let t = move |key: ClassKey| app.t(key);
    let counts = format!(
        "{} {} · {} {} · {} {}",
        s.new,
        app.t(Key::StudyCountNew),
        s.learning,
        app.t(Key::StudyCountLearning),
        s.review,
        app.t(Key::StudyCountReview)
    );
    let lang = app.lang.get();
    let streak = messages::streak(lang, s.streak);
    let retention = match s.retention {
        (_, 0) => t(ClassKey::ProgressNoRetention).to_string(),
        (ok, all) => messages::retention(lang, all, ok, ok * 100 / all),
    };
    let by_category: Vec<(String, usize, usize)> = s
        .by_category
        .iter()
        .map(|m: &Mastery<_>| {
            (
                category_name(m.key).get(lang).to_string(),
                m.mastered,
                m.total,
            )
        })
        .collect();
    let deck = crate::ui::decks::full_deck().ok();
    let by_topic: Vec<(String, usize, usize)> = s
        .by_topic
        .iter()
        .map(|m| {
            let name = deck
                .and_then(|d| d.topic(&m.key))
                .map_or(m.key.clone(), |t| t.name.get(lang).to_string());
            (name, m.mastered, m.total)
        })
        .collect();
    let (due, due_today) = s.due_soon();
    let forecast_alt = messages::forecast_summary(lang, due, due_today, FORECAST_DAYS);
    let (reviewed, reviewed_today) = s.reviewed_lately();
    let history_alt = messages::history_summary(lang, reviewed, reviewed_today, HISTORY_DAYS);
    let forecast_rows: Vec<(String, usize)> = s
        .forecast
        .iter()
        .enumerate()
        .filter(|(_, &n)| n > 0)
        .map(|(d, &n)| (messages::progress_in_days(lang, d), n))
        .collect();
    view! {
        <div class="figures">
            <p class="big-figures"><strong>{t(ClassKey::ProgressCards)}</strong>" "{counts}</p>
            <p>{streak}</p>
            <p>{retention}</p>
            <h2>{t(ClassKey::ProgressMasteryCategory)}</h2>
            {mastery_table(app, by_category)}
            <h2>{t(ClassKey::ProgressMasteryTopic)}</h2>
            {mastery_table(app, by_topic)}
            <p class="note">{t(ClassKey::ProgressMasteryNote)}</p>
            <h2>{t(ClassKey::ProgressForecast)}</h2>
            {bars(&s.forecast, forecast_alt)}
            <details>
                <summary>{t(ClassKey::ProgressTable)}</summary>
                <table>
                    <thead><tr><th scope="col">{t(ClassKey::ProgressDay)}</th><th scope="col">{t(ClassKey::ProgressCount)}</th></tr></thead>
                    <tbody>{forecast_rows.into_iter().map(|(d, n)| view! { <tr><td>{d}</td><td>{n}</td></tr> }).collect_view()}</tbody>
                </table>
            </details>
            <h2>{t(ClassKey::ProgressHistory)}</h2>
            {bars(&s.per_day, history_alt)}
        </div>
    }
}

/// One row per group: name, a bar, and "m of t mastered" in words.
fn mastery_table(app: AppState, rows: Vec<(String, usize, usize)>) -> impl IntoView {
    view! {
        <table class="mastery">
            <tbody>
                {rows.into_iter().map(|(name, m, total)| {
                    let pct = (m * 100).checked_div(total).unwrap_or(0);
                    let words = messages::mastered(app.lang.get(), m, total);
                    view! {
                        <tr>
                            <th scope="row">{name}</th>
                            <td class="meter-cell"><svg class="meter" aria-hidden="true" viewBox="0 0 100 1" preserveAspectRatio="none"><rect width=pct height="1"/></svg></td>
                            <td>{words}</td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// A bar chart of counts; the sentence below it says the same in words (the chart itself is
/// hidden from screen readers, so it is not read twice).
fn bars(values: &[usize], alt: String) -> impl IntoView {
    let max = values.iter().copied().max().unwrap_or(0).max(1);
    let width = values.len() * 10;
    let rects = values
        .iter()
        .enumerate()
        .filter(|(_, &v)| v > 0)
        .map(|(i, &v)| {
            let h = v * 100 / max;
            view! { <rect x=(i * 10 + 1).to_string() y=(100 - h).to_string() width="8" height=h.to_string() rx="1"/> }
        })
        .collect_view();
    view! {
        <svg class="chart" viewBox=format!("0 0 {width} 100") preserveAspectRatio="none" aria-hidden="true">
            <line x1="0" y1="100" x2=width.to_string() y2="100"/>
            {rects}
        </svg>
        <p class="chart-alt">{alt}</p>
    }
}
