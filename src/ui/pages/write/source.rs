//! The article and its source, the deck's name and topics, and the article's sentences, each
//! with the facts that quote it and a way to start a fact on it.

use super::fields::{text_field, Field};
use super::Writing;
use crate::ui::components::focus_by_id;
use crate::ui::i18n::{messages, ClassKey};
use crate::ui::state::tr;
use leptos::prelude::*;
use vigie_core::article::Article;
use vigie_core::deck::draft::{Draft, DraftFact, DraftText, DraftTopic};
use vigie_core::deck::Section;

/// The article's fields: what the loader reports under `article`.
fn article_field(
    writing: Writing,
    name: &'static str,
    label: ClassKey,
    get: fn(&Draft) -> String,
    set: fn(&mut Draft, String),
) -> impl IntoView {
    let problems = writing.problems(Section::Article, |_| "article".into(), name);
    text_field(
        writing,
        Field::new(format!("article-{name}"), label, get, set, problems),
        0,
    )
}

/// The deck's own fields: what the loader reports under `deck` (with its id).
fn deck_field(
    writing: Writing,
    name: &'static str,
    label: ClassKey,
    get: fn(&Draft) -> String,
    set: fn(&mut Draft, String),
) -> impl IntoView {
    let problems = writing.problems(Section::Deck, |d| d.deck.id.clone(), name);
    text_field(
        writing,
        Field::new(
            format!("deck-{name}-{}", label as usize),
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
                {article_field(writing, "title", ClassKey::WriteArticleTitle, |d| d.article.title.clone(), |d, v| d.article.title = v)}
                {article_field(writing, "author", ClassKey::WriteAuthor, |d| d.article.author.clone(), |d, v| d.article.author = v)}
                {article_field(writing, "outlet", ClassKey::WriteOutlet, |d| d.article.outlet.clone().unwrap_or_default(), |d, v| d.article.outlet = Some(v).filter(|v| !v.is_empty()))}
                {article_field(writing, "published", ClassKey::WritePublished, |d| d.article.published.clone(), |d, v| d.article.published = v)}
                {article_field(writing, "url", ClassKey::WriteUrl, |d| d.article.url.clone().unwrap_or_default(), |d, v| d.article.url = Some(v).filter(|v| !v.is_empty()))}
            </div>
            <div class="field-grid">
                {deck_field(writing, "id", ClassKey::WriteDeckId, |d| d.deck.id.clone(), |d, v| d.deck.id = v)}
                {deck_field(writing, "title", ClassKey::WriteDeckTitleFr, |d| d.deck.title.fr.clone().unwrap_or_default(), |d, v| d.deck.title.fr = Some(v))}
                {deck_field(writing, "title", ClassKey::WriteDeckTitleEn, |d| d.deck.title.en.clone().unwrap_or_default(), |d, v| d.deck.title.en = Some(v))}
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
                let id = move |d: &Draft| d.topics.get(i).map(|t| t.id.clone()).unwrap_or_default();
                let field = |name: &'static str, label, get: fn(&DraftTopic) -> String, set: fn(&mut DraftTopic, String)| {
                    let problems = writing.problems(Section::Topic, id, name);
                    text_field(writing, Field::new(format!("topic-{i}-{}", label as usize), label,
                        move |d| d.topics.get(i).map(get).unwrap_or_default(),
                        move |d, v| if let Some(t) = d.topics.get_mut(i) { set(t, v) }, problems), 0)
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
    let sentences = Memo::new(move |_| {
        writing.with(|d| Article::parse(d.article.text.as_deref().unwrap_or_default()).sentences)
    });
    let quoted = Memo::new(move |_| {
        let quotes: Vec<(String, String)> = writing.with(|d| {
            d.facts
                .iter()
                .map(|f| (collapse(&f.quote), f.id.clone()))
                .collect()
        });
        // The ids of the facts that quote each sentence.
        sentences.with(|s| {
            s.iter()
                .map(|sentence| {
                    let sentence = collapse(sentence);
                    quotes
                        .iter()
                        .filter(|(q, _)| !q.is_empty() && sentence.contains(q.as_str()))
                        .map(|(_, id)| id.clone())
                        .collect::<Vec<String>>()
                })
                .collect::<Vec<_>>()
        })
    });
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

/// Runs of white space as one space, ends trimmed: how quotes are compared with sentences.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
