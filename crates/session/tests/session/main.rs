//! Native tests of the session layer over `MemoryStore`, one module per area
//! (`cargo test -p vigie-session`).

mod decks;
mod draft;
mod saver;
mod session;
