//! The smallest useful Leptos 0.8 app: a counter. The benchmarks load it next to Vigie.

use leptos::prelude::*;

fn main() {
    mount_to_body(|| {
        let count = RwSignal::new(0);
        view! {
            <main>
                <h1>"Counter"</h1>
                <button type="button" id="increment" on:click=move |_| *count.write() += 1>
                    "+1"
                </button>
                <p>"Count: " {move || count.get()}</p>
            </main>
        }
    });
}
