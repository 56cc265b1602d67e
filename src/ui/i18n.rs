//! Every text the interface shows, in French and in English, in two catalogues: `Key` for the
//! texts of the main bundle (and those every bundle shows), `ClassKey` for the classroom's and
//! the editor's own, so that the first load does not carry them. Texts with arguments (counts, codes,
//! sizes) are functions in [`messages`], where a missing or extra argument does not compile
//! and counts take their language's plural.
//!
//! The `catalogue!` macro makes a key without both languages a compile error; the tests
//! check that no text is empty and that French follows French typography. This module names
//! no other module of the interface: the state reads it, not the other way round.

mod deck_errors;
pub mod messages;

pub use deck_errors::deck_error;

use vigie_core::export::Format;
use vigie_core::generate::ItemKind;
use vigie_core::lang::Lang;

/// The name of a kind of question.
pub fn kind_key(kind: ItemKind) -> ClassKey {
    match kind {
        ItemKind::Flashcard => ClassKey::KindFlashcard,
        ItemKind::MultipleChoice => ClassKey::KindMultipleChoice,
        ItemKind::TrueFalse => ClassKey::KindTrueFalse,
        ItemKind::Cloze => ClassKey::KindCloze,
        ItemKind::TypedAnswer => ClassKey::KindTypedAnswer,
        ItemKind::Matching => ClassKey::KindMatching,
        ItemKind::Ordering => ClassKey::KindOrdering,
        ItemKind::Categorize => ClassKey::KindCategorize,
    }
}

/// What a rule of the quality linter means, for a teacher (the editor's preview).
pub fn rule_key(rule: vigie_core::generate::lint::Rule) -> ClassKey {
    use vigie_core::generate::lint::Rule;
    match rule {
        Rule::AnswerInPrompt => ClassKey::RuleAnswerInPrompt,
        Rule::AmbiguousCloze => ClassKey::RuleAmbiguousCloze,
        Rule::AmbiguousQuestion => ClassKey::RuleAmbiguousQuestion,
        Rule::BadBlank => ClassKey::RuleBadBlank,
        Rule::CoinFlip => ClassKey::RuleCoinFlip,
        Rule::OutOfTimeDistractor => ClassKey::RuleOutOfTime,
        Rule::LengthCue => ClassKey::RuleLengthCue,
        Rule::AmbiguousCategory => ClassKey::RuleAmbiguousCategory,
        Rule::FrenchTypographyInEnglish => ClassKey::RuleFrenchTypography,
        Rule::SmallNumberInFigures => ClassKey::RuleSmallNumber,
        Rule::DuplicatePrompt => ClassKey::RuleDuplicatePrompt,
        Rule::NearCopy => ClassKey::RuleNearCopy,
        Rule::UncoveredFact => ClassKey::RuleUncoveredFact,
        Rule::MissingKind => ClassKey::RuleMissingKind,
    }
}

/// An export format's name and who it is for, in one line.
pub fn format_key(format: Format) -> ClassKey {
    match format {
        Format::Anki => ClassKey::ExportAnki,
        Format::Moodle => ClassKey::ExportMoodle,
        Format::Pronote => ClassKey::ExportPronote,
        Format::Gift => ClassKey::ExportGift,
        Format::Kahoot => ClassKey::ExportKahoot,
        Format::Quizlet => ClassKey::ExportQuizlet,
        Format::Csv => ClassKey::ExportCsv,
        Format::Json => ClassKey::ExportJson,
    }
}

/// A key of one of the catalogues.
pub trait CatalogueKey: Copy + Send + Sync + 'static {
    /// The text in `lang`.
    fn text(self, lang: Lang) -> &'static str;
}

/// Two catalogues, one per bundle's needs: a bundle carries only the texts of the catalogues
/// it names (each catalogue is one `match`, linked whole).
macro_rules! catalogue {
    ($(#[$doc:meta])* $name:ident; $($key:ident { fr: $fr:expr, en: $en:expr $(,)? })*) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($key),* }

        impl $name {
            /// Every key, for the tests.
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            /// The text in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $(
                        ($name::$key, Lang::Fr) => $fr,
                        ($name::$key, Lang::En) => $en,
                    )*
                }
            }
        }

        impl CatalogueKey for $name {
            fn text(self, lang: Lang) -> &'static str {
                $name::text(self, lang)
            }
        }
    };
}

