//! The classroom bundle (quiz builder, projector, printed tests, result check, class report,
//! article, decks, progress): mounts, nothing else.
fn main() {
    vigie::ui::mount_classroom();
}
