//! What every kind of item needs from the deck: values and templates in words, the group a fact
//! belongs to, the distractors that are provably wrong for it.

use super::item::{Answer, Item, ItemKind};
use super::passages::{Indexed, Passages, Scan};
use crate::article::Block;
use crate::deck::{Date, Deck, ExclusiveGroup, Fact, Text, Value};
use crate::lang::Lang;
use crate::render::{self, strip_article};
use crate::seeded::Stream;
use crate::seeded::{FastMap, FastSet};
use std::cell::OnceCell;

/// How many options a multiple-choice item shows: its answer and three wrong ones.
pub const OPTIONS: usize = 4;

/// The deck, the seed, and indexes built once so that every lookup a generator makes per
/// fact is constant time: a 10,000-fact deck costs ten times a 1,000-fact one, not a hundred.
/// The per-fact indexes follow `deck.facts`, and a fact is found there by its address (see
/// [`Context::position`]), which is cheaper than hashing its id every time.
pub struct Context<'a> {
    pub deck: &'a Deck,
    pub seed: u64,
    /// The first group listing each fact, by position.
    group: Vec<Option<&'a ExclusiveGroup>>,
    /// Each fact's subject and relation, as an index into `objects`.
    pair: Vec<usize>,
    /// Every object of each subject and relation.
    objects: Vec<FastSet<&'a Value>>,
    /// The facts of each subject and relation, by position, in deck order.
    members: Vec<Vec<usize>>,
    /// How many facts have each object.
    uses: FastMap<&'a Value, usize>,
    /// Whether an earlier fact has the same quote or statement, by position.
    repeats: Vec<bool>,
    /// The position of each subject's first fact, keyed `(subject, "")`, or `usize::MAX` when
    /// its facts quote different passages (in the map type `pairs` is, see below).
    subject_quote: FastMap<(&'a str, &'a str), usize>,
    /// The day the article was published, when its metadata gives it.
    published: Option<Date>,
    /// The article's passages as [`Context::sentences_naming`] matches them: lowercased,
    /// with typographic apostrophes made plain, once rather than once per fact; scanned, or
    /// indexed for a quiz (see [`Context::indexed`]).
    passages: Box<dyn Passages>,
    /// Where each fact's right option goes (see [`Context::key_place`]), made when the first
    /// multiple-choice item is written (the study page writes none).
    key_places: OnceCell<Vec<u8>>,
    /// Each fact's count of wrong options, made when plans or places first ask.
    distractor_counts: OnceCell<Vec<usize>>,
    /// Each fact's position by id, keyed `(id, "")`, made when the linter first asks.
    by_id: OnceCell<FastMap<(&'a str, &'a str), usize>>,
}

