//! The article and its source, the deck's name and topics, and the article's sentences, each
//! with the facts that quote it and a way to start a fact on it.

use super::fields::{suffix, text_field, Field, TOPICS};
use super::Writing;
use crate::ui::components::focus_by_id;
use crate::ui::i18n::{messages, ClassKey};
use crate::ui::state::tr;
use leptos::prelude::*;
use vigie_core::article::Article;
use vigie_core::deck::draft::{Draft, DraftFact, DraftText, DraftTopic};
use vigie_core::deck::Section;

/// A field of the article (what the loader reports under `article`) or of the deck itself
/// (under `deck`, with its id).
fn meta_field(
    writing: Writing,
    section: Section,
    name: &'static str,
    label: ClassKey,
    get: fn(&Draft) -> String,
    set: fn(&mut Draft, String),
) -> impl IntoView {
    let problems = writing.problems(
        section,
        move |d| match section {
            Section::Deck => d.deck.id.clone(),
            _ => "article".into(),
        },
        name,
    );
    text_field(
        writing,
        Field::new(
            match section {
                // The deck's two names share the field `title`: the label tells them apart.
                Section::Deck => format!("deck-{name}-{}", label as usize),
                _ => format!("article-{name}"),
            },
            label,
            get,
            set,
            problems,
        ),
        0,
    )
}

#[component]
pub fn SourcePart(writing: Writing) -> impl IntoView {
    let text_problems = writing.problems(Section::Article, |_| "article".into(), "text");
    view! {
        <section class="write-part" aria-labelledby="write-article">
            <h2 id="write-article">{tr(ClassKey::WriteArticle)}</h2>
            <p class="note">{tr(ClassKey::WriteArticleHelp)}</p>
            {text_field(writing, Field::new("article-text".into(), ClassKey::WriteArticleText,
                |d| d.article.text.clone().unwrap_or_default(),
                |d, v| d.article.text = Some(v), text_problems), 12)}
            <div class="field-grid">
                {meta_field(writing, Section::Article, "title", ClassKey::WriteArticleTitle, |d| d.article.title.clone(), |d, v| d.article.title = v)}
                {meta_field(writing, Section::Article, "author", ClassKey::WriteAuthor, |d| d.article.author.clone(), |d, v| d.article.author = v)}
                {meta_field(writing, Section::Article, "outlet", ClassKey::WriteOutlet, |d| d.article.outlet.clone().unwrap_or_default(), |d, v| d.article.outlet = Some(v).filter(|v| !v.is_empty()))}
                {meta_field(writing, Section::Article, "published", ClassKey::WritePublished, |d| d.article.published.clone(), |d, v| d.article.published = v)}
                {meta_field(writing, Section::Article, "url", ClassKey::WriteUrl, |d| d.article.url.clone().unwrap_or_default(), |d, v| d.article.url = Some(v).filter(|v| !v.is_empty()))}
            </div>
            <div class="field-grid">
                {meta_field(writing, Section::Deck, "id", ClassKey::WriteDeckId, |d| d.deck.id.clone(), |d, v| d.deck.id = v)}
                {meta_field(writing, Section::Deck, "title", ClassKey::WriteDeckTitleFr, |d| d.deck.title.fr.clone().unwrap_or_default(), |d, v| d.deck.title.fr = Some(v))}
                {meta_field(writing, Section::Deck, "title", ClassKey::WriteDeckTitleEn, |d| d.deck.title.en.clone().unwrap_or_default(), |d, v| d.deck.title.en = Some(v))}
            </div>
            <TopicsPart writing/>
            <SentencesPart writing/>
        </section>
    }
}

