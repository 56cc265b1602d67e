//! Turns a deck file into a [`Deck`], checking every reference, text and quote. Never panics:
//! any input gives either a deck or the list of what is wrong.

use super::error::{DeckError, DeckErrors, Problem, Section};
use super::model::*;
use super::raw::*;
use crate::article::{collapse_whitespace, Article};
use crate::lang::Lang;
use std::collections::{HashMap, HashSet};

/// The deck format this version reads.
pub const FORMAT: i64 = 1;

/// The largest deck file Vigie reads (the built-in one is about 200 kB).
pub const MAX_FILE_BYTES: usize = 2_000_000;

impl Deck {
    /// Reads and checks a seed deck's JSON against the text of its article (a file beside it).
    pub fn from_json(json: &str, article_text: &str) -> Result<Deck, DeckErrors> {
        check(parse(json)?, article_text)
    }

    /// Reads and checks a self-contained deck file (`*.vigie.json`, the article's text
    /// inside), as a learner adds one: untrusted bytes, refused in words when they are too
    /// large, not text, not JSON, not a deck, from a newer Vigie, or invalid.
    pub fn from_file(bytes: &[u8]) -> Result<Deck, DeckErrors> {
        let raw = read_file(bytes)?;
        let Some(text) = raw.article.text.clone() else {
            return Err(DeckErrors(vec![DeckError::Invalid {
                section: Section::Article,
                id: "article".into(),
                field: "text".into(),
                problem: Problem::Empty,
            }]));
        };
        check(raw, &text)
    }
}

