//! Every text the interface shows, in French and in English, in one catalogue.
//!
//! The `catalogue!` macro makes a key without both languages a compile error; the tests
//! check that no text is empty and that French follows French typography.

use crate::domain::lang::Lang;

macro_rules! catalogue {
    ($($key:ident { fr: $fr:expr, en: $en:expr $(,)? })*) => {
        /// A text of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key { $($key),* }

        impl Key {
            /// Every key, for the tests.
            pub const ALL: &'static [Key] = &[$(Key::$key),*];

            /// The text in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Key::$key, Lang::Fr) => $fr,
                        (Key::$key, Lang::En) => $en,
                    )*
                }
            }
        }
    };
}

catalogue! {
    AppName { fr: "Vigie", en: "Vigie" }
    Tagline {
        fr: "Réviser la politique de surveillance à partir d’un vrai article",
        en: "Study surveillance policy from a real news article",
    }
    SkipToContent { fr: "Aller au contenu", en: "Skip to content" }
    MainNavigation { fr: "Navigation principale", en: "Main navigation" }
    NavHome { fr: "Accueil", en: "Home" }
    NavStudy { fr: "Étudier", en: "Study" }
    NavQuiz { fr: "Quiz", en: "Quiz" }
    NavProgress { fr: "Progrès", en: "Progress" }
    NavArticle { fr: "Article", en: "Article" }
    SwitchToOther { fr: "English", en: "Français" }
    SwitchToOtherLabel {
        fr: "Switch to English (passer en anglais)",
        en: "Passer en français (switch to French)",
    }

    HomeTitle {
        fr: "Comprendre les technologies de sécurité, fait par fait",
        en: "Understand security technologies, fact by fact",
    }
    HomeIntro {
        fr: "Vigie transforme un article de presse en fiches et en quiz. Chaque question vient d’une phrase de l’article, et chaque réponse la cite.",
        en: "Vigie turns a news article into flashcards and quizzes. Every question comes from a sentence of the article, and every answer quotes it.",
    }
    HomeArticleLead {
        fr: "L’article étudié\u{a0}: en septembre 2021, le député Jean-Michel Mis remet au Premier ministre son rapport sur la reconnaissance faciale, les drones et l’intelligence artificielle, avec ses propositions, les grands événements visés (Coupe du monde de rugby 2023, jeux Olympiques de Paris 2024) et ses garde-fous.",
        en: "The article studied: in September 2021, deputy Jean-Michel Mis hands the Prime Minister his report on facial recognition, drones and artificial intelligence, with its proposals, the events it looks to (Rugby World Cup 2023, Paris Olympics 2024) and its safeguards.",
    }
    HomeForWhom { fr: "Pour qui\u{a0}?", en: "Who is it for?" }
    HomeStudents {
        fr: "Les élèves et étudiants en éducation civique\u{a0}: des questions justes, chacune avec sa source.",
        en: "Civics students: correct questions, each with its source.",
    }
    HomeTeachers {
        fr: "Les enseignants\u{a0}: le même quiz sur chaque appareil à partir d’un code, une vue pour le vidéoprojecteur, un test imprimable avec son corrigé.",
        en: "Teachers: the same quiz on every device from one code, a projector view, a printable test with its answer key.",
    }
    HomeSelfLearners {
        fr: "Les autodidactes\u{a0}: la répétition espacée, le clavier, une progression gardée sur l’appareil et utilisable hors ligne.",
        en: "Self-learners: spaced repetition, keyboard shortcuts, progress kept on the device and usable offline.",
    }
    HomePrivacy {
        fr: "Aucun compte, aucun serveur\u{a0}: tout reste dans votre navigateur.",
        en: "No account, no server: everything stays in your browser.",
    }
    HomeStartReading { fr: "Lire l’article", en: "Read the article" }

    StudyTitle { fr: "Étudier", en: "Study" }
    StudyComing {
        fr: "Cette page n’est pas encore construite. Elle proposera des fiches avec répétition espacée\u{a0}: la carte, la réponse avec sa source, puis «\u{a0}À revoir\u{a0}», «\u{a0}Difficile\u{a0}», «\u{a0}Bien\u{a0}» ou «\u{a0}Facile\u{a0}».",
        en: "This page is not built yet. It will offer flashcards with spaced repetition: the card, the answer with its source, then Again, Hard, Good or Easy.",
    }
    QuizTitle { fr: "Quiz", en: "Quiz" }
    QuizComing {
        fr: "Cette page n’est pas encore construite. Elle permettra de composer un quiz, de le partager par un code et de l’imprimer.",
        en: "This page is not built yet. It will let you build a quiz, share it with a code and print it.",
    }
    ProgressTitle { fr: "Progrès", en: "Progress" }
    ProgressComing {
        fr: "Cette page n’est pas encore construite. Elle montrera votre maîtrise par thème, les révisions à venir et l’historique de vos quiz.",
        en: "This page is not built yet. It will show your mastery by topic, upcoming reviews and your quiz history.",
    }
    NotBuiltYet { fr: "Bientôt", en: "Coming soon" }

    ArticleLanguageNote {
        fr: "L’article est reproduit tel qu’il a été publié.",
        en: "The article is shown as published, in French.",
    }
    ArticleSentenceShown {
        fr: "Phrase source mise en évidence ci-dessous.",
        en: "The source sentence is highlighted below.",
    }

    NotFoundTitle { fr: "Page introuvable", en: "Page not found" }
    NotFoundText {
        fr: "Cette adresse ne mène à aucune page de Vigie.",
        en: "This address leads to no page of Vigie.",
    }
    BackHome { fr: "Retour à l’accueil", en: "Back to the home page" }

    StorageUnavailable {
        fr: "Votre navigateur refuse le stockage local (navigation privée\u{a0}?)\u{a0}: vos choix valent pour cette visite seulement.",
        en: "Your browser refuses local storage (private browsing?): your choices last for this visit only.",
    }
    FooterText {
        fr: "Vigie fonctionne sans serveur\u{a0}: vos données restent sur cet appareil.",
        en: "Vigie runs without a server: your data stays on this device.",
    }
}

#[cfg(test)]
mod tests {
    use super::Key;
    use crate::domain::lang::Lang;

    #[test]
    fn every_key_has_text_in_every_language() {
        for key in Key::ALL {
            for lang in Lang::ALL {
                assert!(
                    !key.text(lang).trim().is_empty(),
                    "{key:?} is empty in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn french_texts_use_french_typography() {
        for key in Key::ALL {
            let fr = key.text(Lang::Fr);
            for (i, c) in fr.char_indices() {
                if matches!(c, ':' | ';' | '?' | '!' | '»') {
                    let before = fr[..i].chars().last();
                    assert_eq!(
                        before,
                        Some('\u{a0}'),
                        "{key:?}: no-break space before {c:?} in {fr:?}"
                    );
                }
                if c == '«' {
                    assert_eq!(
                        fr[i + c.len_utf8()..].chars().next(),
                        Some('\u{a0}'),
                        "{key:?}: no-break space after « in {fr:?}"
                    );
                }
            }
            assert!(
                !fr.contains('\''),
                "{key:?}: typographic apostrophe expected in {fr:?}"
            );
        }
    }
}
