//! The second bundle (quizzes, projector, printed tests, result check, progress): mounts, nothing else.
fn main() {
    vigie::ui::mount_classroom();
}
