//! A deck being written in the editor: the deck file's own fields ([`Draft`]), kept as they
//! are while they are not valid yet, written back as a deck file at any time and checked by
//! the same loader as any file. [`Editor`] keeps the changes for undo and redo.

use super::load::read_file;
pub use super::raw::{
    RawArticle as DraftArticle, RawDeck as Draft, RawEntity as DraftEntity, RawFact as DraftFact,
    RawGroup as DraftGroup, RawRelation as DraftRelation, RawText as DraftText,
    RawTopic as DraftTopic, RawValue as DraftValue,
};
use super::{Deck, DeckErrors, FORMAT};

/// How many changes undo goes back.
const HISTORY: usize = 200;

/// A new deck: French, version 1, one topic to start with.
pub fn new_draft() -> Draft {
    let mut draft = Draft {
        format: Some(FORMAT),
        ..Draft::default()
    };
    draft.deck.id = "mon-article".into();
    draft.deck.version = 1;
    draft.deck.language = "fr".into();
    draft.article.text = Some(String::new());
    draft.topics.push(DraftTopic {
        id: "general".into(),
        name: DraftText {
            fr: Some("Général".into()),
            en: Some("General".into()),
        },
    });
    draft
}

/// The draft as a deck file (`*.vigie.json`), valid or not.
pub fn to_file(draft: &Draft) -> String {
    serde_json::to_string_pretty(draft).unwrap_or_default()
}

/// A deck file opened for editing: it must be a deck file of this format, but may be invalid
/// (the editor lists its problems). A seed deck's file name is dropped: the text is inside.
pub fn open_file(bytes: &[u8]) -> Result<Draft, DeckErrors> {
    let mut draft = read_file(bytes)?;
    draft.article.file.clear();
    draft.article.text.get_or_insert_with(String::new);
    Ok(draft)
}

/// The id of the group the editor makes for one fact's wrong answers.
pub fn choices_id(fact_id: &str) -> String {
    format!("{fact_id}-choix")
}

/// The wrong answers of the fact at `index`: the members of its own group (see
/// [`choices_id`]) other than its object; empty when it has none.
pub fn wrong_answers(draft: &Draft, index: usize) -> Vec<DraftValue> {
    let Some(fact) = draft.facts.get(index) else {
        return Vec::new();
    };
    let id = choices_id(&fact.id);
    draft
        .exclusive_groups
        .iter()
        .find(|g| g.id == id)
        .map(|g| {
            g.members
                .iter()
                .filter(|m| **m != fact.object)
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

/// Sets the wrong answers of the fact at `index`: its own group holds its object and them
/// (and goes when there are none), so that they serve as distractors and as the false side of
/// true/false questions.
pub fn set_wrong_answers(draft: &mut Draft, index: usize, wrong: Vec<DraftValue>) {
    let Some(fact) = draft.facts.get(index) else {
        return;
    };
    let (id, object, fact_id) = (choices_id(&fact.id), fact.object.clone(), fact.id.clone());
    draft.exclusive_groups.retain(|g| g.id != id);
    if wrong.is_empty() {
        return;
    }
    draft.exclusive_groups.push(DraftGroup {
        about: DraftText {
            fr: Some(format!("Réponses possibles pour « {fact_id} »")),
            en: Some(format!("Possible answers for “{fact_id}”")),
        },
        facts: vec![fact_id],
        members: std::iter::once(object).chain(wrong).collect(),
        id,
    });
}

/// Renames the fact at `index`, and its own group with it — unless another fact has (or gets)
/// the same id meanwhile (typing `fait-10` back to `fait-1`): groups are then left as they are
/// and the loader names the duplicate id.
pub fn rename_fact(draft: &mut Draft, index: usize, new_id: String) {
    let Some(fact) = draft.facts.get_mut(index) else {
        return;
    };
    let old = std::mem::replace(&mut fact.id, new_id.clone());
    let holders = |id: &str| draft.facts.iter().filter(|f| f.id == id).count();
    if holders(&old) > 0 || holders(&new_id) > 1 {
        return;
    }
    if draft
        .exclusive_groups
        .iter()
        .any(|g| g.id == choices_id(&new_id))
    {
        return;
    }
    for group in &mut draft.exclusive_groups {
        if group.id == choices_id(&old) {
            group.id = choices_id(&new_id);
        }
        for f in &mut group.facts {
            if *f == old {
                f.clone_from(&new_id);
            }
        }
    }
}

/// Removes the fact at `index` and its own group.
pub fn remove_fact(draft: &mut Draft, index: usize) {
    let Some(fact) = draft.facts.get(index) else {
        return;
    };
    let id = fact.id.clone();
    if draft.facts.iter().filter(|f| f.id == id).count() == 1 {
        draft.exclusive_groups.retain(|g| g.id != choices_id(&id));
        for group in &mut draft.exclusive_groups {
            group.facts.retain(|f| *f != id);
        }
    }
    draft.facts.remove(index);
}

/// Keeps each fact's own group in step with the fact's object (the editor calls it after
/// every change: the object must stay among the members). A group whose id two facts share
/// is left alone.
pub fn sync_choices(draft: &mut Draft) {
    for fact in &draft.facts {
        if draft.facts.iter().filter(|f| f.id == fact.id).count() > 1 {
            continue;
        }
        let id = choices_id(&fact.id);
        if let Some(group) = draft.exclusive_groups.iter_mut().find(|g| g.id == id) {
            if let Some(first) = group.members.first_mut() {
                first.clone_from(&fact.object);
            }
        }
    }
}

/// The draft checked as a learner's device will check its file.
pub fn check(draft: &Draft) -> Result<Deck, DeckErrors> {
    Deck::from_file(to_file(draft).as_bytes())
}

/// The draft and its history: every change can be undone and redone. Changes to one field in
/// a row (typing) make one step.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Editor {
    draft: Draft,
    past: Vec<Draft>,
    future: Vec<Draft>,
    /// The field the last change was to, while typing goes on in it.
    typing_in: Option<String>,
}

impl Editor {
    pub fn new(draft: Draft) -> Editor {
        Editor {
            draft,
            ..Editor::default()
        }
    }

    pub fn draft(&self) -> &Draft {
        &self.draft
    }

    /// Changes the draft. `field` names what changed (`fact:3:quote`): a change to the same
    /// field as the last one joins its step; `None` always makes a step of its own.
    pub fn change(&mut self, field: Option<&str>, change: impl FnOnce(&mut Draft)) {
        let before = self.draft.clone();
        change(&mut self.draft);
        if self.draft == before {
            return;
        }
        let same_field = field.is_some() && field == self.typing_in.as_deref();
        if !same_field {
            self.past.push(before);
            if self.past.len() > HISTORY {
                self.past.remove(0);
            }
        }
        self.future.clear();
        self.typing_in = field.map(str::to_string);
    }

    /// Goes back one step; false when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.past.pop() else {
            return false;
        };
        self.future
            .push(std::mem::replace(&mut self.draft, previous));
        self.typing_in = None;
        true
    }

    /// Goes forward one undone step; false when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.future.pop() else {
            return false;
        };
        self.past.push(std::mem::replace(&mut self.draft, next));
        self.typing_in = None;
        true
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}
