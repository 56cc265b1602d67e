//! Texts with arguments, as functions: each argument is a parameter, and each template is the
//! format string of `format!`, so a template that names an argument it is not given, or is
//! given one it does not use, does not compile — in French and in English alike.
//!
//! Counts take the plural of their language: French puts 0 and 1 in the singular, English
//! only 1 (see [`is_singular`]). A sentence with several counts is built from counted phrases.

use vigie_core::lang::Lang;
use vigie_core::render::number;

/// Whether a count of `n` takes the singular in `lang`.
pub fn is_singular(lang: Lang, n: usize) -> bool {
    match lang {
        Lang::Fr => n < 2,
        Lang::En => n == 1,
    }
}

/// Every template (key, French, English), for the typography tests.
#[cfg(test)]
pub(super) fn templates() -> Vec<(String, &'static str, &'static str)> {
    let mut all = Vec::new();
    all.extend_from_slice(MESSAGES);
    all.extend_from_slice(COUNTED);
    all.into_iter()
        .map(|(k, fr, en)| (k.to_string(), fr, en))
        .collect()
}

/// `fn name(arg: Type, …) { fr: "…{arg}…", en: "…{arg}…" }`: a function of the language and
/// the arguments.
macro_rules! messages {
    ($(
        $(#[$doc:meta])*
        fn $name:ident($($arg:ident: $ty:ty),* $(,)?) { fr: $fr:literal, en: $en:literal $(,)? }
    )*) => {
        $(
            $(#[$doc])*
            pub fn $name(lang: Lang, $($arg: $ty),*) -> String {
                match lang {
                    Lang::Fr => format!($fr, $($arg = $arg),*),
                    Lang::En => format!($en, $($arg = $arg),*),
                }
            }
        )*

        #[cfg(test)]
        const MESSAGES: &[(&str, &str, &str)] = &[$((stringify!($name), $fr, $en)),*];
    };
}

/// `fn name(n; arg: Type, …) { fr: ["singular", "plural"], en: [...] }`: a counted phrase;
/// `{n}` is the count, written as the language writes numbers.
macro_rules! counted {
    ($(
        $(#[$doc:meta])*
        fn $name:ident(n $(; $($arg:ident: $ty:ty),+)? $(,)?) {
            fr: [$fr1:literal, $frn:literal $(,)?],
            en: [$en1:literal, $enn:literal $(,)?] $(,)?
        }
    )*) => {
        $(
            $(#[$doc])*
            pub fn $name(lang: Lang, count: usize $($(, $arg: $ty)+)?) -> String {
                let n = number(count as i64, lang);
                match (lang, is_singular(lang, count)) {
                    (Lang::Fr, true) => format!($fr1, n = n $($(, $arg = $arg)+)?),
                    (Lang::Fr, false) => format!($frn, n = n $($(, $arg = $arg)+)?),
                    (Lang::En, true) => format!($en1, n = n $($(, $arg = $arg)+)?),
                    (Lang::En, false) => format!($enn, n = n $($(, $arg = $arg)+)?),
                }
            }
        )*

        #[cfg(test)]
        const COUNTED: &[(&str, &str, &str)] = &[
            $((stringify!($name), $fr1, $en1), (stringify!($name), $frn, $enn)),*
        ];
    };
}

messages! {
    /// The end of a study session: counted phrases from [`cards_reviewed`], [`remembered`]
    /// and [`minutes`].
    fn study_summary(reviewed: &str, remembered: &str, minutes: &str) {
        fr: "{reviewed}, {remembered}, en {minutes}.",
        en: "{reviewed}, {remembered}, in {minutes}.",
    }
    /// `when`: an interval in words ("10 min", "3 j").
    fn study_next_due(when: &str) {
        fr: "Prochaine carte dans {when}.",
        en: "Next card in {when}.",
    }
    /// `size`: megabytes with one decimal, in the language's notation.
    fn progress_near_full(size: &str) {
        fr: "Votre progression occupe {size}\u{a0}Mo des quelque 5\u{a0}Mo que le navigateur accorde à un site (100\u{a0}000 notes en prennent 1,6). Quand il sera plein, les nouvelles notes resteront en mémoire seulement\u{a0}: téléchargez une sauvegarde.",
        en: "Your progress takes {size} MB of the about 5 MB a browser gives a site (100,000 ratings take 1.6). Once it is full, new ratings stay in memory only: download a backup.",
    }
    /// Counted phrases from [`reviews`], [`new_ones`] and [`reviews_missing`].
    fn backup_preview(in_file: &str, new: &str, missing: &str) {
        fr: "Ce fichier contient {in_file}\u{a0}: {new} pour cet appareil. Le remplacement effacerait {missing}.",
        en: "This file holds {in_file}: {new} to this device. Replacing would drop {missing}.",
    }
    fn code_bad_char(c: char) {
        fr: "il contient «\u{a0}{c}\u{a0}», un caractère que les codes n’utilisent jamais (pas de 0, O, 1, I ni L).",
        en: "it contains “{c}”, a character codes never use (no 0, O, 1, I or L).",
    }
    fn code_other_version(made_for: u8, current: u8) {
        fr: "il a été créé pour la version {made_for} de ce jeu de cartes\u{a0}; celle-ci est la version {current}. Demandez un nouveau code.",
        en: "it was made for version {made_for} of this deck; this is version {current}. Ask for a new code.",
    }
    fn question_of(position: usize, total: usize) {
        fr: "Question {position} sur {total}",
        en: "Question {position} of {total}",
    }
    fn quiz_time_left(seconds: u32) {
        fr: "Temps restant\u{a0}: {seconds}\u{a0}s",
        en: "Time left: {seconds} s",
    }
    fn results_score(score: usize, total: usize, percent: usize) {
        fr: "{score} sur {total} ({percent}\u{a0}%)",
        en: "{score} of {total} ({percent}%)",
    }
    fn results_time(minutes: i64, seconds: i64) {
        fr: "Durée\u{a0}: {minutes}\u{a0}min {seconds:02}\u{a0}s",
        en: "Time: {minutes} min {seconds:02} s",
    }
    fn print_variant(variant: &str) {
        fr: "Sujet {variant}",
        en: "Variant {variant}",
    }
    fn print_key(variant: &str) {
        fr: "Corrigé\u{a0}— sujet {variant}",
        en: "Answer key — variant {variant}",
    }
    fn check_valid(score: usize, total: usize) {
        fr: "Résultat authentique\u{a0}: {score} sur {total}.",
        en: "Genuine result: {score} of {total}.",
    }
    /// `list`: question numbers, comma-separated.
    fn decks_added(title: &str) {
        fr: "Ajouté\u{a0}: «\u{a0}{title}\u{a0}».",
        en: "Added: “{title}”.",
    }
    fn decks_same_id(id: &str) {
        fr: "Un jeu de cartes de même identifiant («\u{a0}{id}\u{a0}») est déjà là\u{a0}: retirez-le d’abord pour mettre celui-ci à sa place.",
        en: "A deck with the same id (“{id}”) is already here: remove it first to put this one in its place.",
    }
    fn decks_too_large(size: &str) {
        fr: "Ce fichier fait {size}\u{a0}Mo\u{a0}: un jeu de cartes en fait 2 au plus. Rien n’a été lu ni enregistré.",
        en: "This file is {size} MB: a deck file is 2 MB at most. Nothing was read or stored.",
    }
    fn decks_summary(facts: usize, cards: usize, studied: usize) {
        fr: "{facts}\u{a0}faits · {cards}\u{a0}cartes · {studied}\u{a0}déjà étudiées",
        en: "{facts} facts · {cards} cards · {studied} already studied",
    }
    fn decks_link_status(status: u16) {
        fr: "Le site a répondu par l’erreur {status}\u{a0}: rien n’a été ajouté.",
        en: "The site answered with error {status}: nothing was added.",
    }
    fn decks_size_kb(size: usize) {
        fr: "{size}\u{a0}ko dans ce navigateur",
        en: "{size} kB in this browser",
    }
    fn decks_size(size: &str) {
        fr: "{size}\u{a0}Mo dans ce navigateur",
        en: "{size} MB in this browser",
    }
    fn class_line_malformed(line: usize, reason: &str) {
        fr: "Ligne {line}\u{a0}: ce n’est pas un code de résultat ({reason}). Elle est ignorée.",
        en: "Line {line}: not a result code ({reason}). It is left out.",
    }
    fn class_line_other_quiz(line: usize) {
        fr: "Ligne {line}\u{a0}: ce code de résultat vient d’un autre quiz. Il est ignoré.",
        en: "Line {line}: this result code comes from another quiz. It is left out.",
    }
    fn class_line_other_length(line: usize, found: usize, expected: usize) {
        fr: "Ligne {line}\u{a0}: ce code est celui d’un quiz de {found}\u{a0}questions, pas {expected}. Il est ignoré.",
        en: "Line {line}: this code is for a quiz of {found} questions, not {expected}. It is left out.",
    }
    /// `median` is written as the language writes a score (a half included).
    /// `students` is [`students`]'s phrase.
    fn class_summary(students: &str, median: &str, total: usize, lowest: usize, highest: usize) {
        fr: "{students} · médiane {median}\u{a0}/\u{a0}{total} · de {lowest} à {highest}",
        en: "{students} · median {median} / {total} · from {lowest} to {highest}",
    }
    fn class_share(percent: usize, right: usize, of: usize) {
        fr: "{percent}\u{a0}% de réussite ({right} sur {of})",
        en: "{percent}% right ({right} of {of})",
    }
    fn class_unnamed(n: usize) {
        fr: "Élève {n}",
        en: "Student {n}",
    }
    fn class_histogram(scores: &str) {
        fr: "Répartition des scores\u{a0}: {scores}",
        en: "Scores: {scores}",
    }
    fn quiz_qr(code: &str) {
        fr: "Code QR du lien du quiz {code}",
        en: "QR code of the link to quiz {code}",
    }
    fn code_needs_deck(title: &str) {
        fr: "Ce quiz porte sur le jeu de cartes «\u{a0}{title}\u{a0}», absent de cet appareil.",
        en: "This quiz is on the deck “{title}”, which this device does not have.",
    }
    fn write_coverage(covered: usize, total: usize, no_english: usize) {
        fr: "{covered}\u{a0}phrases sur {total} citées par un fait · faits sans phrase anglaise\u{a0}: {no_english}",
        en: "{covered} sentences of {total} quoted by a fact · facts with no English sentence: {no_english}",
    }
    fn write_valid(facts: usize, cards: usize) {
        fr: "Le jeu de cartes est valide\u{a0}: {facts}\u{a0}faits, {cards}\u{a0}cartes.",
        en: "The deck is valid: {facts} facts, {cards} cards.",
    }
    /// `questions` is [`questions`]'s phrase.
    fn write_items_of_fact(fact: &str, questions: &str) {
        fr: "Le fait «\u{a0}{fact}\u{a0}» donne {questions}\u{a0}:",
        en: "The fact “{fact}” gives {questions}:",
    }
    fn scan_added(code: &str) {
        fr: "Code ajouté\u{a0}: {code}",
        en: "Code added: {code}",
    }
    fn scan_not_a_code(text: &str) {
        fr: "Ce code QR n’est pas un code de résultat\u{a0}: {text}",
        en: "This QR code is not a result code: {text}",
    }
    fn scan_already(code: &str) {
        fr: "Déjà dans la liste\u{a0}: {code}",
        en: "Already in the list: {code}",
    }
    fn code_needs_deck_from(title: &str, source: &str) {
        fr: "Ce quiz porte sur le jeu de cartes «\u{a0}{title}\u{a0}» ({source}), absent de cet appareil.",
        en: "This quiz is on the deck “{title}” ({source}), which this device does not have.",
    }
    fn export_done(file: &str) {
        fr: "Fichier téléchargé\u{a0}: {file}",
        en: "File downloaded: {file}",
    }
    /// Why an item is left out: its kind (`kind` is its name).
    fn left_out_kind(kind: &str) {
        fr: "ce format n’a pas de question «\u{a0}{kind}\u{a0}»",
        en: "this format has no “{kind}” questions",
    }
    fn left_out_question_long(limit: usize) {
        fr: "question de plus de {limit}\u{a0}caractères",
        en: "question longer than {limit} characters",
    }
    fn left_out_answer_long(limit: usize) {
        fr: "une réponse de plus de {limit}\u{a0}caractères",
        en: "an answer longer than {limit} characters",
    }
    fn left_out_few_pairs(needed: usize) {
        fr: "moins de {needed}\u{a0}paires",
        en: "fewer than {needed} pairs",
    }
    fn check_missed(list: &str) {
        fr: "Questions manquées\u{a0}: {list}.",
        en: "Missed questions: {list}.",
    }
    /// Under a bar of the forecast chart (an abbreviation: no plural).
    fn progress_in_days(days: usize) {
        fr: "dans {days}\u{a0}j",
        en: "in {days} d",
    }
}

counted! {
    fn cards_reviewed(n) {
        fr: ["{n}\u{a0}carte revue", "{n}\u{a0}cartes revues"],
        en: ["{n} card reviewed", "{n} cards reviewed"],
    }
    fn remembered(n) {
        fr: ["{n}\u{a0}sue", "{n}\u{a0}sues"],
        en: ["{n} remembered", "{n} remembered"],
    }
    fn minutes(n) {
        fr: ["{n}\u{a0}minute", "{n}\u{a0}minutes"],
        en: ["{n} minute", "{n} minutes"],
    }
    fn seconds(n) {
        fr: ["{n}\u{a0}seconde", "{n}\u{a0}secondes"],
        en: ["{n} second", "{n} seconds"],
    }
    /// Days since the last backup, from 1 (0 is [`super::Key::BackupToday`]).
    fn backup_days_ago(n) {
        fr: ["Dernière sauvegarde il y a {n}\u{a0}jour.", "Dernière sauvegarde il y a {n}\u{a0}jours."],
        en: ["Last backup {n} day ago.", "Last backup {n} days ago."],
    }
    fn backup_decks_in_file(n) {
        fr: ["Il contient aussi {n}\u{a0}jeu de cartes ajouté, qui sera ajouté à cet appareil s’il ne l’a pas.", "Il contient aussi {n}\u{a0}jeux de cartes ajoutés, qui seront ajoutés à cet appareil s’il ne les a pas."],
        en: ["It also holds {n} added deck, which will be added to this device if it lacks it.", "It also holds {n} added decks, which will be added to this device if it lacks them."],
    }
    fn backup_decks_added(n) {
        fr: ["{n}\u{a0}jeu de cartes ajouté à cet appareil.", "{n}\u{a0}jeux de cartes ajoutés à cet appareil."],
        en: ["{n} deck added to this device.", "{n} decks added to this device."],
    }
    fn backup_decks_refused(n) {
        fr: ["{n}\u{a0}jeu de cartes du fichier n’a pas été ajouté\u{a0}: il est invalide, ou un autre jeu porte déjà son identifiant (voir la page Jeux de cartes).", "{n}\u{a0}jeux de cartes du fichier n’ont pas été ajoutés\u{a0}: ils sont invalides, ou d’autres jeux portent déjà leur identifiant (voir la page Jeux de cartes)."],
        en: ["{n} deck of the file was not added: it is invalid, or another deck already has its id (see the Decks page).", "{n} decks of the file were not added: they are invalid, or other decks already have their ids (see the Decks page)."],
    }
    fn decks_forget_progress(n) {
        fr: ["Supprimer aussi sa progression sur cet appareil ({n}\u{a0}révision)", "Supprimer aussi sa progression sur cet appareil ({n}\u{a0}révisions)"],
        en: ["Also delete its progress on this device ({n} review)", "Also delete its progress on this device ({n} reviews)"],
    }
    fn write_sentence_facts(n) {
        fr: ["{n}\u{a0}fait\u{a0}:", "{n}\u{a0}faits\u{a0}:"],
        en: ["{n} fact:", "{n} facts:"],
    }
    fn write_problems(n) {
        fr: ["{n}\u{a0}problème à corriger, indiqué aussi sous son champ\u{a0}:", "{n}\u{a0}problèmes à corriger, indiqués aussi sous leur champ\u{a0}:"],
        en: ["{n} problem to fix, also shown under its field:", "{n} problems to fix, also shown under their fields:"],
    }
    fn questions(n) {
        fr: ["{n}\u{a0}question", "{n}\u{a0}questions"],
        en: ["{n} question", "{n} questions"],
    }
    fn reviews(n) {
        fr: ["{n}\u{a0}révision", "{n}\u{a0}révisions"],
        en: ["{n} review", "{n} reviews"],
    }
    fn new_ones(n) {
        fr: ["{n}\u{a0}nouvelle", "{n}\u{a0}nouvelles"],
        en: ["{n} new", "{n} new"],
    }
    fn reviews_missing(n) {
        fr: ["{n}\u{a0}révision absente du fichier", "{n}\u{a0}révisions absentes du fichier"],
        en: ["{n} review the file lacks", "{n} reviews the file lacks"],
    }
    fn quiz_available(n) {
        fr: ["{n}\u{a0}question disponible pour ces réglages.", "{n}\u{a0}questions disponibles pour ces réglages."],
        en: ["{n} question available for these settings.", "{n} questions available for these settings."],
    }
    fn quiz_short(n) {
        fr: ["Seulement {n}\u{a0}question correspond à ces réglages\u{a0}: le quiz en aura {n}.", "Seulement {n}\u{a0}questions correspondent à ces réglages\u{a0}: le quiz en aura {n}."],
        en: ["Only {n} question matches these settings: the quiz will have {n}.", "Only {n} questions match these settings: the quiz will have {n}."],
    }
    fn students(n) {
        fr: ["{n}\u{a0}élève", "{n}\u{a0}élèves"],
        en: ["{n} student", "{n} students"],
    }
    fn export_count(n) {
        fr: ["Le fichier contiendra {n}\u{a0}question.", "Le fichier contiendra {n}\u{a0}questions."],
        en: ["The file will hold {n} question.", "The file will hold {n} questions."],
    }
    fn export_left_out(n) {
        fr: ["{n}\u{a0}question ne tient pas dans ce format et n’y sera pas\u{a0}:", "{n}\u{a0}questions ne tiennent pas dans ce format et n’y seront pas\u{a0}:"],
        en: ["{n} question does not fit this format and will be left out:", "{n} questions do not fit this format and will be left out:"],
    }
    fn sent_to_study(n) {
        fr: ["{n}\u{a0}fiche placée en tête de l’étude.", "{n}\u{a0}fiches placées en tête de l’étude."],
        en: ["{n} card put first in the study queue.", "{n} cards put first in the study queue."],
    }
    fn streak(n) {
        fr: ["Série\u{a0}: {n}\u{a0}jour de suite", "Série\u{a0}: {n}\u{a0}jours de suite"],
        en: ["Streak: {n} day in a row", "Streak: {n} days in a row"],
    }
    /// `n`: reviews of learnt cards; `ok`: those remembered; `percent`: their share.
    fn retention(n; ok: usize, percent: usize) {
        fr: ["Rétention mesurée\u{a0}: {percent}\u{a0}% ({ok} sur {n}\u{a0}révision de carte acquise)", "Rétention mesurée\u{a0}: {percent}\u{a0}% ({ok} sur {n}\u{a0}révisions de cartes acquises)"],
        en: ["Measured retention: {percent}% ({ok} of {n} review of learnt cards)", "Measured retention: {percent}% ({ok} of {n} reviews of learnt cards)"],
    }
    /// `n`: cards mastered, of `total`.
    fn mastered(n; total: usize) {
        fr: ["{n} sur {total} maîtrisée", "{n} sur {total} maîtrisées"],
        en: ["{n} of {total} mastered", "{n} of {total} mastered"],
    }
    fn forecast_summary(n; today: usize, days: usize) {
        fr: ["{n}\u{a0}carte à réviser dans les {days}\u{a0}prochains jours, dont {today} aujourd’hui.", "{n}\u{a0}cartes à réviser dans les {days}\u{a0}prochains jours, dont {today} aujourd’hui."],
        en: ["{n} card due in the next {days} days, {today} of them today.", "{n} cards due in the next {days} days, {today} of them today."],
    }
    fn history_summary(n; today: usize, days: usize) {
        fr: ["{n}\u{a0}révision sur les {days}\u{a0}derniers jours, dont {today} aujourd’hui.", "{n}\u{a0}révisions sur les {days}\u{a0}derniers jours, dont {today} aujourd’hui."],
        en: ["{n} review over the last {days} days, {today} of them today.", "{n} reviews over the last {days} days, {today} of them today."],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_take_their_language_s_plural() {
        assert_eq!(cards_reviewed(Lang::Fr, 0), "0\u{a0}carte revue");
        assert_eq!(cards_reviewed(Lang::Fr, 1), "1\u{a0}carte revue");
        assert_eq!(cards_reviewed(Lang::Fr, 2), "2\u{a0}cartes revues");
        assert_eq!(cards_reviewed(Lang::En, 0), "0 cards reviewed");
        assert_eq!(cards_reviewed(Lang::En, 1), "1 card reviewed");
        assert_eq!(reviews(Lang::Fr, 1234), "1\u{a0}234\u{a0}révisions");
        assert_eq!(reviews(Lang::En, 1234), "1,234 reviews");
        assert_eq!(mastered(Lang::Fr, 1, 5), "1 sur 5 maîtrisée");
        assert_eq!(mastered(Lang::Fr, 3, 5), "3 sur 5 maîtrisées");
    }

    #[test]
    fn arguments_land_where_the_templates_say() {
        assert_eq!(
            results_time(Lang::Fr, 2, 5),
            "Durée\u{a0}: 2\u{a0}min 05\u{a0}s"
        );
        assert_eq!(results_time(Lang::En, 0, 42), "Time: 0 min 42 s");
        assert_eq!(
            forecast_summary(Lang::En, 3, 1, 30),
            "3 cards due in the next 30 days, 1 of them today."
        );
        assert_eq!(
            study_summary(
                Lang::Fr,
                &cards_reviewed(Lang::Fr, 1),
                &remembered(Lang::Fr, 0),
                &minutes(Lang::Fr, 1)
            ),
            "1\u{a0}carte revue, 0\u{a0}sue, en 1\u{a0}minute."
        );
    }
}
