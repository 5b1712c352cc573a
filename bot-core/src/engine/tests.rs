//! Engine behaviour as transcripts: what a citizen sends, what comes back,
//! what is stored.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, TimeZone, Utc};

use super::*;
use crate::command::Command;
use crate::consultation::{load_dir, Answer};
use crate::records::*;
use crate::render;
use crate::store::SledStore;
use crate::store::Store;

struct Chat {
    engine: Engine,
    store: Arc<SledStore>,
    now: Arc<Mutex<DateTime<Utc>>>,
    last: BTreeMap<String, Reply>,
    events: u32,
    _dir: tempfile::TempDir,
}

/// Platforms' user ids as the adapters write them (the test platform has
/// none: nobody can be named on it).
const USER_IDS: &[crate::admin_command::UserIds] = &[
    ("telegram", |u| {
        !u.is_empty() && u.bytes().all(|b| b.is_ascii_digit())
    }),
    ("matrix", |u| u.starts_with('@') && u.contains(':')),
];

fn example_settings(notice_version: u32) -> Settings {
    Settings {
        default_language: "de".into(),
        notice_version,
        privacy_controller: "Ministerium X".into(),
        privacy_contact: "datenschutz@example.org".into(),
        privacy_authority: "LDI NRW".into(),
        keep_ideas_on_erasure: false,
        retention_days: 180,
        admins: vec![("test".into(), "admin".into())],
        export_platforms: vec!["test".into(), "matrix".into()],
        user_ids: USER_IDS.to_vec(),
        runtime: Default::default(),
    }
}

fn example_engine(
    store: Arc<SledStore>,
    now: Arc<Mutex<DateTime<Utc>>>,
    notice_version: u32,
) -> Engine {
    engine_with(store, now, example_settings(notice_version))
}

fn engine_with(
    store: Arc<SledStore>,
    now: Arc<Mutex<DateTime<Utc>>>,
    settings: Settings,
) -> Engine {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let consultations = load_dir(&root.join("consultations")).unwrap();
    let locales = Arc::new(Locales::load(&root.join("locales"), "de").unwrap());
    let clock_now = now.clone();
    Engine::new(
        consultations,
        locales,
        store,
        Pseudonyms::new("test-key"),
        settings,
        Arc::new(move || *clock_now.lock().unwrap()),
    )
}

impl Chat {
    fn new() -> Chat {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(SledStore::open(dir.path()).unwrap());
        let now = Arc::new(Mutex::new(
            Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap(),
        ));
        Chat {
            engine: example_engine(store.clone(), now.clone(), 1),
            store,
            now,
            last: BTreeMap::new(),
            events: 0,
            _dir: dir,
        }
    }

    async fn send_as(&mut self, user: &str, hint: Option<&str>, input: Input) -> String {
        self.send_on("test", user, hint, input, false).await
    }

    async fn send_on(
        &mut self,
        platform: &str,
        user: &str,
        hint: Option<&str>,
        input: Input,
        staff: bool,
    ) -> String {
        self.events += 1;
        let outcome = self
            .engine
            .handle(Incoming {
                platform: platform.into(),
                user: user.into(),
                chat: format!("chat-{user}"),
                event_id: Some(format!("ev{}", self.events)),
                language_hint: hint.map(str::to_owned),
                input,
                staff,
            })
            .await
            .unwrap();
        // As the adapters do once they tried to send.
        self.engine.replied(platform, &format!("ev{}", self.events));
        let texts: Vec<String> = outcome
            .replies
            .iter()
            .map(|r| render::plain(&self.engine.locales(), r))
            .collect();
        if let Some(r) = outcome.replies.last() {
            self.last.insert(user.into(), r.clone());
        }
        let text = texts.join("\n---\n");
        assert!(
            !text.contains("dieser Text fehlt"),
            "missing text in:\n{text}"
        );
        text
    }

    async fn say(&mut self, user: &str, text: &str) -> String {
        self.send_as(user, None, Input::Text(text.into())).await
    }

    async fn press(&mut self, user: &str, label: &str) -> String {
        let reply = self.last.get(user).expect("no reply yet").clone();
        let choice = reply
            .choices
            .iter()
            .find(|c| {
                self.engine
                    .locales()
                    .render(&reply.lang, &c.label)
                    .contains(label)
            })
            .unwrap_or_else(|| panic!("no button '{label}' in {reply:?}"))
            .clone();
        self.send_as(user, None, Input::Choice(choice.id)).await
    }

    fn participant(&self, user: &str) -> Participant {
        let id = Pseudonyms::new("test-key").of("test", user);
        self.store
            .participant(&id)
            .unwrap()
            .expect("participant stored")
    }

    fn answers(&self, user: &str) -> BTreeMap<String, Answer> {
        self.participant(user).runs["lebensbildung-digital"]
            .answers
            .clone()
    }
}

/// Plays the adapters for messages to other chats: acknowledges each
/// and keeps (chat, rendered text).
struct Inbox(Arc<Mutex<Vec<(String, String)>>>);

impl Inbox {
    fn open(chat: &Chat) -> Inbox {
        let mut rx = chat.engine.notifications("test");
        let locales = chat.engine.locales();
        let kept = Arc::new(Mutex::new(Vec::new()));
        let sink = kept.clone();
        tokio::spawn(async move {
            while let Some(n) = rx.recv().await {
                let text = render::plain(&locales, &n.reply);
                sink.lock().unwrap().push((n.chat, text));
                if let Some(receipt) = n.receipt {
                    receipt.done(true);
                }
            }
        });
        Inbox(kept)
    }

