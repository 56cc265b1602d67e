use vigie_session::{KeyValueStore, StorageError};
use wasm_bindgen::JsValue;

/// The browser's localStorage. Each call looks it up again, so a store that the browser
/// withdraws (or never gave) yields an error instead of a panic.
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStore;

impl LocalStore {
    fn storage() -> Result<web_sys::Storage, StorageError> {
        web_sys::window()
            .ok_or(StorageError::Unavailable)?
            .local_storage()
            .map_err(|_| StorageError::Unavailable)?
            .ok_or(StorageError::Unavailable)
    }
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

impl KeyValueStore for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Self::storage()?.get_item(key).map_err(to_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        Self::storage()?.set_item(key, value).map_err(to_error)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        Self::storage()?.remove_item(key).map_err(to_error)
    }
}