impl<'a> Context<'a> {
    /// The context the study page writes its cards in: the article's passages are scanned.
    pub fn new(deck: &'a Deck, seed: u64) -> Context<'a> {
        Self::with(deck, seed, Box::new(Scan(passages(deck))))
    }

    /// The context a quiz is written in: the article's passages are indexed, since a quiz
    /// may be made from a deck of thousands of facts (same items as [`Context::new`]).
    pub fn indexed(deck: &'a Deck, seed: u64) -> Context<'a> {
        Self::with(deck, seed, Box::new(Indexed::new(passages(deck))))
    }

    fn with(deck: &'a Deck, seed: u64, passages: Box<dyn Passages>) -> Context<'a> {
        // Every table is sized for the deck up front: growing one hashes its keys again.
        let n = deck.facts.len();
        let mut group_of: FastMap<&str, &ExclusiveGroup> = sized(n);
        for group in &deck.groups {
            for fact in &group.facts {
                group_of.entry(fact.as_str()).or_insert(group);
            }
        }
        let mut pairs: FastMap<(&str, &str), usize> = sized(n);
        let mut objects: Vec<FastSet<&Value>> = Vec::new();
        let mut uses: FastMap<&Value, usize> = sized(n);
        let mut members: Vec<Vec<usize>> = Vec::new();
        let mut pair = Vec::with_capacity(n);
        let mut subject_quote: FastMap<(&str, &str), usize> = sized(n);
        for (i, f) in deck.facts.iter().enumerate() {
            let first = subject_quote.entry((f.subject.as_str(), "")).or_insert(i);
            if deck.facts.get(*first).is_some_and(|g| g.quote != f.quote) {
                *first = usize::MAX;
            }
            let next = pairs.len();
            let p = *pairs
                .entry((f.subject.as_str(), f.relation.as_str()))
                .or_insert(next);
            if p == objects.len() {
                objects.push(FastSet::default());
                members.push(Vec::new());
            }
            objects[p].insert(&f.object);
            members[p].push(i);
            pair.push(p);
            *uses.entry(&f.object).or_default() += 1;
        }
        // Quotes and statements as pairs of strings, in the map type `pairs` is: no other
        // instance of the hash table in the first load. (A quote is paired with a tab, which
        // no statement's English is: the loader trims texts and refuses empty ones.)
        let mut seen: FastMap<(&str, &str), usize> = sized(2 * n);
        let repeats = deck
            .facts
            .iter()
            .map(|f| {
                let quote = (f.quote.as_str(), "\t");
                let statement = (f.statement.fr.as_str(), f.statement.en.as_str());
                // Each key hashed once: `insert` says whether it was there.
                let quoted_before = seen.insert(quote, 0).is_some();
                let stated_before = seen.insert(statement, 0).is_some();
                quoted_before || stated_before
            })
            .collect();
        let group = deck
            .facts
            .iter()
            .map(|f| group_of.get(f.id.as_str()).copied())
            .collect();
        Context {
            deck,
            seed,
            repeats,
            subject_quote,
            group,
            pair,
            objects,
            members,
            uses,
            published: deck.published_date(),
            passages,
            key_places: OnceCell::new(),
            distractor_counts: OnceCell::new(),
            by_id: OnceCell::new(),
        }
    }

    /// Where `fact` stands in the deck's facts, if it is one of them (not a copy).
    fn position(&self, fact: &Fact) -> Option<usize> {
        let offset =
            (fact as *const Fact as usize).checked_sub(self.deck.facts.as_ptr() as usize)?;
        let i = offset / std::mem::size_of::<Fact>().max(1);
        self.deck
            .facts
            .get(i)
            .filter(|f| std::ptr::eq(*f, fact))
            .map(|_| i)
    }

    pub fn stream(&self, name: &str) -> Stream {
        Stream::new(self.seed, name)
    }

    pub fn both(f: impl Fn(Lang) -> String) -> Text {
        Text {
            fr: f(Lang::Fr),
            en: f(Lang::En),
        }
    }

    pub fn value(&self, value: &Value) -> Text {
        Self::both(|lang| render::value(self.deck, value, lang))
    }

    fn subject_name(&self, fact: &Fact, lang: Lang) -> String {
        self.deck
            .entity(&fact.subject)
            .map(|e| e.name.get(lang).to_string())
            .unwrap_or_default()
    }

    /// The relation's question about the fact's subject. The subject is named without its
    /// gloss ("Bercy", not "Bercy (le ministère de l'Économie et des Finances)"): a gloss in
    /// a question can point to its answer.
    pub fn question(&self, fact: &Fact) -> Text {
        let Some(relation) = self.deck.relation(&fact.relation) else {
            return fact.statement.clone();
        };
        Self::both(|lang| {
            render::fill(
                relation.question.get(lang),
                render::without_gloss(&self.subject_name(fact, lang)),
                "",
            )
        })
    }

    /// The relation's statement about the fact's subject, with `object` (true or not).
    pub fn statement(&self, fact: &Fact, object: &Value) -> Text {
        let Some(relation) = self.deck.relation(&fact.relation) else {
            return fact.statement.clone();
        };
        Self::both(|lang| {
            render::fill(
                relation.statement.get(lang),
                &self.subject_name(fact, lang),
                &render::value(self.deck, object, lang),
            )
        })
    }

    /// The relation's event phrase for the fact (date relations only).
    pub fn event(&self, fact: &Fact) -> Option<Text> {
        let event = self.deck.relation(&fact.relation)?.event.as_ref()?;
        Some(Self::both(|lang| {
            render::fill(event.get(lang), &self.subject_name(fact, lang), "")
        }))
    }

    /// The exclusive group that lists this fact, if any.
    pub fn group_of(&self, fact: &Fact) -> Option<&'a ExclusiveGroup> {
        match self.position(fact) {
            Some(i) => self.group[i],
            None => self.deck.groups.iter().find(|g| g.facts.contains(&fact.id)),
        }
    }

    /// Whether some fact gives `answer` to `question`'s subject and relation.
    pub fn makes_true(&self, question: &Fact, answer: &Value) -> bool {
        match self.position(question) {
            Some(i) => self.objects[self.pair[i]].contains(answer),
            None => self.deck.facts.iter().any(|f| {
                f.subject == question.subject
                    && f.relation == question.relation
                    && &f.object == answer
            }),
        }
    }

    /// How many other facts share this fact's subject and relation (with another object): the
    /// other right answers to its question.
    pub fn siblings(&self, fact: &Fact) -> usize {
        match self.position(fact) {
            Some(i) => self.objects[self.pair[i]].len().saturating_sub(1),
            None => self
                .deck
                .facts
                .iter()
                .filter(|f| {
                    f.subject == fact.subject
                        && f.relation == fact.relation
                        && f.object != fact.object
                })
                .count(),
        }
    }

    /// The facts of this fact's subject and relation, itself included, in deck order.
    pub fn with_siblings(&self, fact: &Fact) -> Vec<&'a Fact> {
        let deck: &'a Deck = self.deck;
        match self.position(fact) {
            Some(i) => self.members[self.pair[i]]
                .iter()
                .map(|&j| &deck.facts[j])
                .collect(),
            None => deck
                .facts
                .iter()
                .filter(|f| f.subject == fact.subject && f.relation == fact.relation)
                .collect(),
        }
    }

    /// The facts of each subject and relation, in deck order, the questions in the order of
    /// their first fact.
    pub fn questions(&self) -> impl Iterator<Item = Vec<&'a Fact>> + '_ {
        let deck: &'a Deck = self.deck;
        self.members
            .iter()
            .map(move |m| m.iter().map(|&i| &deck.facts[i]).collect())
    }

    /// The deck's fact with this id, found without reading the deck through (the linter asks
    /// for every item it reads).
    pub fn fact(&self, id: &str) -> Option<&'a Fact> {
        let by_id = self.by_id.get_or_init(|| {
            let mut map = sized(self.deck.facts.len());
            for (i, f) in self.deck.facts.iter().enumerate() {
                map.entry((f.id.as_str(), "")).or_insert(i);
            }
            map
        });
        by_id.get(&(id, "")).and_then(|&i| self.deck.facts.get(i))
    }

