use vigie_session::{KeyValueStore, StorageError};
use wasm_bindgen::JsValue;

/// The browser's localStorage. Each call looks it up again, so a store that the browser
/// withdraws (or never gave) yields an error instead of a panic.
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStore;

/// The browser's sessionStorage: kept while the tab is open, across its page loads. What
/// localStorage refuses to keep (a deck, when it is full) lives there for the visit.
#[derive(Clone, Copy, Debug, Default)]
pub struct VisitStore;

/// localStorage, or sessionStorage for the visit.
fn storage(visit: bool) -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    let storage = if visit {
        window.session_storage()
    } else {
        window.local_storage()
    };
    storage
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

/// Names a browser refusal by its DOMException name (e.g. `QuotaExceededError`).
fn to_error(err: JsValue) -> StorageError {
    use wasm_bindgen::JsCast;
    let name = match err.dyn_ref::<web_sys::DomException>() {
        Some(e) => e.name(),
        None => format!("{err:?}"),
    };
    if name.contains("Quota") {
        StorageError::QuotaExceeded
    } else {
        StorageError::Other(name)
    }
}

fn get(visit: bool, key: &str) -> Result<Option<String>, StorageError> {
    storage(visit)?.get_item(key).map_err(to_error)
}

fn set(visit: bool, key: &str, value: &str) -> Result<(), StorageError> {
    storage(visit)?.set_item(key, value).map_err(to_error)
}

fn remove(visit: bool, key: &str) -> Result<(), StorageError> {
    storage(visit)?.remove_item(key).map_err(to_error)
}

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        get(false, key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        set(false, key, value)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        remove(false, key)
    }
}

impl KeyValueStore for VisitStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        get(true, key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        set(true, key, value)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        remove(true, key)
    }
}
