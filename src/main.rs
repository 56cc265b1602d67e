fn main() {
    vigie::ui::mount();
}