    /// Where the right option of the fact's multiple-choice item goes, among its
    /// [`OPTIONS`]. Each place is taken by as many items as the others (give or take one), in
    /// an order the seed shuffles: shuffled item by item, the right option was B in 9 of 21;
    /// taken in turn, it ran B, C, D, A, a pattern a student learns as fast.
    pub fn key_place(&self, fact: &Fact) -> usize {
        let places = self.key_places.get_or_init(|| {
            let mut count = 0;
            let ranks: Vec<usize> = self
                .distractor_counts()
                .iter()
                .map(|&n| {
                    let rank = count;
                    if n >= OPTIONS - 1 {
                        count += 1;
                    }
                    rank
                })
                .collect();
            let mut order: Vec<u8> = (0..count).map(|r| (r % OPTIONS) as u8).collect();
            self.stream("key-places").shuffle(&mut order);
            ranks
                .into_iter()
                .map(|r| order.get(r).copied().unwrap_or(0))
                .collect()
        });
        match self.position(fact) {
            Some(i) => places.get(i).map_or(0, |&p| usize::from(p)),
            // A copy of a fact (never made by the generator): a place from its own stream.
            None => self.stream(&fact.id).below(OPTIONS),
        }
    }

    /// How many facts have `value` for object.
    pub fn uses_of(&self, value: &Value) -> usize {
        self.uses.get(value).copied().unwrap_or(0)
    }

