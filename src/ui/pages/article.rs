use crate::ui::components::{sentence_anchor, HEADING_ID};
use crate::ui::i18n::Key;
use crate::ui::route::Route;
use crate::ui::state::tr;
use crate::ui::state::use_app;
use leptos::prelude::*;
use vigie_core::article::{Article, Block};
use vigie_core::builtin;
use vigie_core::deck::Deck;

/// The article as published. Each sentence that carries facts is a link (`#/article?s=N`);
/// the chosen one is highlighted, with its facts and a way to study just those. Every
/// "source" link in the app lands here.
#[component]
pub fn ArticlePage(sentence: Option<usize>) -> impl IntoView {
    // The classroom bundle's deck: it carries the full one, not the study copy.
    let deck = crate::ui::decks::full_deck().ok();
    let article = deck.map_or_else(builtin::article, |d| &d.article);
    let blocks = article
        .blocks
        .iter()
        .map(|block| block_view(article, deck, block, sentence))
        .collect_view();
    view! {
        <section class="page article-page">
            <p class="note">{tr(Key::ArticleLanguageNote)}" "{tr(Key::ArticleFactsHint)}</p>
            <article lang="fr" class="article">{blocks}</article>
        </section>
    }
}

fn block_view(
    article: &'static Article,
    deck: Option<&'static Deck>,
    block: &Block,
    chosen: Option<usize>,
) -> AnyView {
    let has_facts = |id: usize| deck.is_some_and(|d| d.facts_of_sentence(id).next().is_some());
    let sentences = |ids: &[usize]| {
        ids.iter()
            .map(|&id| {
                let text = article.sentences[id].clone();
                let class = if chosen == Some(id) { "sentence highlighted" } else { "sentence" };
                let marked = has_facts(id).then(|| Route::Article { sentence: Some(id) }.href());
                view! {
                    {match marked {
                        Some(href) => view! { <a id=sentence_anchor(id) class=class href=href>{text}</a> }.into_any(),
                        None => view! { <span id=sentence_anchor(id) class=class tabindex="-1">{text}</span> }.into_any(),
                    }}
                    " "
                }
            })
            .collect_view()
    };
    let facts_panel = |ids: &[usize]| {
        let id = chosen.filter(|c| ids.contains(c))?;
        let deck = deck?;
        let statements: Vec<_> = deck
            .facts_of_sentence(id)
            .map(|f| f.statement.clone())
            .collect();
        Some(view! { <FactsPanel sentence=id statements/> })
    };
    match block {
        Block::Byline(text) => view! { <p class="byline">{text.clone()}</p> }.into_any(),
        Block::Dateline(text) => view! { <p class="dateline">{text.clone()}</p> }.into_any(),
        Block::Title(ids) => view! {
            <h1 id=HEADING_ID tabindex="-1">{sentences(ids)}</h1>
            {facts_panel(ids)}
        }
        .into_any(),
        Block::Heading(text) => view! { <h2>{text.clone()}</h2> }.into_any(),
        Block::Related(text) => view! { <p class="related">{text.clone()}</p> }.into_any(),
        Block::Paragraph(ids) => view! {
            <p>{sentences(ids)}</p>
            {facts_panel(ids)}
        }
        .into_any(),
    }
}

/// The facts of the chosen sentence, in the reader's language, and a way to study them.
#[component]
fn FactsPanel(sentence: usize, statements: Vec<vigie_core::deck::Text>) -> impl IntoView {
    let app = use_app();
    view! {
        <aside class="facts-panel" aria-labelledby="facts-title" lang=move || app.lang.get().code()>
            <h2 id="facts-title">{tr(Key::ArticleFactsTitle)}</h2>
            <ul>
                {statements.into_iter().map(|t| view! { <li>{move || t.get(app.lang.get()).to_string()}</li> }).collect_view()}
            </ul>
            <p class="actions">
                <a class="button" href=Route::Study { sentence: Some(sentence) }.href()>{tr(Key::ArticleStudyThese)}</a>" "
                <a class="button" href=Route::QuizSentence { sentence }.href()>{tr(Key::ArticleQuizThese)}</a>
            </p>
        </aside>
    }
}