/// The themes a learner can study one by one; every fact names one.
#[component]
fn TopicsPart(writing: Writing) -> impl IntoView {
    let count = Memo::new(move |_| writing.with(|d| d.topics.len()));
    let add = move |_| {
        let n = count.get_untracked() + 1;
        writing.change(None, |d| {
            d.topics.push(DraftTopic {
                id: format!("theme-{n}"),
                name: DraftText::default(),
            })
        });
        request_animation_frame(move || focus_by_id(&format!("topic-{}-id", n - 1)));
    };
    view! {
        <h3>{tr(ClassKey::WriteTopics)}</h3>
        <ul class="write-rows">
            {move || (0..count.get()).map(|i| {
                let field = |name: &'static str, label, get: fn(&DraftTopic) -> String, set: fn(&mut DraftTopic, String)| {
                    text_field(writing, TOPICS.field(writing, i, name, &suffix(name, label), label, get, set), 0)
                };
                view! {
                    <li class="write-row compact">
                        {field("id", ClassKey::WriteId, |t| t.id.clone(), |t, v| t.id = v)}
                        {field("name", ClassKey::WriteNameFr, |t| t.name.fr.clone().unwrap_or_default(), |t, v| t.name.fr = Some(v))}
                        {field("name", ClassKey::WriteNameEn, |t| t.name.en.clone().unwrap_or_default(), |t, v| t.name.en = Some(v))}
                        <button type="button" on:click=move |_| writing.change(None, |d| { if i < d.topics.len() { d.topics.remove(i); } })>
                            {tr(ClassKey::WriteRemove)}
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
        <p><button type="button" on:click=add>{tr(ClassKey::WriteAddTopic)}</button></p>
    }
}

/// The article's sentences as the loader splits them, each with how many facts quote it, and
/// "a fact on this sentence" (its quote is the sentence, to be cut down to the words that
/// state the fact). The bar says how much of the article the facts cover.
#[component]
fn SentencesPart(writing: Writing) -> impl IntoView {
    // The article as the loader reads it, and the facts quoting each sentence, placed by
    // `Article::locate` as the loader places quotes.
    let quoted = Memo::new(move |_| {
        writing.with(|d| {
            let article = Article::parse(d.article.text.as_deref().unwrap_or_default());
            let mut ids = vec![Vec::new(); article.sentences.len()];
            for fact in &d.facts {
                for s in article.locate(&fact.quote).unwrap_or_default() {
                    if let Some(list) = ids.get_mut(s) {
                        list.push(fact.id.clone());
                    }
                }
            }
            (article.sentences, ids)
        })
    });
    let sentences = Memo::new(move |_| quoted.with(|(s, _)| s.clone()));
    let quoted = Memo::new(move |_| quoted.with(|(_, ids)| ids.clone()));
    let covered = move || quoted.with(|q| q.iter().filter(|ids| !ids.is_empty()).count());
    let total = move || sentences.with(Vec::len);
    let no_english = move || {
        writing.with(|d| {
            d.facts
                .iter()
                .filter(|f| {
                    f.statement
                        .en
                        .as_deref()
                        .unwrap_or_default()
                        .trim()
                        .is_empty()
                })
                .count()
        })
    };
    let start_fact = move |sentence: String| {
        let index = writing.with(|d| d.facts.len());
        writing.change(None, |d| {
            let taken = |id: &str| {
                d.facts.iter().any(|f| f.id == id) || d.entities.iter().any(|e| e.id == id)
            };
            let id = (1..)
                .map(|n| format!("fait-{n}"))
                .find(|id| !taken(id))
                .unwrap_or_default();
            let fact = DraftFact {
                id,
                subject: d.entities.first().map(|e| e.id.clone()).unwrap_or_default(),
                relation: d
                    .relations
                    .first()
                    .map(|r| r.id.clone())
                    .unwrap_or_default(),
                topic: d.topics.first().map(|t| t.id.clone()).unwrap_or_default(),
                difficulty: 1,
                quote: sentence,
                ..DraftFact::default()
            };
            d.facts.push(fact);
        });
        writing.previewed.set(Some(index));
        request_animation_frame(move || focus_by_id(&format!("fact-{index}-quote")));
    };
    view! {
        <h3>{tr(ClassKey::WriteSentences)}</h3>
        <p class="coverage">
            <meter min="0" max=move || total().max(1) value=covered
                aria-label=move || tr(ClassKey::WriteCoverage)()></meter>" "
            {move || messages::write_coverage(writing.app.lang.get(), covered(), total(), no_english())}
        </p>
        <ol class="write-sentences">
            {move || sentences.get().into_iter().enumerate().map(|(i, sentence)| {
                let facts = move || quoted.with(|q| q.get(i).cloned().unwrap_or_default());
                let text = sentence.clone();
                view! {
                    <li class:uncovered=move || facts().is_empty()>
                        <span lang="fr">{sentence}</span>" "
                        <span class="note">{move || {
                            let ids = facts();
                            if ids.is_empty() {
                                return writing.app.t(ClassKey::WriteNoFact).to_string();
                            }
                            format!("{} {}", messages::write_sentence_facts(writing.app.lang.get(), ids.len()), ids.join(", "))
                        }}</span>" "
                        <button type="button" class="link-button" on:click=move |_| start_fact(text.clone())>
                            {tr(ClassKey::WriteFactHere)}
                        </button>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}
