use crate::{KeyValueStore, StorageError};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// Storage kept in memory, for the native tests of the session. It can play the browser's
/// refusals: a quota on the bytes it holds (as localStorage's 5 MB), or no storage at all.
/// (The app itself always uses localStorage; when that refuses, the progress simply stays in
/// the interface's memory for the visit.)
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    quota: Option<usize>,
    unavailable: Cell<bool>,
}

impl MemoryStore {
    /// A store that refuses a write that would make its keys and values pass `bytes`.
    pub fn with_quota(bytes: usize) -> MemoryStore {
        MemoryStore {
            quota: Some(bytes),
            ..MemoryStore::default()
        }
    }

    /// From now on, every call fails as a browser that withdrew storage.
    pub fn withdraw(&self) {
        self.unavailable.set(true);
    }

    fn check(&self) -> Result<(), StorageError> {
        if self.unavailable.get() {
            Err(StorageError::Unavailable)
        } else {
            Ok(())
        }
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.check()?;
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.check()?;
        let mut entries = self.entries.borrow_mut();
        if let Some(quota) = self.quota {
            let others: usize = entries
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(StorageError::QuotaExceeded);
            }
        }
        entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.check()?;
        self.entries.borrow_mut().remove(key);
        Ok(())
    }
}