catalogue! {
    /// A text of the interface shown in the main bundle (or in both).
    Key;
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
    NavDecks { fr: "Jeux de cartes", en: "Decks" }
    NavWrite { fr: "Écrire un jeu de cartes", en: "Write a deck" }
    SwitchToOther { fr: "English", en: "Français" }
    SwitchToOtherLabel {
        fr: "Switch to English (passer en anglais)",
        en: "Passer en français (switch to French)",
    }

    ThemeLabel { fr: "Thème\u{a0}:", en: "Theme:" }
    ThemeSystem { fr: "automatique", en: "automatic" }
    ThemeLight { fr: "clair", en: "light" }
    ThemeDark { fr: "sombre", en: "dark" }

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
    HomeToday { fr: "À étudier maintenant", en: "To study now" }
    HomeStudyNow { fr: "Étudier maintenant", en: "Study now" }
    HomeMakeQuiz { fr: "Créer un quiz", en: "Make a quiz" }
    HomeOtherArticle { fr: "Changer d’article", en: "Another article" }
    HomeDeckNeedsCopy {
        fr: "Le jeu de cartes que vous avez choisi doit être préparé une fois pour cette version de Vigie\u{a0}; en attendant, voici le jeu intégré.",
        en: "The deck you chose must be prepared once for this version of Vigie; until then, here is the built-in deck.",
    }
    HomeOpenDecks { fr: "Le préparer dans la page Jeux de cartes", en: "Prepare it on the Decks page" }
    HomeAbout { fr: "Qu’est-ce que Vigie\u{a0}?", en: "What is Vigie?" }

    StudyTitle { fr: "Étudier", en: "Study" }
    QuizTitle { fr: "Quiz", en: "Quiz" }
    ProgressTitle { fr: "Progrès", en: "Progress" }

    ArticleLanguageNote {
        fr: "L’article est reproduit tel qu’il a été publié.",
        en: "The article is shown as published, in French.",
    }
    ArticleFactsHint {
        fr: "Chaque phrase est un lien\u{a0}: choisissez-en une pour voir ce qu’elle affirme et l’étudier.",
        en: "Each sentence is a link: choose one to see what it states and study it.",
    }
    ArticleFactsTitle { fr: "Ce que dit cette phrase", en: "What this sentence states" }
    ArticleQuizThese { fr: "Quiz sur cette phrase", en: "Quiz on this sentence" }
    ArticleStudyThese { fr: "Étudier les fiches de cette phrase", en: "Study the cards of this sentence" }

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
    StudyIntro {
        fr: "Chaque carte pose une question tirée de l’article. Essayez de répondre de tête, affichez la réponse, puis dites honnêtement si vous la saviez\u{a0}: Vigie planifie la prochaine révision au bon moment.",
        en: "Each card asks a question from the article. Try to answer in your head, show the answer, then say honestly whether you knew it: Vigie schedules the next review at the right time.",
    }
    StudyFilterLabel { fr: "Étudier", en: "Study" }
    StudyFilterAll { fr: "Toutes les cartes", en: "All cards" }
    StudyFilterSentence { fr: "La phrase choisie dans l’article", en: "The sentence chosen in the article" }
    StudyFilterCategories { fr: "Par catégorie", en: "By category" }
    StudyFilterTopics { fr: "Par thème", en: "By topic" }
    StudyExport { fr: "Exporter vers Anki ou Quizlet", en: "Export to Anki or Quizlet" }
    ExportTitle { fr: "Exporter", en: "Export" }
    StudyCountNew { fr: "Nouvelles", en: "New" }
    StudyCountLearning { fr: "En apprentissage", en: "Learning" }
    StudyCountReview { fr: "À réviser", en: "To review" }
    StudyQuestion { fr: "Question", en: "Question" }
    StudyAnswer { fr: "Réponse", en: "Answer" }
    StudyShowAnswer { fr: "Afficher la réponse", en: "Show answer" }
    StudyHowWell { fr: "Vous la saviez\u{a0}?", en: "Did you know it?" }
    RatingAgain { fr: "À revoir", en: "Again" }
    RatingHard { fr: "Difficile", en: "Hard" }
    RatingGood { fr: "Bien", en: "Good" }
    RatingEasy { fr: "Facile", en: "Easy" }
    RatingNextIn { fr: "prochaine révision dans", en: "next review in" }
    StudyUndo { fr: "Annuler la dernière note", en: "Undo last rating" }
    StudyUndone { fr: "Dernière note annulée.", en: "Last rating undone." }
    StudyRated { fr: "Noté. Carte suivante.", en: "Rated. Next card." }
    SourceLabel { fr: "Source dans l’article", en: "Source in the article" }
    SeeInArticle { fr: "Voir la phrase dans l’article", en: "See the sentence in the article" }
    StudyShortcuts {
        fr: "Clavier\u{a0}: Espace ou Entrée affiche la réponse, 1 à 4 notent, Ctrl+Z ou U annule.",
        en: "Keyboard: Space or Enter shows the answer, 1 to 4 rate, Ctrl+Z or U undoes.",
    }
    StudyDoneTitle { fr: "Séance terminée", en: "Session complete" }
    StudyNothingDue { fr: "Rien à réviser pour l’instant.", en: "Nothing to review right now." }
    StudyNoneInFilter {
        fr: "Aucune carte dans cette sélection.",
        en: "No card in this selection.",
    }
    StudySettings { fr: "Réglages de l’étude", en: "Study settings" }
    StudyNewPerDay { fr: "Nouvelles cartes par jour", en: "New cards per day" }
    StudyRetention { fr: "Rétention visée (70 à 99\u{a0}%)", en: "Desired retention (70 to 99%)" }
    DeckInvalid {
        fr: "Le jeu de cartes intégré est invalide\u{a0}: cette version de Vigie ne peut pas l’utiliser.",
        en: "The built-in deck is invalid: this version of Vigie cannot use it.",
    }

    ProgressSaved { fr: "Progression enregistrée dans ce navigateur.", en: "Progress saved in this browser." }
    ProgressUnavailable {
        fr: "Ce navigateur refuse le stockage (navigation privée\u{a0}?)\u{a0}: votre progression vit en mémoire pour cette visite. Téléchargez une sauvegarde avant de fermer l’onglet.",
        en: "This browser refuses storage (private browsing?): your progress lives in memory for this visit. Download a backup before closing the tab.",
    }
    ProgressFull {
        fr: "Le stockage du navigateur est plein\u{a0}: vos dernières notes sont gardées en mémoire seulement. Téléchargez une sauvegarde.",
        en: "The browser’s storage is full: your latest ratings are kept in memory only. Download a backup.",
    }
    ProgressRecovered {
        fr: "Les données enregistrées étaient illisibles\u{a0}; elles ont été mises de côté, intactes, et vous pouvez les télécharger. Vigie repart d’une progression vide.",
        en: "The saved data could not be read; it has been set aside, untouched, and you can download it. Vigie starts again from empty progress.",
    }
    ProgressDamaged {
        fr: "Les données enregistrées sont illisibles et n’ont pas pu être mises de côté\u{a0}: Vigie ne les écrasera pas. Votre progression de cette visite reste en mémoire.",
        en: "The saved data cannot be read and could not be set aside: Vigie will not overwrite it. This visit’s progress stays in memory.",
    }
    ProgressNewer {
        fr: "Ces données viennent d’une version plus récente de Vigie\u{a0}: elles ne seront pas modifiées. Rechargez la page pour obtenir la nouvelle version.",
        en: "This data comes from a newer version of Vigie: it will not be changed. Reload the page to get the new version.",
    }
    DownloadRecovered { fr: "Télécharger les données mises de côté", en: "Download the data set aside" }

    QuizPosition {
        fr: "position",
        en: "position",
    }
    CheckTitle {
        fr: "Vérifier un résultat",
        en: "Check a result",
    }
    ClassTitle { fr: "Résultats de la classe", en: "Class results" }
    BackupTitle { fr: "Sauvegarde", en: "Backup" }
    BackupIntro {
        fr: "Votre progression reste dans ce navigateur. Téléchargez-en une copie de temps en temps\u{a0}: certains navigateurs effacent les données d’un site après sept jours sans visite.",
        en: "Your progress stays in this browser. Download a copy now and then: some browsers delete a site’s data after seven days without a visit.",
    }
    BackupNever { fr: "Aucune sauvegarde téléchargée pour l’instant.", en: "No backup downloaded yet." }
    BackupToday { fr: "Dernière sauvegarde aujourd’hui.", en: "Last backup today." }
    BackupReminder {
        fr: "Pensez à sauvegarder votre progression\u{a0}: aucune sauvegarde depuis une semaine ou plus.",
        en: "Remember to back up your progress: no backup for a week or more.",
    }
    BackupDownload { fr: "Télécharger une sauvegarde", en: "Download a backup" }
    BackupImportLabel { fr: "Importer une sauvegarde (fichier .json)", en: "Import a backup (.json file)" }
    BackupMerge { fr: "Fusionner avec ma progression", en: "Merge with my progress" }
    BackupReplace { fr: "Remplacer ma progression par ce fichier", en: "Replace my progress with this file" }
    BackupCancel { fr: "Annuler", en: "Cancel" }
    BackupMerged { fr: "Sauvegarde fusionnée\u{a0}: rien n’a été perdu.", en: "Backup merged: nothing was lost." }
    BackupReplaced { fr: "Progression remplacée par le fichier.", en: "Progress replaced by the file." }
    BackupUnreadable {
        fr: "Ce fichier n’est pas une sauvegarde Vigie lisible (il est endommagé, ou vient d’une autre application)\u{a0}: rien n’a été importé.",
        en: "This file is not a readable Vigie backup (it is damaged, or comes from another app): nothing was imported.",
    }
    BackupNewer {
        fr: "Cette sauvegarde vient d’une version plus récente de Vigie\u{a0}: rechargez la page pour obtenir la nouvelle version, puis importez-la. Rien n’a été importé.",
        en: "This backup comes from a newer version of Vigie: reload the page to get the new version, then import it. Nothing was imported.",
    }
    BackupReadFailed { fr: "Le fichier n’a pas pu être lu.", en: "The file could not be read." }
    BackupDownloadFailed { fr: "Le téléchargement a échoué.", en: "The download failed." }

    FooterText {
        fr: "Vigie fonctionne sans serveur\u{a0}: vos données restent sur cet appareil.",
        en: "Vigie runs without a server: your data stays on this device.",
    }
}

