//! The built-in deck, embedded at build time from `seeds/`.

use super::article::Article;
use std::sync::OnceLock;

/// The article, verbatim, as published.
pub const ARTICLE_TEXT: &str =
    include_str!("../../seeds/article-mis-rapport-technologies-securite-2021.txt");

/// The built-in article, parsed once.
pub fn article() -> &'static Article {
    static ARTICLE: OnceLock<Article> = OnceLock::new();
    ARTICLE.get_or_init(|| Article::parse(ARTICLE_TEXT))
}