/// A deck file's fields as written, not yet checked: refused only when the file is too
/// large, not text, not JSON, not a deck or from a newer format (the editor opens the rest).
pub(crate) fn read_file(bytes: &[u8]) -> Result<RawDeck, DeckErrors> {
    let one = |e| Err(DeckErrors(vec![e]));
    if bytes.len() > MAX_FILE_BYTES {
        return one(DeckError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let Ok(json) = std::str::from_utf8(bytes) else {
        return one(DeckError::NotText);
    };
    parse(json)
}

/// The identity of a deck file's content: what progress and backups refer to.
pub fn identity(bytes: &[u8]) -> String {
    format!("{:016x}", crate::seeded::fnv1a(bytes))
}

fn parse(json: &str) -> Result<RawDeck, DeckErrors> {
    let raw: RawDeck = serde_json::from_str(json).map_err(|e| {
        let message = crate::json::fault(&e);
        DeckErrors(vec![match e.classify() {
            serde_json::error::Category::Data => DeckError::NotADeck { message },
            _ => DeckError::Syntax {
                message,
                line: e.line(),
                column: e.column(),
            },
        }])
    })?;
    match raw.format {
        Some(FORMAT) => Ok(raw),
        None => Err(DeckErrors(vec![DeckError::NotADeck {
            message: "it has no `format` field".into(),
        }])),
        Some(found) => Err(DeckErrors(vec![DeckError::UnsupportedFormat {
            found,
            supported: FORMAT,
        }])),
    }
}

fn check(raw: RawDeck, article_text: &str) -> Result<Deck, DeckErrors> {
    let mut check = Checker::default();
    let deck = check.deck(raw, Article::parse(article_text));
    if check.errors.is_empty() {
        Ok(deck)
    } else {
        Err(DeckErrors(check.errors))
    }
}

#[derive(Default)]
struct Checker {
    errors: Vec<DeckError>,
}

impl Checker {
    fn report(&mut self, section: Section, id: &str, field: &str, problem: Problem) {
        self.errors.push(DeckError::Invalid {
            section,
            id: id.to_string(),
            field: field.to_string(),
            problem,
        });
    }

    fn nonempty(&mut self, section: Section, id: &str, field: &str, value: &str) -> String {
        if value.trim().is_empty() {
            self.report(section, id, field, Problem::Empty);
        }
        value.trim().to_string()
    }

    fn text(&mut self, section: Section, id: &str, field: &str, raw: &RawText) -> Text {
        let mut one = |value: &Option<String>, language: &'static str| match value {
            Some(v) if !v.trim().is_empty() => v.trim().to_string(),
            _ => {
                self.report(section, id, field, Problem::MissingLanguage(language));
                String::new()
            }
        };
        Text {
            fr: one(&raw.fr, "French"),
            en: one(&raw.en, "English"),
        }
    }

    /// Checks an id's form and that `seen` has not had it yet.
    fn id(&mut self, section: Section, id: &str, seen: &mut HashSet<String>) {
        let label = if id.is_empty() { "(no id)" } else { id };
        if !is_valid_id(id) {
            self.report(section, label, "id", Problem::BadId(id.to_string()));
        } else if !seen.insert(id.to_string()) {
            self.report(section, id, "id", Problem::DuplicateId(id.to_string()));
        }
    }

    fn reference(
        &mut self,
        (section, id, field): (Section, &str, &str),
        target: Section,
        target_id: &str,
        known: &HashSet<String>,
    ) {
        if target_id.trim().is_empty() {
            self.report(section, id, field, Problem::Empty);
        } else if !known.contains(target_id) {
            self.report(
                section,
                id,
                field,
                Problem::UnknownReference {
                    kind: target,
                    id: target_id.to_string(),
                },
            );
        }
    }

    fn deck(&mut self, raw: RawDeck, article: Article) -> Deck {
        let deck_id = raw.deck.id.clone();
        if !is_valid_id(&deck_id) {
            self.report(
                Section::Deck,
                &deck_id,
                "id",
                Problem::BadId(deck_id.clone()),
            );
        }
        if raw.deck.version < 1 {
            self.report(Section::Deck, &deck_id, "version", Problem::BadVersion);
        }
        let language = Lang::from_code(&raw.deck.language).unwrap_or_else(|| {
            self.report(
                Section::Deck,
                &deck_id,
                "language",
                Problem::UnknownLanguage(raw.deck.language.clone()),
            );
            Lang::Fr
        });
        let title = self.text(Section::Deck, &deck_id, "title", &raw.deck.title);
        let meta = self.article_meta(&raw.article, &article);

        let topics = self.topics(&raw.topics);
        let mut fact_and_entity_ids = HashSet::new();
        let entities = self.entities(&raw.entities, &mut fact_and_entity_ids);
        let relations = self.relations(&raw.relations);
        let topic_ids = topics.iter().map(|t| t.id.clone()).collect();
        let known = Known {
            entities: entities.iter().map(|e| e.id.clone()).collect(),
            relations: relations.iter().map(|r| r.id.clone()).collect(),
            topics: topic_ids,
        };
        let facts: Vec<Fact> = raw
            .facts
            .iter()
            .map(|f| self.fact(f, &known, &article, &mut fact_and_entity_ids))
            .collect();
        let groups = self.groups(&raw.exclusive_groups, &facts, &entities);

        Deck {
            id: deck_id,
            version: u32::try_from(raw.deck.version).unwrap_or(0),
            language,
            title,
            meta,
            article,
            topics,
            entities,
            relations,
            facts,
            groups,
        }
    }

    fn article_meta(&mut self, raw: &RawArticle, article: &Article) -> ArticleMeta {
        let s = Section::Article;
        // A self-contained file holds the text; a seed deck names its text file.
        let file = match raw.text {
            Some(_) => raw.file.trim().to_string(),
            None => self.nonempty(s, &raw.file, "file", &raw.file),
        };
        let label = if file.is_empty() { "article" } else { &file };
        let file = file.clone();
        let title = self.nonempty(s, label, "title", &raw.title);
        let headline = article.title();
        if !title.is_empty() && collapse_whitespace(&title) != headline {
            self.report(
                s,
                label,
                "title",
                Problem::TitleMismatch {
                    found: title.clone(),
                    headline,
                },
            );
        }
        let url = raw.url.as_deref().map(str::trim).filter(|u| !u.is_empty());
        if let Some(url) = url.filter(|u| !is_web_address(u)) {
            self.report(s, label, "url", Problem::NotWebAddress(url.to_string()));
        }
        ArticleMeta {
            author: self.nonempty(s, label, "author", &raw.author),
            outlet: raw.outlet.clone().filter(|o| !o.trim().is_empty()),
            url: url.map(str::to_string),
            published: self.nonempty(s, label, "published", &raw.published),
            updated: raw.updated.clone().filter(|u| !u.trim().is_empty()),
            title,
            file,
        }
    }

    fn topics(&mut self, raw: &[RawTopic]) -> Vec<Topic> {
        let mut seen = HashSet::new();
        raw.iter()
            .map(|t| {
                self.id(Section::Topic, &t.id, &mut seen);
                Topic {
                    id: t.id.clone(),
                    name: self.text(Section::Topic, &t.id, "name", &t.name),
                }
            })
            .collect()
    }

    fn entities(&mut self, raw: &[RawEntity], seen: &mut HashSet<String>) -> Vec<Entity> {
        raw.iter()
            .map(|e| {
                self.id(Section::Entity, &e.id, seen);
                let kind = EntityType::from_name(&e.kind).unwrap_or_else(|| {
                    let problem = if e.kind.is_empty() {
                        Problem::Empty
                    } else {
                        Problem::UnknownEntityType(e.kind.clone())
                    };
                    self.report(Section::Entity, &e.id, "type", problem);
                    EntityType::Concept
                });
                Entity {
                    id: e.id.clone(),
                    kind,
                    name: self.text(Section::Entity, &e.id, "name", &e.name),
                    aliases: e
                        .aliases
                        .iter()
                        .map(|a| self.nonempty(Section::Entity, &e.id, "aliases", a))
                        .collect(),
                }
            })
            .collect()
    }

    fn relations(&mut self, raw: &[RawRelation]) -> Vec<Relation> {
        let mut seen = HashSet::new();
        raw.iter()
            .map(|r| {
                let s = Section::Relation;
                self.id(s, &r.id, &mut seen);
                let question = self.text(s, &r.id, "question", &r.question);
                let statement = self.text(s, &r.id, "statement", &r.statement);
                let event = r.event.as_ref().map(|e| self.text(s, &r.id, "event", e));
                let list = r.list.as_ref().map(|l| self.text(s, &r.id, "list", l));
                let blank = Text::default();
                for (field, text, needs) in [
                    ("question", &question, &["{subject}"][..]),
                    ("statement", &statement, &["{subject}", "{object}"][..]),
                    (
                        "event",
                        event.as_ref().unwrap_or(&blank),
                        &["{subject}"][..],
                    ),
                    (
                        "list",
                        list.as_ref().unwrap_or(&blank),
                        &["{subject}", "{object}"][..],
                    ),
                ] {
                    for placeholder in needs {
                        for t in [&text.fr, &text.en] {
                            if !t.is_empty() && !t.contains(placeholder) {
                                self.report(
                                    s,
                                    &r.id,
                                    field,
                                    Problem::MissingPlaceholder(placeholder),
                                );
                            }
                        }
                    }
                }
                Relation {
                    id: r.id.clone(),
                    question,
                    statement,
                    event,
                    list,
                }
            })
            .collect()
    }

    fn fact(
        &mut self,
        f: &RawFact,
        known: &Known,
        article: &Article,
        seen: &mut HashSet<String>,
    ) -> Fact {
        let s = Section::Fact;
        let id = f.id.as_str();
        self.id(s, id, seen);
        self.reference(
            (s, id, "subject"),
            Section::Entity,
            &f.subject,
            &known.entities,
        );
        self.reference(
            (s, id, "relation"),
            Section::Relation,
            &f.relation,
            &known.relations,
        );
        self.reference((s, id, "topic"), Section::Topic, &f.topic, &known.topics);
        let object = self.value((s, id, "object"), &f.object, known);
        let category = Category::from_name(&f.category).unwrap_or_else(|| {
            let problem = if f.category.is_empty() {
                Problem::Empty
            } else {
                Problem::UnknownCategory(f.category.clone())
            };
            self.report(s, id, "category", problem);
            Category::Context
        });
        if !(1..=3).contains(&f.difficulty) {
            self.report(s, id, "difficulty", Problem::BadDifficulty(f.difficulty));
        }
        let statement = self.text(s, id, "statement", &f.statement);
        let quote = self.nonempty(s, id, "quote", &f.quote);
        let sentences = if quote.is_empty() {
            Vec::new()
        } else {
            article.locate(&quote).unwrap_or_else(|| {
                self.report(s, id, "quote", Problem::QuoteNotInArticle(quote.clone()));
                Vec::new()
            })
        };
        let quote_answer = f.quote_answer.as_ref().map(|a| {
            if a.trim().is_empty() || !quote.contains(a.as_str()) {
                self.report(s, id, "quote_answer", Problem::NotInQuote(a.clone()));
            }
            a.clone()
        });
        let english_answer = f.english_answer.as_ref().map(|a| {
            if a.trim().is_empty() || !statement.en.contains(a.as_str()) {
                self.report(s, id, "english_answer", Problem::NotInStatement(a.clone()));
            }
            a.clone()
        });
        Fact {
            id: f.id.clone(),
            subject: f.subject.clone(),
            relation: f.relation.clone(),
            object,
            category,
            topic: f.topic.clone(),
            difficulty: u8::try_from(f.difficulty.clamp(1, 3)).unwrap_or(1),
            statement,
            quote,
            quote_answer,
            english_answer,
            accept: f
                .accept
                .iter()
                .map(|a| self.nonempty(s, id, "accept", a))
                .collect(),
            reject: f
                .reject
                .iter()
                .map(|r| {
                    let accepted = f.accept.iter().chain(&f.quote_answer);
                    if accepted
                        .into_iter()
                        .any(|a| crate::answer::refuses(a, &[r]))
                    {
                        self.report(s, id, "reject", Problem::RejectedAndAccepted(r.clone()));
                    }
                    self.nonempty(s, id, "reject", r)
                })
                .collect(),
            cloze_from_statement: f.cloze_from_statement,
            no_cloze: f.no_cloze,
            category_ambiguous: f.category_ambiguous,
            sentences,
        }
    }

    fn value(&mut self, at: (Section, &str, &str), raw: &RawValue, known: &Known) -> Value {
        let (section, id, field) = at;
        let given = [
            raw.entity.is_some(),
            raw.date.is_some(),
            raw.number.is_some(),
            raw.text.is_some(),
        ];
        let number_only = raw.unit.is_some() || raw.approx.is_some();
        if given.iter().filter(|&&g| g).count() != 1 || (number_only && raw.number.is_none()) {
            self.report(section, id, field, Problem::BadValue);
            return Value::Text(Text::default());
        }
        if let Some(entity) = &raw.entity {
            self.reference(at, Section::Entity, entity, &known.entities);
            Value::Entity(entity.clone())
        } else if let Some(date) = &raw.date {
            Value::Date(parse_date(date).unwrap_or_else(|| {
                self.report(section, id, field, Problem::BadDate(date.clone()));
                Date {
                    year: 0,
                    month: None,
                    day: None,
                }
            }))
        } else if let Some(value) = raw.number {
            let unit = raw
                .unit
                .as_ref()
                .map(|u| self.text(section, id, &format!("{field}.unit"), u));
            Value::Number {
                value,
                unit,
                approx: raw.approx.unwrap_or(false),
            }
        } else {
            let text = raw.text.as_ref().map(|t| self.text(section, id, field, t));
            Value::Text(text.unwrap_or_default())
        }
    }

    fn groups(
        &mut self,
        raw: &[RawGroup],
        facts: &[Fact],
        entities: &[Entity],
    ) -> Vec<ExclusiveGroup> {
        let s = Section::Group;
        let mut seen = HashSet::new();
        let facts_by_id: HashMap<&str, &Fact> = facts.iter().map(|f| (f.id.as_str(), f)).collect();
        let fact_ids = facts.iter().map(|f| f.id.clone()).collect();
        let known = Known {
            entities: entities.iter().map(|e| e.id.clone()).collect(),
            ..Known::default()
        };
        raw.iter()
            .map(|g| {
                let id = g.id.as_str();
                self.id(s, id, &mut seen);
                let about = self.text(s, id, "about", &g.about);
                if g.facts.is_empty() {
                    self.report(s, id, "facts", Problem::Empty);
                }
                for fact in &g.facts {
                    self.reference((s, id, "facts"), Section::Fact, fact, &fact_ids);
                }
                let members: Vec<Value> = g
                    .members
                    .iter()
                    .map(|m| self.value((s, id, "members"), m, &known))
                    .collect();
                if members.len() < 2 {
                    self.report(s, id, "members", Problem::TooFewMembers(members.len()));
                }
                let kinds: Vec<String> = members.iter().map(|m| value_kind(m, entities)).collect();
                if let Some(other) = kinds.iter().find(|k| *k != &kinds[0]) {
                    self.report(
                        s,
                        id,
                        "members",
                        Problem::MixedGroup {
                            first: kinds[0].clone(),
                            other: other.clone(),
                        },
                    );
                }
                let distinct: HashSet<String> = members.iter().map(|m| format!("{m:?}")).collect();
                if distinct.len() != members.len() {
                    self.report(s, id, "members", Problem::DuplicateMember);
                }
                for fact in g.facts.iter().filter_map(|f| facts_by_id.get(f.as_str())) {
                    if !members.contains(&fact.object) {
                        self.report(s, id, "facts", Problem::ObjectNotInGroup(fact.id.clone()));
                    }
                }
                ExclusiveGroup {
                    id: g.id.clone(),
                    about,
                    facts: g.facts.clone(),
                    members,
                }
            })
            .collect()
    }
}

/// The ids a fact may refer to.
#[derive(Default)]
struct Known {
    entities: HashSet<String>,
    relations: HashSet<String>,
    topics: HashSet<String>,
}

/// Lower-case ASCII letters, digits, `-` and `_` (relations read `asks_for`), neither first
/// nor last a hyphen.
fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a real month and day.
pub(crate) fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let year = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let number = |p: Option<&str>| -> Option<Option<u8>> {
        match p {
            None => Some(None),
            Some(p) if p.len() == 2 => p.parse().ok().map(Some),
            Some(_) => None,
        }
    };
    let month = number(parts.next())?;
    let day = number(parts.next())?;
    if parts.next().is_some()
        || month.is_some_and(|m| !(1..=12).contains(&m))
        || day.is_some_and(|d| !(1..=31).contains(&d))
        || (day.is_some() && month.is_none())
    {
        return None;
    }
    Some(Date { year, month, day })
}

/// What kind of value this is, for the "one kind per group" rule.
fn value_kind(value: &Value, entities: &[Entity]) -> String {
    match value {
        Value::Entity(id) => match entities.iter().find(|e| &e.id == id) {
            Some(e) => format!("entities of type {}", e.kind.name()),
            None => "entities".to_string(),
        },
        Value::Date(_) => "dates".to_string(),
        Value::Number { unit: Some(u), .. } => format!("numbers of {}", u.en),
        Value::Number { unit: None, .. } => "numbers".to_string(),
        Value::Text(_) => "texts".to_string(),
    }
}

/// An `http://` or `https://` address with a host: the only links a deck may give.
fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}