    /// Whether the article says something of `value` that `fact` does not: a fact with
    /// `value` as its subject and another quote ("Bercy" is the model Mis takes, and what
    /// Bercy detects). A fact quoting the same words is one claim (Nice, and Nice's year).
    pub fn says_more_of(&self, value: &Value, fact: &Fact) -> bool {
        let Value::Entity(id) = value else {
            return false;
        };
        match self.subject_quote.get(&(id.as_str(), "")) {
            None => false,
            Some(&first) => self
                .deck
                .facts
                .get(first)
                .is_none_or(|f| f.quote != fact.quote),
        }
    }

    /// Whether an earlier fact of the deck has this fact's quote or statement.
    pub fn repeats_an_earlier_fact(&self, fact: &Fact) -> bool {
        match self.position(fact) {
            Some(i) => self.repeats[i],
            None => self
                .deck
                .facts
                .iter()
                .take_while(|f| f.id != fact.id)
                .any(|f| f.quote == fact.quote || f.statement == fact.statement),
        }
    }

    /// How many passages of the article name `value`, counted up to two (its sentences, and
    /// its headings and "À lire aussi" links, which a reader sees too): an entity by its
    /// name (without its article) or an alias, a date by its year, a number in figures.
    pub fn sentences_naming(&self, value: &Value) -> usize {
        self.passages.naming(&names_of(self.deck, value))
    }

    /// Whether the fact's relation words it as an event (to put in order).
    pub fn has_event(&self, fact: &Fact) -> bool {
        self.deck
            .relation(&fact.relation)
            .is_some_and(|r| r.event.is_some())
    }

    /// [`Context::distractor_count`] of every fact, by position, counted once: the plans and
    /// the places of the right options both read them.
    pub fn distractor_counts(&self) -> &[usize] {
        self.distractor_counts.get_or_init(|| {
            self.deck
                .facts
                .iter()
                .map(|f| self.distractor_count(f))
                .collect()
        })
    }

    /// How many members of the fact's group are false for it (see [`Context::distractors`]).
    pub fn distractor_count(&self, fact: &Fact) -> usize {
        self.group_of(fact).map_or(0, |group| {
            group
                .members
                .iter()
                .filter(|m| self.is_distractor(fact, m))
                .count()
        })
    }

    /// Members of the fact's group that are false for it: not its object, not the object of
    /// any other fact with the same subject and relation, and not ruled out by the article's
    /// own date (see [`Context::same_side_of_publication`]).
    pub fn distractors(&self, fact: &Fact) -> Vec<&'a Value> {
        let Some(group) = self.group_of(fact) else {
            return Vec::new();
        };
        group
            .members
            .iter()
            .filter(|m| self.is_distractor(fact, m))
            .collect()
    }

    /// Whether `value` is a fair wrong option for the fact's question: a member of its group
    /// (see [`Context::distractors`]).
    pub fn is_wrong_option_for(&self, fact: &Fact, value: &Value) -> bool {
        self.group_of(fact)
            .is_some_and(|group| group.members.contains(value))
            && self.is_distractor(fact, value)
    }

    fn is_distractor(&self, fact: &Fact, member: &Value) -> bool {
        !self.makes_true(fact, member) && self.same_side_of_publication(&fact.object, member)
    }

    /// A date distractor for a past event must be past too, and one for a coming event must
    /// be to come: a 2022 option for a 2019 trial, in an article of 2021, is wrong by the
    /// calendar, not by the article.
    pub fn same_side_of_publication(&self, key: &Value, member: &Value) -> bool {
        match (key, member, self.published) {
            (Value::Date(k), Value::Date(m), Some(p)) => (*k <= p) == (*m <= p),
            _ => true,
        }
    }

    /// The facts' quotes, and the article's date line when a year the item states is not in
    /// its quote: a date answer given relative to the article ("ce matin", "avril dernier"),
    /// or the article's own year in the question ("En 2021, quelle fonction… ?").
    fn quotes(&self, facts: &[&Fact]) -> Vec<String> {
        // Each quote once: the three technologies of the mission quote one clause.
        let mut quotes: Vec<String> = Vec::with_capacity(facts.len() + 1);
        for f in facts {
            if !quotes.contains(&f.quote) {
                quotes.push(f.quote.clone());
            }
        }
        let published = self.published.map(|d| d.year.to_string());
        let from_the_date_line = facts.iter().any(|f| {
            let answered = match &f.object {
                Value::Date(date) => Some(date.year.to_string()),
                _ => None,
            };
            let asked = self.deck.relation(&f.relation).map(|r| &r.question.fr);
            let stated = published
                .clone()
                .filter(|year| asked.is_some_and(|q| q.contains(year.as_str())));
            [answered, stated]
                .into_iter()
                .flatten()
                .any(|year| !f.quote.contains(&year))
        });
        if let Some(line) = self.deck.article.dateline().filter(|_| from_the_date_line) {
            quotes.push(line.to_string());
        }
        quotes
    }

    /// An item with its sources, explanation, categories, topics and difficulty filled in
    /// from `facts`.
    pub fn item(
        &self,
        id: String,
        kind: ItemKind,
        prompt: Text,
        answer: Answer,
        facts: &[&Fact],
    ) -> Item {
        let mut sentences: Vec<usize> = facts
            .iter()
            .flat_map(|f| f.sentences.iter().copied())
            .collect();
        crate::sort::sort(&mut sentences);
        sentences.dedup();
        let mut categories: Vec<_> = facts.iter().map(|f| f.category).collect();
        crate::sort::sort(&mut categories);
        categories.dedup();
        let mut topics: Vec<String> = facts.iter().map(|f| f.topic.clone()).collect();
        crate::sort::sort(&mut topics);
        topics.dedup();
        let join = |lang: Lang| {
            facts
                .iter()
                .map(|f| f.statement.get(lang))
                .collect::<Vec<_>>()
                .join(" ")
        };
        Item {
            id,
            kind,
            prompt,
            answer,
            fact_ids: facts.iter().map(|f| f.id.clone()).collect(),
            quotes: self.quotes(facts),
            sentences,
            explanation: Self::both(join),
            categories,
            topics,
            difficulty: facts.iter().map(|f| f.difficulty).max().unwrap_or(1),
        }
    }
}

