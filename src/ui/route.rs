//! Hash routes (`#/study`, `#/article?s=12`): real, shareable URLs that work on any static
//! host and offline, with back/forward from the browser's own history. A router of our own
//! over the `hashchange` event costs a few KB where leptos_router costs about 60 KB gzip.

/// A page of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Study,
    Quiz,
    Progress,
    /// The article, optionally with one sentence to show highlighted.
    Article {
        sentence: Option<usize>,
    },
    NotFound,
}

impl Route {
    /// Reads a `location.hash` such as `#/quiz` or `#/article?s=4`. An empty hash is home.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        match path.trim_end_matches('/') {
            "" => Route::Home,
            "/study" => Route::Study,
            "/quiz" => Route::Quiz,
            "/progress" => Route::Progress,
            "/article" => Route::Article {
                sentence: query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix("s="))
                    .and_then(|s| s.parse().ok()),
            },
            _ => Route::NotFound,
        }
    }

    /// The `href` that leads here.
    pub fn href(self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".to_string(),
            Route::Study => "#/study".to_string(),
            Route::Quiz => "#/quiz".to_string(),
            Route::Progress => "#/progress".to_string(),
            Route::Article { sentence: None } => "#/article".to_string(),
            Route::Article { sentence: Some(s) } => format!("#/article?s={s}"),
        }
    }

    /// Whether a navigation link to `self` is the current page.
    pub fn is_section_of(self, current: Route) -> bool {
        match (self, current) {
            (Route::Article { .. }, Route::Article { .. }) => true,
            _ => self == current,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    #[test]
    fn every_route_reads_back_from_its_href() {
        for route in [
            Route::Home,
            Route::Study,
            Route::Quiz,
            Route::Progress,
            Route::Article { sentence: None },
            Route::Article { sentence: Some(12) },
        ] {
            assert_eq!(Route::from_hash(&route.href()), route);
        }
    }

    #[test]
    fn empty_or_unknown_hashes() {
        assert_eq!(Route::from_hash(""), Route::Home);
        assert_eq!(Route::from_hash("#"), Route::Home);
        assert_eq!(Route::from_hash("#/quiz/"), Route::Quiz);
        assert_eq!(Route::from_hash("#/nowhere"), Route::NotFound);
        assert_eq!(
            Route::from_hash("#/article?s=abc"),
            Route::Article { sentence: None }
        );
    }
}
