//! Native tests of the session layer over `MemoryStore`, one module per area
//! (`cargo test -p vigie-session`).

mod saver;
mod session;
