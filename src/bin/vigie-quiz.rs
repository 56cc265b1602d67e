//! The quiz bundle (a quiz taken from its code or link, a sentence's practice quiz): mounts,
//! nothing else.
fn main() {
    vigie::ui::mount_quiz();
}