/// The article's sentences, headings and "À lire aussi" links (all a reader sees), in the
/// form names are matched in.
fn passages(deck: &Deck) -> Vec<String> {
    let asides = deck.article.blocks.iter().filter_map(|b| match b {
        Block::Heading(text) | Block::Related(text) => Some(text),
        _ => None,
    });
    deck.article
        .sentences
        .iter()
        .chain(asides)
        .map(|s| plain_lowercase(s))
        .collect()
}

/// The names [`Context::sentences_naming`] looks for: lowercased, of three characters or more.
fn names_of(deck: &Deck, value: &Value) -> Vec<String> {
    let names: Vec<String> = match value {
        Value::Entity(id) => deck
            .entity(id)
            .map(|e| {
                let mut names = vec![strip_article(&e.name.fr).to_string()];
                if let Some((name, gloss)) = e.name.fr.split_once(" (") {
                    names.push(strip_article(name).to_string());
                    names.push(gloss.trim_end_matches(')').to_string());
                }
                names.extend(e.aliases.iter().cloned());
                names
            })
            .unwrap_or_default(),
        Value::Date(d) => vec![d.year.to_string()],
        Value::Number { value, .. } => {
            vec![render::number(*value, Lang::Fr).replace('\u{a0}', " ")]
        }
        Value::Text(_) => Vec::new(),
    };
    names
        .into_iter()
        .filter(|n| n.chars().count() >= 3)
        .map(|n| plain_lowercase(&n))
        .collect()
}

/// `text` lowercased, with typographic apostrophes made plain, for matching names in it.
fn plain_lowercase(text: &str) -> String {
    let lower = crate::case::lowercase(text);
    if lower.contains('’') {
        lower.replace('’', "'")
    } else {
        lower
    }
}

/// An empty table with room for `n` keys.
fn sized<K, V>(n: usize) -> FastMap<K, V> {
    FastMap::with_capacity_and_hasher(n, Default::default())
}

/// One step harder, for items that ask more than their fact (typing it, or reversing it).
pub fn harder(difficulty: u8) -> u8 {
    (difficulty + 1).min(3)
}

/// A value short enough to type or to match: an entity, a date, a number, or a text of a few
/// words.
pub fn is_short(value: &Value, max_words: usize) -> bool {
    match value {
        Value::Text(t) => t.fr.split_whitespace().count() <= max_words,
        _ => true,
    }
}