    /// Waits for a message to `chat` holding `part`.
    async fn wait(&self, chat: &str, part: &str) -> String {
        for _ in 0..250 {
            let found = self
                .0
                .lock()
                .unwrap()
                .iter()
                .find(|(c, t)| c == chat && t.contains(part))
                .map(|(_, t)| t.clone());
            if let Some(text) = found {
                return text;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        panic!(
            "no message to {chat} with {part:?}: {:#?}",
            self.0.lock().unwrap()
        );
    }

    fn count(&self) -> usize {
        self.0.lock().unwrap().len()
    }
}

/// How many overlays are stacked in a stored dialogue state.
fn depth(d: &Dialogue) -> usize {
    match d {
        Dialogue::ConfirmForget { resume }
        | Dialogue::ConfirmRestart { resume, .. }
        | Dialogue::Language { resume }
        | Dialogue::Own { resume }
        | Dialogue::Browse { resume, .. } => 1 + depth(resume),
        _ => 0,
    }
}

/// Everything, as staff export it now.
fn export_all(chat: &Chat) -> crate::export::Export {
    crate::export::collect(
        &*chat.store,
        &chat.engine.consultations(),
        None,
        None,
        Utc::now(),
    )
    .unwrap()
}

fn has(text: &str, part: &str) {
    assert!(text.contains(part), "expected {part:?} in:\n{text}");
}

/// Walks from the start to the question after consent.
async fn consented(chat: &mut Chat, user: &str) -> String {
    let first = chat.send_as(user, None, Input::Open).await;
    has(&first, "Willkommen bei mitreden");
    has(&first, "Datenschutzhinweis (Version 1)");
    has(&first, "Verantwortlich: Ministerium X");
    has(&first, "[1] Ja, einverstanden");
    chat.say(user, "1").await
}

#[tokio::test]
async fn a_citizen_answers_every_question_type_and_submits_an_idea() {
    let mut chat = Chat::new();
    let r = consented(&mut chat, "anna").await;
    has(&r, "Danke für Ihre Einwilligung.");
    has(
        &r,
        "lebensbildung.digital – Digitalisierung und Gesellschaft",
    );
    has(&r, "Frage 1 von 14");
    has(&r, "[1] Als Bürgerin oder Bürger");

    // single choice by button
    let r = chat.press("anna", "Als Fachkraft").await;
    has(&r, "Frage 2 von 14\n\nWie alt sind Sie?");
    has(&r, "Bitte geben Sie eine ganze Zahl von 10 bis 120 ein.");
    has(&r, "Diese Frage ist freiwillig.");
    has(&r, "· Überspringen");

    // number: not a number, out of range, fraction, then valid
    has(
        &chat.say("anna", "vierzig").await,
        "Das ist keine gültige Zahl.",
    );
    has(
        &chat.say("anna", "7").await,
        "außerhalb des erlaubten Bereichs",
    );
    has(&chat.say("anna", "40,5").await, "keine gültige Zahl");
    let r = chat.say("anna", "40").await;
    has(&r, "Frage 3 von 14");
    has(&r, "1 = gar nicht … 5 = sehr stark");

    // scale: a value outside, then by typed value
    has(
        &chat.say("anna", "9").await,
        "Bitte wählen Sie einen Wert von 1 bis 5.",
    );
    let r = chat.say("anna", "4").await;
    has(&r, "Frage 4 von 14");
    has(&r, "Wählen Sie 1 bis 3 Antworten");

    // multi: too many typed, then toggles and done
    has(
        &chat.say("anna", "1, 2, 3, 4").await,
        "höchstens 3 Antworten",
    );
    let r = chat.press("anna", "In Kontakt").await;
    has(&r, "[✓ 1] In Kontakt bleiben");
    has(&chat.press("anna", "Fertig").await, "Frage 5 von 14");

    // multi by typed label (accents and case ignored), by a typed number
    let r = chat.say("anna", "datenschutz und privatsphare").await;
    has(&r, "Frage 6 von 14");
    has(&chat.say("anna", "5").await, "Frage 7 von 14");
    has(&chat.say("anna", "2").await, "Frage 8 von 14");

    // a low rating makes the conditional follow-up appear; skip it
    let r = chat.say("anna", "2").await;
    has(&r, "Frage 9 von 14");
    has(&r, "Was hat nicht geklappt");
    let r = chat.say("anna", "/skip").await;
    has(&r, "Frage 10 von 14");

    // back shows the skipped question again, with its previous answer
    let r = chat.say("anna", "/back").await;
    has(&r, "Was hat nicht geklappt");
    has(&r, "Bisherige Antwort: (übersprungen)");
    chat.press("anna", "Überspringen").await;

    // yes/no by typed label
    let r = chat.say("anna", "JA").await;
    has(&r, "Frage 11 von 14");
    has(&r, "Was hat Ihnen dabei gefallen – und was hat gefehlt?");

    // free text: too long, empty, then valid with markup kept verbatim
    has(
        &chat.say("anna", &"x".repeat(1001)).await,
        "Ihr Text hat 1001 Zeichen, erlaubt sind höchstens 1000.",
    );
    has(&chat.say("anna", "   ").await, "Die Antwort ist leer.");
    let r = chat.say("anna", "Gut: <b>einfach</b> & schnell").await;
    has(&r, "Frage 12 von 14");

    let r = chat.press("anna", "Im Messenger").await;
    has(&r, "Frage 13 von 14");
    has(&r, "Bringen Sie die 6 Antworten in Ihre Reihenfolge");

    // ranking: a typed order with a repeat is refused; pressed one after
    // the other (the prompt is redrawn in place), one pick undone, and the
    // last option falls into place
    has(
        &chat.say("anna", "1, 1").await,
        "jede der 6 Nummern genau einmal",
    );
    let r = chat.press("anna", "Mehr Mitsprache").await;
    has(&r, "Ihre Reihenfolge bisher: 1. Mehr Mitsprache für alle");
    assert!(!r.contains("[6] Mehr Mitsprache"), "{r}");
    let r = chat.press("anna", "Letzte Wahl zurücknehmen").await;
    has(&r, "[6] Mehr Mitsprache");
    for label in [
        "Lernen in jedem Alter",
        "Kinder und Jugend",
        "Niemanden abhängen",
        "Kultur und Sport",
    ] {
        chat.press("anna", label).await;
    }
    let r = chat.press("anna", "Einfache Online-Dienste").await;
    has(&r, "Frage 14 von 14");
    let r = chat.say("anna", "Mehr Kurse im Viertel.").await;
    has(&r, "Geschafft – vielen Dank für Ihre Antworten");
    has(&r, "Möchten Sie außerdem eine eigene Idee");

    let expected: BTreeMap<String, Answer> = [
        ("rolle", Answer::Choice("fachkraft".into())),
        ("alter", Answer::Number(40.0)),
        ("alltag", Answer::Number(4.0)),
        ("chancen", Answer::Choices(vec!["kontakt".into()])),
        ("sorgen", Answer::Choices(vec!["daten".into()])),
        ("lernen", Answer::Choices(vec!["online".into()])),
        ("kultur", Answer::Choices(vec!["buehne".into()])),
        ("verwaltung", Answer::Number(2.0)),
        ("verbesserung", Answer::Skipped),
        ("beteiligt", Answer::Choice("yes".into())),
        (
            "erfahrung",
            Answer::Text("Gut: <b>einfach</b> & schnell".into()),
        ),
        ("kanal", Answer::Choice("messenger".into())),
        (
            "prioritaeten",
            Answer::Ranking(vec![
                "lernen".into(),
                "jugend".into(),
                "teilhabe".into(),
                "kultur".into(),
                "dienste".into(),
                "mitreden".into(),
            ]),
        ),
        ("anmerkungen", Answer::Text("Mehr Kurse im Viertel.".into())),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect();
    assert_eq!(chat.answers("anna"), expected);
    assert!(chat.participant("anna").runs["lebensbildung-digital"]
        .completed_at
        .is_some());

    // the idea: title, description, field, edit, confirm
    has(
        &chat.press("anna", "Ja").await,
        "Wie soll Ihre Idee heißen?",
    );
    has(
        &chat.say("anna", &"T".repeat(121)).await,
        "erlaubt sind höchstens 120",
    );
    has(
        &chat.say("anna", "Beteiligung per Messenger").await,
        "Beschreiben Sie Ihre Idee",
    );
    has(
        &chat.say("anna", "Konsultationen direkt im Chat.").await,
        "Zu welchem Handlungsfeld",
    );
    let r = chat.press("anna", "Mitreden und Zusammenarbeiten").await;
    has(&r, "Titel: Beteiligung per Messenger");
    has(&r, "Handlungsfeld: Mitreden und Zusammenarbeiten");
    has(
        &chat.press("anna", "Titel ändern").await,
        "Wie soll Ihre Idee heißen?",
    );
    let r = chat.say("anna", "Mitreden im Messenger").await;
    has(&r, "Titel: Mitreden im Messenger");
    has(&r, "Beschreibung: Konsultationen direkt im Chat.");
    has(
        &chat.press("anna", "Absenden").await,
        "hat die Nummer I-0001",
    );

    let ideas = chat.store.ideas().unwrap();
    assert_eq!(ideas.len(), 1);
    assert_eq!(ideas[0].title, "Mitreden im Messenger");
    assert_eq!(ideas[0].field, "partizipation");
    assert_eq!(ideas[0].status, IdeaStatus::Submitted);
    assert_eq!(ideas[0].author, chat.participant("anna").id);
    assert_eq!(chat.participant("anna").dialogue, Dialogue::Idle);
}

#[tokio::test]
async fn without_consent_nothing_but_the_refusal_is_stored() {
    let mut chat = Chat::new();
    chat.send_as("ben", None, Input::Open).await;
    let r = chat.press("ben", "Nein").await;
    has(&r, "ohne Ihre Einwilligung speichern wir keine Antworten");
    let p = chat.participant("ben");
    assert!(p.runs.is_empty());
    assert_eq!(p.consent.as_ref().map(|c| c.given), Some(false));
    // answering anyway is not possible: the question is not shown
    let r = chat.say("ben", "1").await;
    has(&r, "Mit /start beginnen");
    assert!(chat.participant("ben").runs.is_empty());
    // /start asks again
    has(&chat.say("ben", "/start").await, "Datenschutzhinweis");
}

#[tokio::test]
async fn a_new_notice_version_asks_for_consent_again() {
    let mut chat = Chat::new();
    consented(&mut chat, "cem").await;
    chat.press("cem", "Als Bürgerin").await;
    let engine = example_engine(chat.store.clone(), chat.now.clone(), 2);
    chat.engine = engine;
    let r = chat.say("cem", "/start").await;
    has(&r, "Datenschutzhinweis (Version 2)");
    let r = chat.press("cem", "Ja, einverstanden").await;
    has(&r, "Weiter mit");
    has(&r, "Frage 2 von 14");
    assert_eq!(
        chat.participant("cem").consent.map(|c| c.notice_version),
        Some(2)
    );
}

#[tokio::test]
async fn changing_an_answer_drops_answers_that_no_longer_apply() {
    let mut chat = Chat::new();
    consented(&mut chat, "dora").await;
    for input in ["1", "/skip", "3", "1", "1", "1", "1", "/skip"] {
        chat.say("dora", input).await;
    }
    has(
        &chat.say("dora", "ja").await,
        "Was hat Ihnen dabei gefallen",
    );
    chat.say("dora", "Es war übersichtlich.").await;
    assert!(chat.answers("dora").contains_key("erfahrung"));
    // back twice: to erfahrung, then to beteiligt; answer no
    has(
        &chat.say("dora", "/back").await,
        "Bisherige Antwort: Es war übersichtlich.",
    );
    has(&chat.say("dora", "/back").await, "Bisherige Antwort: Ja");
    let r = chat.say("dora", "nein").await;
    has(&r, "Wie möchten Sie künftig am liebsten mitreden?");
    has(&r, "Frage 10 von 12");
    assert!(!chat.answers("dora").contains_key("erfahrung"));
}

#[tokio::test]
async fn back_at_the_first_question_and_restart() {
    let mut chat = Chat::new();
    consented(&mut chat, "emil").await;
    has(
        &chat.say("emil", "/back").await,
        "Weiter zurück geht es hier nicht.",
    );
    chat.say("emil", "2").await;
    has(
        &chat.say("emil", "/zurück").await,
        "Bisherige Antwort: Als Fachkraft",
    );
    has(
        &chat.say("emil", "/restart").await,
        "Wirklich neu beginnen? Ihre bisherige Antwort zu",
    );
    let r = chat.press("emil", "Ja, neu beginnen").await;
    has(&r, "Ihre bisherigen Antworten sind gelöscht");
    has(&r, "Frage 1 von 14");
    assert!(chat.answers("emil").is_empty());
}

#[tokio::test]
async fn stale_and_forged_buttons_are_refused_and_nothing_is_stored() {
    let mut chat = Chat::new();
    consented(&mut chat, "fia").await;
    let old = chat.last["fia"].choices[0].id.clone();
    chat.press("fia", "Als Bürgerin").await;
    let before = chat.participant("fia");
    let r = chat.send_as("fia", None, Input::Choice(old)).await;
    has(&r, "Diese Schaltfläche gehört zu einer früheren Frage");
    has(&r, "Wie alt sind Sie?");
    for forged in [
        "garbage",
        "99999.o:yes",
        &format!("{}.o:nonsense", before.prompt),
        "",
    ] {
        let r = chat
            .send_as("fia", None, Input::Choice(forged.to_owned()))
            .await;
        has(&r, "Diese Schaltfläche gehört zu einer früheren Frage");
    }
    assert_eq!(chat.participant("fia").runs, before.runs);
    assert_eq!(chat.participant("fia").dialogue, before.dialogue);
}

#[tokio::test]
async fn a_redelivered_event_is_applied_once() {
    let mut chat = Chat::new();
    consented(&mut chat, "gus").await;
    let ev = |input: Input| Incoming {
        platform: "test".into(),
        user: "gus".into(),
        chat: "chat-gus".into(),
        event_id: Some("update-77".into()),
        language_hint: None,
        input,
        staff: false,
    };
    let first = chat
        .engine
        .handle(ev(Input::Text("1".into())))
        .await
        .unwrap();
    assert!(!first.duplicate);
    assert_eq!(first.replies.len(), 1);
    let again = chat
        .engine
        .handle(ev(Input::Text("1".into())))
        .await
        .unwrap();
    assert!(again.duplicate);
    assert_eq!(again.replies, first.replies);
    assert_eq!(chat.answers("gus").len(), 1);
    match chat.participant("gus").dialogue {
        Dialogue::Question { question, .. } => assert_eq!(question, "alter"),
        other => panic!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn the_greeting_switches_the_language_in_one_tap() {
    let mut chat = Chat::new();
    let r = chat.send_as("yara", None, Input::Open).await;
    has(&r, "[3] 🌐 Andere Sprache / Language");
    // Someone who cannot read German types something first: the short
    // reminder, then the switch; the whole notice comes in the new language.
    has(&chat.say("yara", "hello?").await, "Bitte antworten Sie mit");
    let r = chat.press("yara", "Andere Sprache").await;
    has(&r, "العربية");
    let r = chat.press("yara", "English").await;
    has(&r, "The language is now English.");
    // Back at the question it interrupted, now in English, in full.
    has(&r, "Privacy notice (version 1)");
    has(&r, "[1] Yes, I agree");
    has(
        &chat.press("yara", "Yes, I agree").await,
        "Question 1 of 14",
    );
}

#[tokio::test]
async fn language_comes_from_the_platform_hint_and_can_be_changed() {
    let mut chat = Chat::new();
    let r = chat.send_as("hana", Some("en-GB"), Input::Open).await;
    has(&r, "Welcome to mitreden!");
    has(&r, "Privacy notice (version 1)");
    let r = chat.say("hana", "/language").await;
    // Each language by its own name; German and its easy-read form first.
    has(&r, "[1] Deutsch\n");
    has(&r, "[2] Deutsch – Leichte Sprache");
    has(&r, "English");
    for name in ["Türkçe", "العربية", "Українська", "Русский", "Polski"] {
        has(&r, name);
    }
    let r = chat.press("hana", "Deutsch").await;
    has(&r, "Die Sprache ist jetzt Deutsch.");
    has(&r, "Datenschutzhinweis");
    assert_eq!(chat.participant("hana").language, "de");
    has(
        &chat.say("hana", "/language klingonisch").await,
        "Die Sprache „klingonisch“ gibt es hier nicht.",
    );
    has(
        &chat.say("hana", "/language en").await,
        "The language is now English.",
    );
    // an unknown hint falls back to the default
    has(
        &chat.send_as("ivo", Some("fr"), Input::Open).await,
        "Willkommen bei mitreden",
    );
}

#[tokio::test]
async fn bad_inputs_get_a_localised_answer_and_the_question_again() {
    let mut chat = Chat::new();
    consented(&mut chat, "jan").await;
    let r = chat.say("jan", "/frobnicate").await;
    has(&r, "Den Befehl /frobnicate kenne ich nicht.");
    has(&r, "In welcher Rolle");
    let r = chat.send_as("jan", None, Input::Unsupported).await;
    has(&r, "Bilder, Sprachnachrichten und Dateien");
    has(&r, "In welcher Rolle");
    let r = chat.say("jan", "irgendwas").await;
    has(&r, "Bitte wählen Sie eine der Antworten");
    has(&r, "In welcher Rolle");
    has(
        &chat.say("jan", "/skip").await,
        "Diese Frage kann nicht übersprungen werden.",
    );
    has(
        &chat.say("jan", "/start unbekannt").await,
        "Eine Konsultation „unbekannt“ gibt es nicht.",
    );
    assert!(chat.answers("jan").is_empty());
}

#[tokio::test]
async fn cancel_pauses_and_start_resumes() {
    let mut chat = Chat::new();
    consented(&mut chat, "kai").await;
    chat.say("kai", "1").await;
    has(&chat.say("kai", "/cancel").await, "Pausiert.");
    let r = chat.say("kai", "/start").await;
    has(&r, "Weiter mit");
    has(&r, "Wie alt sind Sie?");
    has(
        &chat.send_as("kai", None, Input::Open).await,
        "Willkommen zurück!",
    );
}

#[tokio::test]
async fn a_closed_consultation_refuses_answers() {
    let mut chat = Chat::new();
    consented(&mut chat, "lea").await;
    *chat.now.lock().unwrap() = Utc.with_ymd_and_hms(2030, 1, 2, 0, 0, 0).unwrap();
    let r = chat.say("lea", "1").await;
    has(&r, "ist geschlossen");
    assert!(chat.answers("lea").is_empty());
    // Asking again names it, with where its results will appear.
    let r = chat.say("lea", "/start").await;
    has(&r, "ist geschlossen");
    has(
        &r,
        "Die Ergebnisse erscheinen unter https://www.lebensbildung-digital.nrw",
    );
    assert!(
        !r.contains("Zurzeit ist keine Konsultation geöffnet."),
        "{r}"
    );
    has(
        &chat.say("lea", "/idea").await,
        "Zurzeit nimmt keine Konsultation Ideen entgegen.",
    );
}

#[tokio::test]
async fn two_participants_do_not_see_each_other() {
    let mut chat = Chat::new();
    consented(&mut chat, "max").await;
    consented(&mut chat, "nia").await;
    chat.say("max", "1").await;
    chat.say("nia", "5").await;
    assert_eq!(
        chat.answers("max")["rolle"],
        Answer::Choice("buerger".into())
    );
    assert_eq!(
        chat.answers("nia")["rolle"],
        Answer::Choice("andere".into())
    );
    assert_ne!(chat.participant("max").id, chat.participant("nia").id);
}

#[tokio::test]
async fn an_idea_can_be_started_directly_and_discarded() {
    let mut chat = Chat::new();
    chat.send_as("ole", None, Input::Open).await;
    chat.press("ole", "Ja, einverstanden").await;
    has(
        &chat.say("ole", "/idee").await,
        "Wie soll Ihre Idee heißen?",
    );
    chat.say("ole", "Titel").await;
    has(
        &chat.press("ole", "Zurück").await,
        "Wie soll Ihre Idee heißen?",
    );
    has(
        &chat.say("ole", "/cancel").await,
        "Der Entwurf Ihrer Idee ist verworfen.",
    );
    assert!(chat.store.ideas().unwrap().is_empty());
}

#[tokio::test]
async fn other_answers_and_a_typed_ranking() {
    let mut chat = Chat::new();
    consented(&mut chat, "ben").await;
    chat.say("ben", "1").await;
    chat.say("ben", "/skip").await;
    chat.say("ben", "3").await;
    has(&chat.say("ben", "1").await, "Frage 5 von 14");

    // multiple choice: one ticked, then "other"; back keeps the tick
    chat.press("ben", "Hass").await;
    let r = chat.press("ben", "Andere Antwort").await;
    has(
        &r,
        "Bitte schreiben Sie Ihre eigene Antwort (höchstens 200 Zeichen).",
    );
    has(&r, "Dazu gewählt: Hass und Falschmeldungen");
    let r = chat.press("ben", "Zurück").await;
    has(&r, "[✓ 2] Hass und Falschmeldungen");
    has(&r, "[8] Andere Antwort");
    chat.press("ben", "Andere Antwort").await;
    has(
        &chat.say("ben", &"x".repeat(201)).await,
        "erlaubt sind höchstens 200",
    );
    has(
        &chat.say("ben", "Sport\nim  Verein").await,
        "Frage 6 von 14",
    );

    chat.say("ben", "1").await;
    chat.say("ben", "1").await;
    chat.say("ben", "/skip").await;
    let r = chat.say("ben", "nein").await;
    has(&r, "Wie möchten Sie künftig am liebsten mitreden?");

    // single choice: "other" by its typed number, then the text
    has(
        &chat.say("ben", "5").await,
        "Bitte schreiben Sie Ihre eigene Antwort",
    );
    let r = chat.say("ben", "Im Stadtteilzentrum").await;
    has(&r, "Bringen Sie die 6 Antworten in Ihre Reihenfolge");

    // ranking typed: the last one may be left out
    has(&chat.say("ben", "3, 1, 2, 4, 5").await, "Frage 12 von 12");
    has(&chat.say("ben", "/skip").await, "Geschafft");

    let answers = chat.answers("ben");
    assert_eq!(
        answers["sorgen"],
        Answer::Other {
            choices: vec!["hass".into()],
            text: "Sport im Verein".into()
        }
    );
    assert_eq!(
        answers["kanal"],
        Answer::Other {
            choices: vec![],
            text: "Im Stadtteilzentrum".into()
        }
    );
    assert_eq!(
        answers["prioritaeten"],
        Answer::Ranking(vec![
            "teilhabe".into(),
            "lernen".into(),
            "jugend".into(),
            "kultur".into(),
            "dienste".into(),
            "mitreden".into()
        ])
    );
}

#[tokio::test]
async fn a_citizen_takes_part_in_two_consultations() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let dir = tempfile::tempdir().unwrap();
    let defs = dir.path().join("consultations");
    let locs = dir.path().join("locales");
    std::fs::create_dir_all(&defs).unwrap();
    std::fs::copy(
        root.join("consultations/lebensbildung-digital.toml"),
        defs.join("a.toml"),
    )
    .unwrap();
    std::fs::write(
        defs.join("b.toml"),
        "id = \"kurz\"\n[[question]]\nid = \"gut\"\ntype = \"yesno\"\n",
    )
    .unwrap();
    for lang in ["de", "en"] {
        std::fs::create_dir_all(locs.join(lang)).unwrap();
        for f in ["main.ftl", "consultation-lebensbildung-digital.ftl"] {
            std::fs::copy(
                root.join("locales").join(lang).join(f),
                locs.join(lang).join(f),
            )
            .unwrap();
        }
        std::fs::write(
            locs.join(lang).join("consultation-kurz.ftl"),
            "kurz-title = Kurzumfrage\nkurz-intro = Eine Frage.\nkurz-q-gut = Gefällt es Ihnen?\n",
        )
        .unwrap();
    }
    let store = Arc::new(SledStore::open(&dir.path().join("data")).unwrap());
    let now = Arc::new(Mutex::new(
        Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap(),
    ));
    let clock = now.clone();
    let engine = Engine::new(
        load_dir(&defs).unwrap(),
        Arc::new(Locales::load(&locs, "de").unwrap()),
        store.clone(),
        Pseudonyms::new("test-key"),
        Settings {
            default_language: "de".into(),
            notice_version: 1,
            privacy_controller: "X".into(),
            privacy_contact: "Y".into(),
            privacy_authority: "LDI NRW".into(),
            keep_ideas_on_erasure: false,
            retention_days: 180,
            admins: vec![("test".into(), "admin".into())],
            export_platforms: vec!["test".into(), "matrix".into()],
            user_ids: USER_IDS.to_vec(),
            runtime: Default::default(),
        },
        Arc::new(move || *clock.lock().unwrap()),
    );
    let mut chat = Chat {
        engine,
        store,
        now,
        last: BTreeMap::new(),
        events: 0,
        _dir: dir,
    };
    let r = chat.send_as("pia", None, Input::Open).await;
    has(&r, "Welche Konsultation möchten Sie beantworten?");
    has(&r, "[2] Kurzumfrage");
    has(
        &chat.press("pia", "Kurzumfrage").await,
        "Datenschutzhinweis",
    );
    let r = chat.press("pia", "Ja, einverstanden").await;
    has(&r, "Frage 1 von 1");
    has(&chat.say("pia", "ja").await, "Geschafft");
    let r = chat.say("pia", "/start lebensbildung-digital").await;
    has(&r, "Frage 1 von 14");
    chat.say("pia", "1").await;
    let p = chat.participant("pia");
    assert_eq!(p.runs["kurz"].answers["gut"], Answer::Choice("yes".into()));
    assert_eq!(
        p.runs["lebensbildung-digital"].answers["rolle"],
        Answer::Choice("buerger".into())
    );
    assert!(p.runs["kurz"].completed_at.is_some());
    has(
        &chat.say("pia", "/start kurz").await,
        "Sie haben „Kurzumfrage“ bereits beantwortet",
    );
}

/// Answers two questions and submits an idea.
async fn with_answers_and_idea(chat: &mut Chat, user: &str, title: &str) {
    consented(chat, user).await;
    chat.say(user, "2").await;
    chat.say(user, "44").await;
    has(&chat.say(user, "/idea").await, "Wie soll Ihre Idee heißen?");
    chat.say(user, title).await;
    chat.say(user, "Beschreibung").await;
    chat.say(user, "1").await;
    has(&chat.press(user, "Absenden").await, "hat die Nummer");
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[tokio::test]
async fn mydata_shows_exactly_the_own_data_as_text_and_json() {
    let mut chat = Chat::new();
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    with_answers_and_idea(&mut chat, "bert", "Berts Idee").await;
    let outcome = chat
        .engine
        .handle(Incoming {
            platform: "test".into(),
            user: "anna".into(),
            chat: "chat-anna".into(),
            event_id: None,
            language_hint: None,
            input: Input::Text("/mydata".into()),
            staff: false,
        })
        .await
        .unwrap();
    let reply = &outcome.replies[0];
    let text = render::plain(&chat.engine.locales(), reply);
    has(&text, &format!("Pseudonym {}", chat.participant("anna").id));
    has(
        &text,
        "Einwilligung: erteilt am 01.06.2026, 14:00 Uhr (Datenschutzhinweis Version 1)",
    );
    has(
        &text,
        "Adresse, unter der wir Ihnen antworten: test chat-anna",
    );
    has(&text, "– In welcher Rolle nehmen Sie teil?");
    has(&text, " → Als Fachkraft");
    has(&text, "– Wie alt sind Sie? → 44");
    // Answers in question order ("alter" sorts before "rolle" by id).
    assert!(
        text.find("In welcher Rolle") < text.find("Wie alt sind Sie"),
        "{text}"
    );
    has(&text, "Idee I-0001 „Annas Idee“: eingereicht");
    assert!(!text.contains("Berts Idee"), "{text}");
    let file = reply.attachment.as_ref().expect("a JSON file");
    assert_eq!(file.mime, "application/json");
    let json: serde_json::Value = serde_json::from_slice(&file.data).unwrap();
    assert_eq!(json["participant"], chat.participant("anna").id);
    assert_eq!(
        json["consultations"][0]["answers"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(json["ideas"].as_array().unwrap().len(), 1);
    assert_eq!(json["ideas"][0]["title"], "Annas Idee");
    assert_eq!(json["contact"]["chat"], "chat-anna");
    assert!(!String::from_utf8_lossy(&file.data).contains("bert"));
}

#[tokio::test]
async fn forget_erases_every_trace_and_a_later_start_is_a_new_person() {
    let mut chat = Chat::new();
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    with_answers_and_idea(&mut chat, "bert", "Berts Idee").await;
    let pseudonym = chat.participant("anna").id;
    assert!(chat.store.contact(&pseudonym).unwrap().is_some());

    // Changing one's mind keeps everything.
    has(
        &chat.say("anna", "/forget").await,
        "Sollen wir alles löschen",
    );
    has(
        &chat.press("anna", "Nein, behalten").await,
        "Ihre Daten bleiben gespeichert",
    );
    assert!(chat.store.participant(&pseudonym).unwrap().is_some());

    chat.say("anna", "/vergessen").await;
    let r = chat.press("anna", "Ja, alles löschen").await;
    has(&r, "Alle Ihre Daten sind gelöscht");
    let dump = chat.store.raw_dump().unwrap();
    for trace in [pseudonym.as_str(), "chat-anna", "Annas Idee", "anna"] {
        assert!(!contains(&dump, trace), "{trace:?} is still stored");
    }
    // Bert is untouched.
    assert_eq!(chat.store.ideas().unwrap().len(), 1);
    assert!(contains(&dump, "Berts Idee"));
    // The erasure is audited without personal data.
    let audit = chat.store.audit().unwrap();
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].action, "erasure");
    assert!(!audit[0].detail.contains(&pseudonym));
    // Coming back starts afresh.
    let r = chat.send_as("anna", None, Input::Open).await;
    has(&r, "Willkommen bei mitreden!");
    has(&r, "Datenschutzhinweis");
}

#[tokio::test]
async fn ideas_can_be_kept_for_the_record_without_their_author() {
    let mut chat = Chat::new();
    chat.engine = engine_with(
        chat.store.clone(),
        chat.now.clone(),
        Settings {
            keep_ideas_on_erasure: true,
            ..example_settings(1)
        },
    );
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    let pseudonym = chat.participant("anna").id;
    chat.say("anna", "/forget").await;
    chat.press("anna", "Ja, alles löschen").await;
    let ideas = chat.store.ideas().unwrap();
    assert_eq!(ideas.len(), 1);
    assert_eq!(ideas[0].title, "Annas Idee");
    assert_eq!(ideas[0].author, "");
    assert!(!contains(&chat.store.raw_dump().unwrap(), &pseudonym));
}

#[tokio::test]
async fn the_address_is_kept_only_with_consent() {
    let mut chat = Chat::new();
    chat.send_as("cleo", None, Input::Open).await;
    let id = Pseudonyms::new("test-key").of("test", "cleo");
    assert!(chat.store.contact(&id).unwrap().is_none());
    chat.press("cleo", "Ja, einverstanden").await;
    assert_eq!(
        chat.store.contact(&id).unwrap().map(|c| c.chat),
        Some("chat-cleo".into())
    );
    chat.send_as("dani", None, Input::Open).await;
    chat.press("dani", "Nein").await;
    let other = Pseudonyms::new("test-key").of("test", "dani");
    assert!(chat.store.contact(&other).unwrap().is_none());
}

#[tokio::test]
async fn retention_deletes_addresses_after_the_period_and_keeps_answers() {
    let mut chat = Chat::new();
    with_answers_and_idea(&mut chat, "emma", "Emmas Idee").await;
    let id = chat.participant("emma").id;
    // The example closes at 2029-12-31; retention is 180 days.
    *chat.now.lock().unwrap() = Utc.with_ymd_and_hms(2030, 6, 28, 0, 0, 0).unwrap();
    assert_eq!(chat.engine.retention().await.unwrap(), 0);
    assert!(chat.store.contact(&id).unwrap().is_some());
    *chat.now.lock().unwrap() = Utc.with_ymd_and_hms(2030, 6, 30, 0, 0, 0).unwrap();
    assert_eq!(chat.engine.retention().await.unwrap(), 1);
    assert!(chat.store.contact(&id).unwrap().is_none());
    assert_eq!(chat.answers("emma").len(), 2);
    assert!(!contains(&chat.store.raw_dump().unwrap(), "chat-emma"));
    let audit = chat.store.audit().unwrap();
    assert_eq!(audit.last().map(|a| a.action.as_str()), Some("retention"));
}

#[tokio::test]
async fn the_same_id_on_two_platforms_is_two_unlinked_participants() {
    let chat = Chat::new();
    for platform in ["telegram", "matrix"] {
        chat.engine
            .handle(Incoming {
                platform: platform.into(),
                user: "42".into(),
                chat: "42".into(),
                event_id: None,
                language_hint: None,
                input: Input::Open,
                staff: false,
            })
            .await
            .unwrap();
    }
    let ids: Vec<String> = chat
        .store
        .participants()
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
}

#[tokio::test]
async fn an_unreadable_message_asks_to_send_it_again() {
    let mut chat = Chat::new();
    consented(&mut chat, "ulf").await;
    let r = chat.send_as("ulf", None, Input::Unreadable).await;
    has(&r, "konnte sie nicht lesen");
    has(&r, "In welcher Rolle");
    assert!(chat.answers("ulf").is_empty());
}

#[tokio::test]
async fn myideas_lists_the_own_ideas_with_status() {
    let mut chat = Chat::new();
    consented(&mut chat, "ida").await;
    has(
        &chat.say("ida", "/myideas").await,
        "noch keine Idee eingereicht",
    );
    with_answers_and_idea(&mut chat, "udo", "Udos Idee").await;
    chat.say("ida", "/idea").await;
    chat.say("ida", "Idas Idee").await;
    chat.say("ida", "Text").await;
    chat.say("ida", "2").await;
    chat.press("ida", "Absenden").await;
    let r = chat.say("ida", "/meineideen").await;
    has(&r, "„Idas Idee“: eingereicht");
    assert!(!r.contains("Udos Idee"), "{r}");
}

#[tokio::test]
async fn old_event_ids_are_forgotten_by_the_daily_job() {
    let mut chat = Chat::new();
    consented(&mut chat, "vera").await;
    assert!(chat.store.applied("test\0ev1").unwrap().is_some());
    // The events were applied "now" by the system clock; 31 days on they go.
    *chat.now.lock().unwrap() = Utc::now() + chrono::Duration::days(31);
    chat.engine.retention().await.unwrap();
    assert!(chat.store.applied("test\0ev1").unwrap().is_none());
}

#[tokio::test]
async fn admins_set_an_idea_status_and_the_submitter_hears_in_their_language() {
    let mut chat = Chat::new();
    let news = Inbox::open(&chat);
    chat.send_as("uwe", Some("en"), Input::Open).await;
    chat.press("uwe", "Yes, I agree").await;
    chat.say("uwe", "/idea").await;
    chat.say("uwe", "Open data").await;
    chat.say("uwe", "Publish it all").await;
    chat.say("uwe", "3").await;
    has(&chat.press("uwe", "Send").await, "I-0001");

    // Not an admin: refused, and the attempt is audited by pseudonym.
    has(
        &chat.say("uwe", "/admin ideas").await,
        "Only admins may do that",
    );
    let refused = chat.store.audit().unwrap();
    assert_eq!(
        refused.last().map(|a| a.action.as_str()),
        Some("admin-refused")
    );
    assert_eq!(
        refused.last().map(|a| a.actor.clone()),
        Some(chat.participant("uwe").id)
    );

    has(
        &chat.say("admin", "/admin ideas").await,
        "I-0001 „Open data“ – Mitreden und Zusammenarbeiten – eingereicht",
    );
    has(
        &chat.say("admin", "/admin idea i-0001").await,
        "Publish it all",
    );
    let r = chat
        .say(
            "admin",
            "/admin idea I-0001 status accepted We start in May.",
        )
        .await;
    has(
        &r,
        "I-0001 ist jetzt „angenommen“. Die einreichende Person wird benachrichtigt.",
    );
    assert_eq!(
        news.wait("chat-uwe", "News").await,
        "News about your idea I-0001 “Open data”: it is now “accepted”. We start in May."
    );
    assert_eq!(chat.store.ideas().unwrap()[0].status, IdeaStatus::Accepted);
    has(
        &chat.say("admin", "/admin audit 3").await,
        "test:admin: admin – idea I-0001 status submitted -> accepted",
    );
    has(
        &chat.say("admin", "/admin reboot").await,
        "Den Admin-Befehl „reboot“ gibt es nicht.",
    );
    has(
        &chat.say("admin", "/admin consultations").await,
        "lebensbildung-digital: lebensbildung.digital – Digitalisierung und Gesellschaft – offen",
    );

    // After erasure (ideas deleted by default) there is nobody to contact.
    chat.say("uwe", "/forget").await;
    chat.press("uwe", "Yes, erase everything").await;

    has(
        &chat.say("admin", "/admin idea I-0001 status review").await,
        "Eine Idee I-0001 gibt es nicht.",
    );
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    assert_eq!(news.count(), 1);
}

#[tokio::test]
async fn admins_close_and_reopen_a_consultation_and_it_survives_a_restart() {
    let mut chat = Chat::new();
    consented(&mut chat, "rita").await;
    has(
        &chat
            .say("admin", "/admin close lebensbildung-digital")
            .await,
        "ist jetzt geschlossen",
    );
    has(&chat.say("rita", "1").await, "ist geschlossen");
    assert!(chat.answers("rita").is_empty());
    // A new engine on the same store (a restart) keeps the admin's window.
    chat.engine = example_engine(chat.store.clone(), chat.now.clone(), 1);
    has(&chat.say("rita", "/start").await, "ist geschlossen");
    has(
        &chat.say("admin", "/admin consultations").await,
        "– geschlossen (",
    );
    has(
        &chat.say("admin", "/admin open lebensbildung-digital").await,
        "ist jetzt offen",
    );
    has(&chat.say("rita", "/start").await, "Frage 1 von 14");
    has(
        &chat
            .say(
                "admin",
                "/admin schedule lebensbildung-digital 2027-01-01 2027-02-01",
            )
            .await,
        "ist jetzt geschlossen",
    );
    has(
        &chat
            .say("admin", "/admin schedule lebensbildung-digital soon later")
            .await,
        "siehe /admin help für „schedule“",
    );
    has(
        &chat.say("admin", "/admin close nichts").await,
        "Eine Konsultation „nichts“ gibt es nicht.",
    );
    has(
        &chat.say("admin", "/admin audit 3").await,
        "window lebensbildung-digital",
    );
}

mod admin;
mod evaluation;
mod fuzz;
mod hostile;

#[tokio::test]
async fn typed_answers_match_what_the_prompts_promise() {
    let mut chat = Chat::new();
    consented(&mut chat, "tom").await;
    // A single choice typed in part, when only one option has it.
    has(&chat.say("tom", "Bürger").await, "Frage 2 von 14");
    assert_eq!(
        chat.participant("tom").runs["lebensbildung-digital"].answers["rolle"],
        Answer::Choice("buerger".into())
    );
    // Digits as an Arabic keyboard types them.
    has(&chat.say("tom", "٣٥").await, "Frage 3 von 14");
    // A scale's end typed as its label.
    has(&chat.say("tom", "sehr stark").await, "Frage 4 von 14");
    let run = &chat.participant("tom").runs["lebensbildung-digital"];
    assert_eq!(run.answers["alter"], Answer::Number(35.0));
    assert_eq!(run.answers["alltag"], Answer::Number(5.0));
    // A typed list with the "done" line's number in it is the selection.
    let r = chat.say("tom", "/back").await;
    has(&r, "Frage 3 von 14");
    chat.say("tom", "gar nicht").await;
    let run = &chat.participant("tom").runs["lebensbildung-digital"];
    assert_eq!(run.answers["alltag"], Answer::Number(1.0));
    has(&chat.say("tom", "1, 3, 9").await, "Frage 5 von 14");
    assert_eq!(
        chat.participant("tom").runs["lebensbildung-digital"].answers["chancen"],
        Answer::Choices(vec!["kontakt".into(), "lernen".into()])
    );
    // Too short or ambiguous a part is no answer.
    has(&chat.say("tom", "Da").await, "Bitte wählen Sie");
}

#[tokio::test]
async fn an_idea_begun_mid_questions_returns_to_the_question() {
    let mut chat = Chat::new();
    consented(&mut chat, "tom").await;
    chat.say("tom", "1").await;
    has(
        &chat.say("tom", "/idea").await,
        "Wie soll Ihre Idee heißen?",
    );
    let r = chat.press("tom", "Abbrechen").await;
    has(&r, "verworfen");
    has(&r, "Frage 2 von 14");
    // Sent, too.
    chat.say("tom", "/idea").await;
    chat.say("tom", "Treffpunkt").await;
    chat.say("tom", "Ein Ort für alle.").await;
    chat.say("tom", "1").await;
    let r = chat.press("tom", "Absenden").await;
    has(&r, "hat die Nummer I-0001");
    has(&r, "Frage 2 von 14");
    has(&chat.say("tom", "40").await, "Frage 3 von 14");
}

#[tokio::test]
async fn a_wrong_answer_to_consent_gets_a_short_reminder_not_the_notice_again() {
    let mut chat = Chat::new();
    let first = chat.send_as("rita", None, Input::Open).await;
    has(&first, "Datenschutzhinweis (Version 1)");
    // What the notice must say under the GDPR, and the parents' consent.
    for part in [
        "Art. 6 Abs. 1 lit. a DSGVO",
        "Ihre Chat-Adresse löschen wir 180 Tage nach Ende",
        "über die Server des Messengers",
        "Ideen veröffentlichen wir nur, wenn Sie das beim Absenden erlauben",
        "nur, wenn Sie sie mit /follow bestellen",
        "jünger als 16 Jahre",
        "Datenschutz-Aufsicht: LDI NRW",
        "(und, wenn Sie unter 16 sind, Ihre Eltern)",
    ] {
        has(&first, part);
    }
    let r = chat.say("rita", "Hallo?").await;
    has(
        &r,
        "Bitte antworten Sie mit „Ja, einverstanden“ oder „Nein“.",
    );
    assert!(!r.contains("Datenschutzhinweis (Version"), "{r}");
    has(&r, "[1] Ja, einverstanden");
    assert!(r.chars().count() < 300, "{r}");
    has(&chat.say("rita", "1").await, "Frage 1 von 14");
}

#[tokio::test]
async fn restart_asks_before_answers_are_deleted() {
    let mut chat = Chat::new();
    consented(&mut chat, "tom").await;
    chat.say("tom", "1").await;
    chat.say("tom", "40").await;
    let r = chat.say("tom", "/restart").await;
    has(&r, "Wirklich neu beginnen? Ihre 2 bisherigen Antworten");
    let r = chat.press("tom", "Nein, weitermachen").await;
    has(&r, "Ihre Antworten bleiben.");
    has(&r, "Frage 3 von 14");
    assert_eq!(
        chat.participant("tom").runs["lebensbildung-digital"]
            .answers
            .len(),
        2
    );
    chat.say("tom", "/restart").await;
    let r = chat.press("tom", "Ja, neu beginnen").await;
    has(&r, "Frage 1 von 14");
    assert!(chat.participant("tom").runs["lebensbildung-digital"]
        .answers
        .is_empty());
}

#[tokio::test]
async fn after_the_close_a_returning_citizen_is_not_welcomed_again_and_again() {
    let mut chat = Chat::new();
    *chat.now.lock().unwrap() = Utc.with_ymd_and_hms(2030, 2, 1, 9, 0, 0).unwrap();
    let first = chat.send_as("olga", None, Input::Open).await;
    has(&first, "Willkommen bei mitreden");
    for _ in 0..2 {
        let r = chat.say("olga", "Hallo").await;
        assert!(!r.contains("Willkommen bei mitreden"), "{r}");
        // The hint is two plain sentences now.
        has(
            &r,
            "Mit /start beginnen Sie eine Konsultation oder setzen sie fort. Mit /idea reichen Sie eine Idee ein",
        );
    }
}
