//! The classroom bundle (quizzes, projector, printed tests, result check): mounts, nothing else.
fn main() {
    vigie::ui::mount_classroom();
}