catalogue! {
    /// A text of the classroom pages only (quizzes, projector, print, check, progress): kept
    /// apart so that the main bundle does not carry them.
    ClassKey;
    QuizIntro {
        fr: "Composez un quiz, partagez son code\u{a0}: chaque appareil qui l’ouvre obtient exactement les mêmes questions, dans le même ordre. Aucun serveur n’est nécessaire.",
        en: "Build a quiz and share its code: every device that opens it gets exactly the same questions, in the same order. No server is needed.",
    }
    QuizBuilderTitle {
        fr: "Composer un quiz",
        en: "Build a quiz",
    }
    QuizKinds {
        fr: "Types de questions",
        en: "Kinds of question",
    }
    QuizKindNone {
        fr: "(aucune dans ce jeu de cartes)",
        en: "(none in this deck)",
    }
    KindFlashcard {
        fr: "Fiches",
        en: "Flashcards",
    }
    KindMultipleChoice {
        fr: "Choix multiple",
        en: "Multiple choice",
    }
    KindTrueFalse {
        fr: "Vrai ou faux",
        en: "True or false",
    }
    KindCloze {
        fr: "Texte à trous",
        en: "Fill in the blank",
    }
    KindTypedAnswer {
        fr: "Réponse à taper",
        en: "Typed answer",
    }
    KindMatching {
        fr: "Associations",
        en: "Matching",
    }
    KindOrdering {
        fr: "Remise en ordre",
        en: "Ordering",
    }
    KindCategorize {
        fr: "Classement",
        en: "Sorting",
    }
    QuizCategories {
        fr: "Catégories",
        en: "Categories",
    }
    QuizTopics {
        fr: "Thèmes",
        en: "Topics",
    }
    QuizDifficulty {
        fr: "Difficulté",
        en: "Difficulty",
    }
    Difficulty1 {
        fr: "Facile",
        en: "Easy",
    }
    Difficulty2 {
        fr: "Moyenne",
        en: "Medium",
    }
    Difficulty3 {
        fr: "Difficile",
        en: "Hard",
    }
    QuizAllHint {
        fr: "Rien de coché\u{a0}: tout est inclus.",
        en: "Nothing ticked: everything is included.",
    }
    QuizCount {
        fr: "Nombre de questions (5 à 50)",
        en: "Number of questions (5 to 50)",
    }
    QuizTimer {
        fr: "Temps par question",
        en: "Time per question",
    }
    QuizNoTimer {
        fr: "Sans minuterie",
        en: "No timer",
    }
    QuizCreate {
        fr: "Créer le quiz",
        en: "Create the quiz",
    }
    QuizCodeLabel {
        fr: "Code du quiz",
        en: "Quiz code",
    }
    QuizCodeHelp {
        fr: "À dicter ou à écrire au tableau\u{a0}: il ne contient ni 0, ni O, ni 1, ni I, ni L.",
        en: "To read aloud or write on the board: it has no 0, O, 1, I or L.",
    }
    QuizLink {
        fr: "Lien à partager",
        en: "Link to share",
    }
    QuizStart {
        fr: "Commencer le quiz",
        en: "Start the quiz",
    }
    QuizProjector {
        fr: "Vue projecteur",
        en: "Projector view",
    }
    QuizPrint {
        fr: "Version imprimable",
        en: "Printable version",
    }
    QuizEnterCode {
        fr: "Vous avez un code\u{a0}?",
        en: "Have a code?",
    }
    QuizOpen {
        fr: "Ouvrir",
        en: "Open",
    }
    QuizCheckLink {
        fr: "Vérifier le résultat d’un élève",
        en: "Check a student’s result",
    }
    QuizNone {
        fr: "Aucune question ne correspond à ces réglages\u{a0}: élargissez la sélection.",
        en: "No question matches these settings: widen the selection.",
    }
    BadCode {
        fr: "Ce code de quiz ne donne aucun quiz\u{a0}: ",
        en: "This quiz code gives no quiz: ",
    }
    CodeEmpty {
        fr: "il est vide.",
        en: "it is empty.",
    }
    CodeTooLong {
        fr: "il est trop long.",
        en: "it is too long.",
    }
    CodeChecksum {
        fr: "il est mal recopié (sa vérification ne correspond pas). Relisez-le caractère par caractère.",
        en: "it is mistyped (its check does not match). Read it again character by character.",
    }
    CodeFormat {
        fr: "il vient d’une version plus récente de Vigie. Rechargez la page.",
        en: "it comes from a newer version of Vigie. Reload the page.",
    }
    CodeOtherDeck {
        fr: "il a été créé pour un autre jeu de cartes.",
        en: "it was made for another deck.",
    }
    CodeAddDeck {
        fr: "Ajoutez ce jeu de cartes (le fichier .vigie.json que donne l’enseignant) sur la page",
        en: "Add that deck (the .vigie.json file the teacher gives) on the page",
    }
    CodeBadCount {
        fr: "il demande un nombre de questions impossible.",
        en: "it asks for an impossible number of questions.",
    }
    QuizSubmit {
        fr: "Valider",
        en: "Submit",
    }
    QuizNext {
        fr: "Question suivante",
        en: "Next question",
    }
    QuizSeeResults {
        fr: "Voir les résultats",
        en: "See the results",
    }
    QuizCorrect {
        fr: "Bonne réponse.",
        en: "Correct.",
    }
    QuizIncorrect {
        fr: "Mauvaise réponse.",
        en: "Incorrect.",
    }
    QuizExpected {
        fr: "Réponse attendue\u{a0}:",
        en: "Expected answer:",
    }
    QuizYours {
        fr: "Votre réponse\u{a0}:",
        en: "Your answer:",
    }
    QuizTimeUp {
        fr: "Temps écoulé.",
        en: "Time is up.",
    }
    QuizTypeHere {
        fr: "Votre réponse",
        en: "Your answer",
    }
    QuizBlankHere {
        fr: "Mot ou groupe de mots manquant",
        en: "Missing word or words",
    }
    QuizMoveUp {
        fr: "Monter",
        en: "Move up",
    }
    QuizMoveDown {
        fr: "Descendre",
        en: "Move down",
    }
    QuizChoose {
        fr: "— choisir —",
        en: "— choose —",
    }
    QuizOrderHelp {
        fr: "Du plus ancien (en haut) au plus récent (en bas)",
        en: "From earliest (top) to latest (bottom)",
    }
    ResultsTitle {
        fr: "Résultats",
        en: "Results",
    }
    ResultCode {
        fr: "Code de résultat",
        en: "Result code",
    }
    ResultCodeHelp {
        fr: "Ce code permet à votre enseignant de vérifier votre score, sans serveur.",
        en: "This code lets your teacher check your score, without a server.",
    }
    ResultCodeShow { fr: "Montrez ce code à votre enseignant.", en: "Show this code to your teacher." }
    ResultCopy { fr: "Copier", en: "Copy" }
    ResultQr { fr: "Code QR du code de résultat", en: "QR code of the result code" }
    ResultCopied { fr: "Copié.", en: "Copied." }
    RetryMissed {
        fr: "Refaire les questions manquées",
        en: "Retry the missed questions",
    }
    SendMissed {
        fr: "Envoyer les questions manquées à l’étude",
        en: "Send the missed questions to study",
    }
    NewQuiz {
        fr: "Nouveau quiz",
        en: "New quiz",
    }
    QuizHistory {
        fr: "Historique des quiz",
        en: "Quiz history",
    }
    ProjectorReveal {
        fr: "Afficher la réponse",
        en: "Show the answer",
    }
    ProjectorPrevious {
        fr: "Précédente",
        en: "Previous",
    }
    ProjectorNext {
        fr: "Suivante",
        en: "Next",
    }
    ProjectorHelp {
        fr: "Espace ou →\u{a0}: réponse, puis question suivante\u{a0}; ←\u{a0}: question précédente.",
        en: "Space or →: answer, then next question; ←: previous question.",
    }
    PrintTitle {
        fr: "Test imprimable",
        en: "Printable test",
    }
    PrintButton {
        fr: "Imprimer",
        en: "Print",
    }
    PrintHelp {
        fr: "Deux sujets (A et B\u{a0}: questions et choix dans un autre ordre) et leur corrigé, chacun sur ses pages.",
        en: "Two variants (A and B: questions and choices in another order) and their answer keys, each on its own pages.",
    }
    PrintName {
        fr: "Nom\u{a0}:",
        en: "Name:",
    }
    PrintClass {
        fr: "Classe\u{a0}:",
        en: "Class:",
    }
    PrintDate {
        fr: "Date\u{a0}:",
        en: "Date:",
    }
    CheckIntro {
        fr: "Entrez le code du quiz et le code de résultat donné par l’élève\u{a0}: Vigie recalcule le score sans serveur.",
        en: "Enter the quiz code and the result code the student gives you: Vigie works out the score again, without a server.",
    }
    CheckButton {
        fr: "Vérifier",
        en: "Check",
    }
    ClassIntro {
        fr: "Collez les codes de résultat que montrent les élèves, un par ligne, précédés ou non d’un prénom («\u{a0}Léa\u{a0}: 7K2M-…\u{a0}»)\u{a0}: Vigie les vérifie un à un et montre ce que la classe a manqué. Les codes restent sur cet appareil jusqu’à ce que vous les effaciez.",
        en: "Paste the result codes the students show, one a line, with or without a first name (“Léa: 7K2M-…”): Vigie checks each one and shows what the class missed. The codes stay on this device until you clear them.",
    }
    ClassCodes { fr: "Codes de résultat, un par ligne", en: "Result codes, one a line" }
    WriteTitle { fr: "Écrire un jeu de cartes", en: "Write a deck" }
    WriteIntro {
        fr: "Collez un article, dites qui et quoi il nomme, puis énoncez ses faits un à un, chacun cité dans l’article\u{a0}: Vigie en écrit toutes les questions. Le brouillon est gardé à chaque frappe sur cet appareil, même invalide.",
        en: "Paste an article, say who and what it names, then state its facts one by one, each quoted from the article: Vigie writes every question from them. The draft is kept on this device at every keystroke, even when invalid.",
    }
    WriteTools { fr: "Brouillon", en: "Draft" }
    WriteUndo { fr: "Annuler", en: "Undo" }
    WriteRedo { fr: "Rétablir", en: "Redo" }
    WriteNew { fr: "Nouveau jeu de cartes", en: "New deck" }
    WriteCopyBuiltin { fr: "Partir d’une copie du jeu intégré", en: "Start from a copy of the built-in deck" }
    WriteOpen { fr: "Ouvrir un fichier de jeu de cartes", en: "Open a deck file" }
    WriteDownload { fr: "Télécharger le fichier", en: "Download the file" }
    WriteUse { fr: "Utiliser ce jeu de cartes", en: "Use this deck" }
    WriteKept { fr: "Brouillon enregistré sur cet appareil.", en: "Draft kept on this device." }
    WriteNotKept {
        fr: "Le navigateur refuse d’enregistrer le brouillon (stockage plein ou interdit)\u{a0}: téléchargez le fichier pour ne rien perdre.",
        en: "The browser refuses to keep the draft (storage full or forbidden): download the file so as to lose nothing.",
    }
    WriteDamaged {
        fr: "Le brouillon gardé sur cet appareil ne se lit plus comme jeu de cartes (modifié à la main\u{a0}?)\u{a0}: téléchargez-le avant toute modification, qui le remplacerait.",
        en: "The draft kept on this device no longer reads as a deck (edited by hand?): download it before any change, which would replace it.",
    }
    WriteDownloadDamaged { fr: "Télécharger le brouillon illisible", en: "Download the unreadable draft" }
    WriteOtherTab { fr: "Brouillon repris de l’autre onglet, où il a changé.", en: "Draft taken from the other tab, where it changed." }
    WriteOpenFailed { fr: "Ce fichier ne s’ouvre pas comme jeu de cartes\u{a0}:", en: "This file does not open as a deck:" }
    WriteDownloaded { fr: "Fichier téléchargé\u{a0}: le jeu de cartes est valide.", en: "File downloaded: the deck is valid." }
    WriteDownloadedInvalid {
        fr: "Fichier téléchargé, avec ses problèmes\u{a0}: il sera refusé tant qu’ils ne sont pas corrigés (voir «\u{a0}Vérification\u{a0}»).",
        en: "File downloaded, with its problems: it will be refused until they are fixed (see “Check”).",
    }
    WriteDownloadFailed { fr: "Le téléchargement a échoué.", en: "The download failed." }
    WriteCannotUse {
        fr: "Ce jeu de cartes n’a pas pu être ajouté à cet appareil (stockage refusé)\u{a0}: téléchargez le fichier et ajoutez-le depuis la page Jeux de cartes.",
        en: "This deck could not be added to this device (storage refused): download the file and add it from the Decks page.",
    }
    WriteArticle { fr: "1. L’article", en: "1. The article" }
    WriteArticleHelp {
        fr: "Le texte tel que publié\u{a0}: la signature («\u{a0}PAR …\u{a0}»), la date, le titre, puis les paragraphes, séparés par des lignes vides.",
        en: "The text as published: the byline (“BY …”), the date, the title, then the paragraphs, separated by blank lines.",
    }
    WriteArticleText { fr: "Texte de l’article", en: "Article text" }
    WriteArticleTitle { fr: "Titre de l’article (tel que dans le texte)", en: "Article title (as in the text)" }
    WriteAuthor { fr: "Auteur", en: "Author" }
    WriteOutlet { fr: "Journal ou site", en: "Newspaper or site" }
    WritePublished { fr: "Publié le (AAAA-MM-JJ)", en: "Published (YYYY-MM-DD)" }
    WriteUrl { fr: "Adresse web (http ou https)", en: "Web address (http or https)" }
    WriteDeckId { fr: "Identifiant du jeu de cartes", en: "Deck id" }
    WriteDeckTitleFr { fr: "Nom du jeu de cartes (français)", en: "Deck name (French)" }
    WriteDeckTitleEn { fr: "Nom du jeu de cartes (anglais)", en: "Deck name (English)" }
    WriteTopics { fr: "Thèmes", en: "Topics" }
    WriteAddTopic { fr: "Ajouter un thème", en: "Add a topic" }
    WriteSentences { fr: "Phrases de l’article", en: "The article’s sentences" }
    WriteCoverage { fr: "Phrases citées par un fait", en: "Sentences quoted by a fact" }
    WriteFactHere { fr: "Nouveau fait sur cette phrase", en: "New fact on this sentence" }
    WriteNoFact { fr: "(aucun fait)", en: "(no fact)" }
    WriteEntities { fr: "2. Entités", en: "2. Entities" }
    WriteEntitiesHelp {
        fr: "Les personnes, institutions, lieux, événements, lois… dont parlent les faits, avec leur nom dans une phrase («\u{a0}la Cnil\u{a0}») et les autres noms qu’un élève peut taper.",
        en: "The people, institutions, places, events, laws… the facts speak of, with their name as it reads in a sentence (“the CNIL”) and the other names a learner may type.",
    }
    WriteAddEntity { fr: "Ajouter une entité", en: "Add an entity" }
    WriteEntityType { fr: "Type", en: "Type" }
    WriteId { fr: "Identifiant", en: "Id" }
    WriteNameFr { fr: "Nom (français)", en: "Name (French)" }
    WriteNameEn { fr: "Nom (anglais)", en: "Name (English)" }
    WriteAliases { fr: "Autres noms, séparés par des virgules", en: "Other names, separated by commas" }
    WriteRemove { fr: "Supprimer", en: "Remove" }
    WriteRelations { fr: "3. Relations", en: "3. Relations" }
    WriteRelationsHelp {
        fr: "Chaque sorte d’affirmation a sa question et sa phrase, avec {subject} et {object}. Prenez-les dans la bibliothèque, ou écrivez-les\u{a0}: l’aperçu montre la phrase que Vigie écrira.",
        en: "Each kind of claim has its question and its sentence, with {subject} and {object}. Take them from the library, or write them: the preview shows the sentence Vigie will write.",
    }
    WriteLibrary { fr: "Bibliothèque de relations", en: "Library of relations" }
    WriteAddFromLibrary { fr: "Ajouter cette relation", en: "Add this relation" }
    WriteAddRelation { fr: "Écrire une nouvelle relation", en: "Write a new relation" }
    WriteQuestionFr { fr: "Question (français)", en: "Question (French)" }
    WriteQuestionEn { fr: "Question (anglais)", en: "Question (English)" }
    WriteStatementFr { fr: "Phrase (français)", en: "Sentence (French)" }
    WriteStatementEn { fr: "Phrase (anglais)", en: "Sentence (English)" }
    WritePreview { fr: "Aperçu\u{a0}:", en: "Preview:" }
    WriteFacts { fr: "4. Faits", en: "4. Facts" }
    WriteFactsHelp {
        fr: "Un fait par affirmation de l’article\u{a0}: sa citation (les mots de l’article qui l’énoncent), son sujet, sa relation et son objet, sa catégorie et son thème, et la phrase complète qui dit qui l’affirme, en français et en anglais.",
        en: "One fact per claim of the article: its quote (the article’s words that state it), its subject, relation and object, its category and topic, and the full sentence saying who makes the claim, in French and in English.",
    }
    WriteQuote { fr: "Citation (mots de l’article)", en: "Quote (the article’s words)" }
    WriteKeepSelection { fr: "Ne garder que les mots sélectionnés", en: "Keep only the selected words" }
    WriteSubject { fr: "Sujet", en: "Subject" }
    WriteRelation { fr: "Relation", en: "Relation" }
    WriteObjectKind { fr: "L’objet est", en: "The object is" }
    WriteObjectEntity { fr: "Objet (entité)", en: "Object (entity)" }
    WriteObjectDate { fr: "Objet (date AAAA, AAAA-MM ou AAAA-MM-JJ)", en: "Object (date YYYY, YYYY-MM or YYYY-MM-DD)" }
    WriteObjectNumber { fr: "Objet (nombre)", en: "Object (number)" }
    WriteUnitFr { fr: "Unité (français)", en: "Unit (French)" }
    WriteUnitEn { fr: "Unité (anglais)", en: "Unit (English)" }
    WriteObjectFr { fr: "Objet (français)", en: "Object (French)" }
    WriteObjectEn { fr: "Objet (anglais)", en: "Object (English)" }
    WriteCategory { fr: "Catégorie", en: "Category" }
    WriteWrongAnswers { fr: "Mauvaises réponses plausibles, une par ligne", en: "Plausible wrong answers, one a line" }
    WriteWrongText {
        fr: "Fausses selon l’article lui-même, du même type que la bonne\u{a0}: «\u{a0}moins d’encadrement | less regulation\u{a0}» (français | anglais). Elles servent aux questions à choix et aux vrai ou faux.",
        en: "False by the article itself, of the right answer’s type: “moins d’encadrement | less regulation” (French | English). They make the choice and true/false questions.",
    }
    WriteWrongDate {
        fr: "Des dates fausses selon l’article\u{a0}: 2019, 2024-06… Elles servent aux questions à choix et aux vrai ou faux.",
        en: "Dates the article makes false: 2019, 2024-06… They make the choice and true/false questions.",
    }
    WriteWrongNumber {
        fr: "Des nombres faux selon l’article, dans la même unité. Ils servent aux questions à choix et aux vrai ou faux.",
        en: "Numbers the article makes false, in the same unit. They make the choice and true/false questions.",
    }
    WriteWrongEntity {
        fr: "Les identifiants d’autres entités du même type, fausses selon l’article. Elles servent aux questions à choix et aux vrai ou faux.",
        en: "The ids of other entities of the same type, false by the article. They make the choice and true/false questions.",
    }
    WriteTopic { fr: "Thème", en: "Topic" }
    WriteDifficulty { fr: "Difficulté", en: "Difficulty" }
    WritePreviewFact { fr: "Aperçu des questions", en: "Preview the questions" }
    WriteCheck { fr: "5. Vérification et aperçu", en: "5. Check and preview" }
    WritePreviewTitle { fr: "Questions du fait choisi", en: "Questions of the chosen fact" }
    WritePreviewNone { fr: "Choisissez «\u{a0}Aperçu des questions\u{a0}» sur un fait.", en: "Choose “Preview the questions” on a fact." }
    WritePreviewNeedsValid {
        fr: "L’aperçu vient quand le jeu de cartes n’a plus de problème.",
        en: "The preview comes once the deck has no problem left.",
    }
    WriteKind { fr: "Sorte", en: "Kind" }
    RuleAnswerInPrompt { fr: "La question montre sa réponse (ou une autre forme de celle-ci).", en: "The question shows its answer (or another form of it)." }
    RuleAmbiguousCloze { fr: "Texte à trous à plusieurs bonnes réponses (d’autres faits ont ce sujet et cette relation).", en: "A cloze with more than one right answer (other facts share its subject and relation)." }
    RuleAmbiguousQuestion { fr: "Question à plusieurs bonnes réponses (d’autres faits ont ce sujet et cette relation).", en: "A question with more than one right answer (other facts share its subject and relation)." }
    RuleBadBlank { fr: "Trou trop long pour être retrouvé mot pour mot, trop peu de mots autour, ou pas de trou.", en: "A blank too long to recall word for word, too few words around it, or no blank." }
    RuleCoinFlip { fr: "Réponse à pile ou face (deux possibilités)\u{a0}: un vrai ou faux la pose honnêtement.", en: "A coin-flip answer (one of two): a true/false asks it honestly." }
    RuleOutOfTime { fr: "Mauvaise réponse fausse par le calendrier, pas par l’article.", en: "A wrong answer false by the calendar, not by the article." }
    RuleLengthCue { fr: "La bonne réponse est de loin la plus longue\u{a0}: un indice sans lire l’article. Allongez les mauvaises réponses du groupe.", en: "The right answer is by far the longest: a clue without reading the article. Make the group’s wrong answers longer." }
    RuleAmbiguousCategory { fr: "Catégorie que le jeu de cartes marque comme ambiguë.", en: "A category the deck marks as ambiguous." }
    RuleFrenchTypography { fr: "Typographie française dans un texte anglais.", en: "French typography in an English text." }
    RuleSmallNumber { fr: "Nombre inférieur à dix écrit en chiffres dans une phrase.", en: "A count below ten written in figures in prose." }
    RuleDuplicatePrompt { fr: "Deux questions identiques\u{a0}: aucune n’a une seule bonne réponse.", en: "Two identical questions: neither has one right answer." }
    RuleNearCopy { fr: "Deux exercices à assembler qui partagent la plupart de leurs faits.", en: "Two set items sharing most of their facts." }
    RuleUncoveredFact { fr: "Fait qui ne donne aucune fiche, ou aucune question de quiz.", en: "A fact that gives no flashcard, or no quiz question." }
    RuleMissingKind { fr: "Sorte de question que le jeu de cartes ne donne jamais.", en: "A kind of question the deck never gives." }
    WriteFindings { fr: "Ce que le contrôle qualité en dit", en: "What the quality linter says" }
    ScanStart { fr: "Scanner les codes avec la caméra", en: "Scan the codes with the camera" }
    ScanStop { fr: "Arrêter la caméra", en: "Stop the camera" }
    ScanCamera { fr: "Image de la caméra", en: "Camera view" }
    ScanPhoto { fr: "… ou lire le code sur une photo", en: "… or read the code from a photo" }
    ScanLooking {
        fr: "Caméra active\u{a0}: présentez-lui l’écran de résultats de chaque élève, son code s’ajoute à la liste.",
        en: "Camera on: hold up each student’s results screen, and its code is added to the list.",
    }
    ScanNothingInPhoto {
        fr: "Aucun code QR lisible sur cette photo\u{a0}: essayez-en une plus nette, ou tapez le code.",
        en: "No readable QR code in this photo: try a sharper one, or type the code.",
    }
    ScanDenied {
        fr: "L’accès à la caméra est refusé\u{a0}: tapez ou collez les codes ci-dessus, ou lisez-les sur une photo.",
        en: "Access to the camera is refused: type or paste the codes above, or read them from a photo.",
    }
    ScanNoCamera {
        fr: "Aucune caméra utilisable ici\u{a0}: tapez ou collez les codes ci-dessus, ou lisez-les sur une photo.",
        en: "No usable camera here: type or paste the codes above, or read them from a photo.",
    }
    ScanFailed {
        fr: "La caméra n’a pas pu démarrer\u{a0}: tapez ou collez les codes ci-dessus, ou lisez-les sur une photo.",
        en: "The camera could not start: type or paste the codes above, or read them from a photo.",
    }
    ClassOverview { fr: "Vue d’ensemble", en: "Overview" }
    ClassReteach { fr: "À reprendre, du plus manqué au moins manqué", en: "To re-teach, the most missed first" }
    ClassStudents { fr: "Élèves", en: "Students" }
    ClassName { fr: "Élève", en: "Student" }
    ClassScore { fr: "Score", en: "Score" }
    ClassOutOf { fr: "Sur", en: "Out of" }
    ClassMissed { fr: "Questions manquées", en: "Questions missed" }
    ClassCsv { fr: "Télécharger le CSV (tableur)", en: "Download the CSV (spreadsheet)" }
    ClassPrint { fr: "Imprimer", en: "Print" }
    ClassClear { fr: "Effacer les codes", en: "Clear the codes" }
    ClassInArticle { fr: "Dans l’article", en: "In the article" }
    ClassNone {
        fr: "Aucun code valide pour l’instant.",
        en: "No valid code yet.",
    }
    CheckInvalid {
        fr: "Ce code de résultat ne correspond pas à ce quiz\u{a0}: il est mal recopié, ou le score n’a pas été obtenu avec ce quiz dans Vigie.",
        en: "This result code does not match this quiz: it is mistyped, or the score was not obtained with this quiz in Vigie.",
    }
    ProgressIntro {
        fr: "Ce que vous savez, ce qui vient\u{a0}: tout est calculé à partir de vos révisions, sur cet appareil.",
        en: "What you know and what is coming: all worked out from your reviews, on this device.",
    }
    ProgressCards {
        fr: "Cartes\u{a0}:",
        en: "Cards:",
    }
    ProgressNoRetention {
        fr: "Rétention mesurée\u{a0}: pas encore de révision de carte acquise.",
        en: "Measured retention: no review of a learnt card yet.",
    }
    ProgressMasteryCategory {
        fr: "Maîtrise par catégorie",
        en: "Mastery by category",
    }
    ProgressMasteryTopic {
        fr: "Maîtrise par thème",
        en: "Mastery by topic",
    }
    ProgressMasteryNote {
        fr: "Une carte est maîtrisée quand sa stabilité atteint 21\u{a0}jours.",
        en: "A card is mastered once its stability reaches 21 days.",
    }
    ProgressForecast {
        fr: "À réviser dans les 30 prochains jours",
        en: "Due in the next 30 days",
    }
    ProgressHistory {
        fr: "Révisions des 90 derniers jours",
        en: "Reviews over the last 90 days",
    }
    ProgressDay {
        fr: "Jour",
        en: "Day",
    }
    ProgressCount {
        fr: "Nombre",
        en: "Count",
    }
    ProgressTable {
        fr: "Voir le tableau",
        en: "Show the table",
    }
    DecksIntro {
        fr: "Étudiez l’article intégré, ou un autre article dont votre enseignant vous donne le jeu de cartes (un fichier .vigie.json). Tout reste sur cet appareil\u{a0}: rien n’est envoyé.",
        en: "Study the built-in article, or another one whose deck your teacher gives you (a .vigie.json file). Everything stays on this device: nothing is sent.",
    }
    DecksBuiltIn { fr: "Intégré à Vigie", en: "Built into Vigie" }
    DecksCurrent { fr: "En cours d’étude", en: "Being studied" }
    DecksStudyThis { fr: "Étudier ce jeu de cartes", en: "Study this deck" }
    DecksDownload { fr: "Télécharger le fichier", en: "Download the file" }
    DecksRemove { fr: "Retirer", en: "Remove" }
    DecksRemoveConfirm {
        fr: "Retirer ce jeu de cartes de cet appareil\u{a0}? Sa progression y reste, sauf si vous cochez la case ci-dessous\u{a0}: elle reviendra si vous l’ajoutez de nouveau. Pour la supprimer, fermez d’abord les autres onglets de Vigie, qui la garderaient.",
        en: "Remove this deck from this device? Its progress stays here unless you tick the box below: it comes back if you add the deck again. To delete it, first close Vigie’s other tabs, which would keep it.",
    }
    DecksCancel { fr: "Annuler", en: "Cancel" }
    DecksWriteHint {
        fr: "à partir de votre propre article\u{a0}: Vigie en écrit les questions.",
        en: "from your own article: Vigie writes its questions.",
    }
    DecksOriginal { fr: "Lire l’article original", en: "Read the original article" }
    DecksAdd { fr: "Ajouter un jeu de cartes", en: "Add a deck" }
    DecksChoose { fr: "Choisir un fichier (.vigie.json)", en: "Choose a file (.vigie.json)" }
    DecksDrop { fr: "… ou déposez-le ici.", en: "… or drop it here." }
    DecksRefused {
        fr: "Ce fichier est refusé, rien n’a été enregistré\u{a0}:",
        en: "This file is refused; nothing was stored:",
    }
    DecksAlreadyThere { fr: "Ce jeu de cartes est déjà là.", en: "This deck is already here." }
    DecksUnreadable {
        fr: "Ce jeu de cartes enregistré ne peut plus être lu (il a été modifié)\u{a0}:",
        en: "This stored deck can no longer be read (it was changed):",
    }
    DecksThisVisit {
        fr: "Le navigateur n’a pas pu le garder (stockage plein ou refusé)\u{a0}: il sert jusqu’à la fermeture de la page.",
        en: "The browser could not keep it (storage full or refused): it works until the page is closed.",
    }
    DecksLinkTitle { fr: "Ajouter le jeu de cartes d’un lien", en: "Add the deck of a link" }
    DecksLinkAsk {
        fr: "Ce lien propose un jeu de cartes. Vigie le téléchargera depuis cette adresse, une seule fois, si vous le demandez\u{a0}:",
        en: "This link offers a deck. Vigie will download it from this address, once, if you ask:",
    }
    DecksLinkFetch { fr: "Télécharger et ajouter", en: "Download and add" }
    DecksLinkNotWeb {
        fr: "Cette adresse n’est pas une adresse web (en http ou https)\u{a0}: rien n’a été téléchargé.",
        en: "This address is not a web address (http:// or https://): nothing was downloaded.",
    }
    DecksLinkUnreachable {
        fr: "Le fichier n’a pas pu être lu\u{a0}: le site est injoignable, ou il n’autorise pas une autre page à lire ses fichiers (CORS), ou l’adresse n’est pas en https. Téléchargez le fichier vous-même, puis ajoutez-le ici.",
        en: "The file could not be read: the site is unreachable, or it does not let another page read its files (CORS), or the address is not https. Download the file yourself, then add it here.",
    }
    DecksNotFile { fr: "Déposez un fichier, pas du texte ou un lien.", en: "Drop a file, not text or a link." }
    ExportDeckIntro {
        fr: "Emportez les fiches et les textes à trous de l’article dans votre outil de révision. Chaque carte garde la phrase de l’article d’où vient sa réponse.",
        en: "Take the article’s flashcards and fill-in-the-blank cards to your review tool. Each card keeps the sentence of the article its answer comes from.",
    }
    ExportQuizIntro {
        fr: "Importez ce quiz dans l’outil de votre classe\u{a0}: les mêmes questions, les mêmes réponses, avec la source de chacune.",
        en: "Import this quiz into your class’s tool: the same questions and answers, each with its source.",
    }
    ExportWhich { fr: "Cartes à exporter", en: "Cards to export" }
    ExportFormat { fr: "Format", en: "Format" }
    ExportAnki {
        fr: "Anki — pour réviser dans Anki, AnkiDroid ou AnkiMobile (Fichier › Importer).",
        en: "Anki — to review in Anki, AnkiDroid or AnkiMobile (File › Import).",
    }
    ExportMoodle {
        fr: "Moodle XML — pour la banque de questions de Moodle (Importer › Format XML Moodle).",
        en: "Moodle XML — for Moodle’s question bank (Import › Moodle XML format).",
    }
    ExportPronote {
        fr: "Pronote — le même fichier XML, avec l’en-tête que Pronote lit pour ses QCM.",
        en: "Pronote — the same XML file, with the header Pronote reads for its quizzes.",
    }
    ExportGift {
        fr: "GIFT — du texte que Moodle importe et que l’on peut retoucher à la main.",
        en: "GIFT — text that Moodle imports and that you can edit by hand.",
    }
    ExportKahoot {
        fr: "Kahoot — le tableur à importer dans un kahoot (questions à choix et vrai ou faux).",
        en: "Kahoot — the spreadsheet to import into a kahoot (choice and true-or-false questions).",
    }
    ExportQuizlet {
        fr: "Quizlet — du texte à coller dans Quizlet (Créer › Importer)\u{a0}: une carte par ligne.",
        en: "Quizlet — text to paste into Quizlet (Create › Import): one card a line.",
    }
    ExportCsv {
        fr: "CSV — un tableau pour Excel, LibreOffice ou un autre outil.",
        en: "CSV — a table for Excel, LibreOffice or another tool.",
    }
    ExportJson {
        fr: "JSON — les questions complètes, pour un programme.",
        en: "JSON — the complete questions, for a program.",
    }
    ExportAnkiLang { fr: "Langue de votre Anki", en: "Language of your Anki" }
    ExportAnkiFrench { fr: "français (Basique, Texte à trous)", en: "French (Basique, Texte à trous)" }
    ExportAnkiEnglish { fr: "anglais (Basic, Cloze)", en: "English (Basic, Cloze)" }
    ExportAnkiLangHelp {
        fr: "Anki nomme ses types de notes dans sa langue («\u{a0}Basique\u{a0}» ou «\u{a0}Basic\u{a0}»)\u{a0}: un fichier qui se trompe de langue perd le verso des cartes.",
        en: "Anki names its note types in its own language (“Basic” or « Basique »): a file in the wrong language loses the back of the cards.",
    }
    ExportDownload { fr: "Télécharger", en: "Download" }
    LeftOutSelfGraded {
        fr: "une fiche qu’on corrige soi-même, sans réponse à taper",
        en: "a card you mark yourself, with no answer to type",
    }
    ExportNothing {
        fr: "Aucune carte ne correspond à ce choix.",
        en: "No card matches this choice.",
    }
    ExportBack { fr: "Retour au quiz", en: "Back to the quiz" }
    ExportQuiz {
        fr: "Exporter (Moodle, Pronote, GIFT, Kahoot…)",
        en: "Export (Moodle, Pronote, GIFT, Kahoot…)",
    }
}

