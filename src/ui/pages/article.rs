use crate::domain::article::{Article, Block};
use crate::domain::builtin;
use crate::ui::i18n::tr;
use crate::ui::i18n::Key;
use crate::ui::pages::{sentence_anchor, HEADING_ID};
use leptos::prelude::*;

/// The article as published, each sentence addressable (`#/article?s=N`) so that every
/// source link can land on it.
#[component]
pub fn ArticlePage(sentence: Option<usize>) -> impl IntoView {
    let article = builtin::article();
    let blocks = article
        .blocks
        .iter()
        .map(|block| block_view(article, block, sentence))
        .collect_view();
    view! {
        <section class="page article-page">
            <p class="note">{tr(Key::ArticleLanguageNote)}</p>
            {sentence.is_some().then(|| view! {
                <p class="note" role="status">{tr(Key::ArticleSentenceShown)}</p>
            })}
            <article lang="fr" class="article">{blocks}</article>
        </section>
    }
}

fn block_view(article: &'static Article, block: &Block, highlighted: Option<usize>) -> AnyView {
    let sentences = |ids: &[usize]| {
        ids.iter()
            .map(|&id| {
                let text = article.sentences[id].clone();
                view! {
                    <span
                        id=sentence_anchor(id)
                        class="sentence"
                        class:highlighted=highlighted == Some(id)
                        tabindex=(highlighted == Some(id)).then_some("-1")
                    >
                        {text}
                    </span>
                    " "
                }
            })
            .collect_view()
    };
    match block {
        Block::Byline(text) => view! { <p class="byline">{text.clone()}</p> }.into_any(),
        Block::Dateline(text) => view! { <p class="dateline">{text.clone()}</p> }.into_any(),
        Block::Title(ids) => {
            view! { <h1 id=HEADING_ID tabindex="-1">{sentences(ids)}</h1> }.into_any()
        }
        Block::Heading(text) => view! { <h2>{text.clone()}</h2> }.into_any(),
        Block::Related(text) => view! { <p class="related">{text.clone()}</p> }.into_any(),
        Block::Paragraph(ids) => view! { <p>{sentences(ids)}</p> }.into_any(),
    }
}
