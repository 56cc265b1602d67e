//! The third bundle (the deck editor, for teachers): mounts, nothing else.
fn main() {
    vigie::ui::mount_write();
}
