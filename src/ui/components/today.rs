//! What the learner has to study now on the current deck: one queue rule for the Study page
//! and the home page, so that the counts the home page promises are the cards Study shows.

use crate::ui::browser::local_day;
use crate::ui::i18n::{messages, Key};
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::sync::OnceLock;
use vigie_core::deck::Deck;
use vigie_core::generate::Item;
use vigie_core::lang::Lang;
use vigie_core::schedule::{interval_in_words, Queue};
use vigie_core::study::{self, Filter};

/// The current deck's flashcards, written once per page load.
pub fn study_cards(deck: &'static Deck) -> &'static [Item] {
    static CARDS: OnceLock<Vec<Item>> = OnceLock::new();
    CARDS.get_or_init(|| study::cards(deck))
}

/// The cards due at `now` among those `filter` keeps, under the learner's settings
/// (reactive on the settings and the progress).
pub fn queue_at(app: AppState, cards: &[Item], filter: Filter, now: i64) -> Queue {
    let settings = app.settings.get();
    let Some(scheduler) = settings.scheduler() else {
        return Queue::default();
    };
    let ids: Vec<&str> = cards
        .iter()
        .filter(|c| filter.accepts(c))
        .map(|c| c.id.as_str())
        .collect();
    app.progress
        .with(|p| {
            app.with_card_states(&scheduler, p, |s| {
                let flagged = p.pending_flags(|card| s.last_review(card));
                Queue::build(&ids, s, now, local_day(now), settings.new_per_day, &flagged)
            })
        })
        .unwrap_or_default()
}

/// The queue's new, learning and review counts, in a list.
#[component]
pub fn QueueCounts(app: AppState, queue: Memo<Queue>) -> impl IntoView {
    let counts = move || {
        queue.with(|q| {
            [
                (Key::StudyCountNew, q.new.len(), "count-new"),
                (Key::StudyCountLearning, q.learning.len(), "count-learning"),
                (Key::StudyCountReview, q.review.len(), "count-review"),
            ]
        })
    };
    view! {
        <ul class="counts">
            {move || counts().into_iter().map(|(key, n, class)| view! {
                <li class=class><strong>{n}</strong>" "{app.t(key)}</li>
            }).collect_view()}
        </ul>
    }
}

/// "Next card in 10 min." when a card comes due later.
pub fn next_card_in(queue: &Queue, now: i64, lang: Lang) -> Option<String> {
    queue
        .next_due
        .map(|due| messages::study_next_due(lang, &interval_in_words(due - now, lang)))
}