#[cfg(test)]
mod tests {
    use super::{messages, CatalogueKey, ClassKey, Key};
    use vigie_core::lang::Lang;

    /// Every text of both catalogues: the key's name, its French and its English.
    fn texts() -> Vec<(String, &'static str, &'static str)> {
        fn of<K: CatalogueKey + std::fmt::Debug>(
            keys: &[K],
        ) -> Vec<(String, &'static str, &'static str)> {
            keys.iter()
                .map(|k| (format!("{k:?}"), k.text(Lang::Fr), k.text(Lang::En)))
                .collect()
        }
        let mut all = of(Key::ALL);
        all.extend(of(ClassKey::ALL));
        all.extend(messages::templates());
        all
    }

    fn without_placeholders(text: &str) -> String {
        let mut out = String::new();
        let mut depth = 0;
        for c in text.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out
    }

    #[test]
    fn every_key_has_text_in_every_language() {
        for (key, fr, en) in texts() {
            assert!(!fr.trim().is_empty(), "{key} is empty in French");
            assert!(!en.trim().is_empty(), "{key} is empty in English");
        }
    }

    #[test]
    fn french_texts_use_french_typography() {
        for (key, fr, _) in texts() {
            // Placeholders (`{seconds:02}`) are format syntax, not French.
            let fr = &without_placeholders(fr);
            for (i, c) in fr.char_indices() {
                if matches!(c, ':' | ';' | '?' | '!' | '»') {
                    let before = fr[..i].chars().last();
                    assert_eq!(
                        before,
                        Some('\u{a0}'),
                        "{key}: no-break space before {c:?} in {fr:?}"
                    );
                }
                if c == '«' {
                    assert_eq!(
                        fr[i + c.len_utf8()..].chars().next(),
                        Some('\u{a0}'),
                        "{key}: no-break space after « in {fr:?}"
                    );
                }
            }
            assert!(
                !fr.contains('\''),
                "{key}: typographic apostrophe expected in {fr:?}"
            );
        }
    }
}
