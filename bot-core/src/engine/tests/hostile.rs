//! Attacks by citizens who send odd things on purpose: each test failed
//! before its fix.

use super::*;

/// A chat with the rate limit off, so an attacker's thousand messages all
/// reach the dialogue.
fn unthrottled() -> Chat {
    let mut chat = Chat::new();
    let mut settings = example_settings(1);
    settings.runtime.insert("rate.limit".into(), "0".into());
    chat.engine = engine_with(chat.store.clone(), chat.now.clone(), settings);
    chat
}

#[tokio::test]
async fn alternating_menus_keep_the_stored_state_one_level_deep() {
    let mut chat = unthrottled();
    consented(&mut chat, "mallory").await;
    // Before the fix each message nested the state one level deeper, and
    // after about 126 the record could no longer be read.
    for i in 0..400 {
        let command = ["/language", "/forget", "/ideas"][i % 3];
        chat.say("mallory", command).await;
        assert!(depth(&chat.participant("mallory").dialogue) <= 1);
    }
    let r = chat.say("mallory", "/cancel").await;
    has(&r, "Frage 1 von 14");
    assert_eq!(chat.store.participants().unwrap().len(), 1);
}

#[tokio::test]
async fn an_unreadable_record_is_set_aside_and_nobody_else_is_stopped() {
    let mut chat = unthrottled();
    consented(&mut chat, "anna").await;
    consented(&mut chat, "bert").await;
    let broken = Pseudonyms::new("test-key").of("test", "anna");
    let deep = format!("{}{}", "[".repeat(500), "]".repeat(500));
    chat.store
        .put_raw("participants", &broken, deep.as_bytes())
        .unwrap();

    // Reading everyone (exports, digests, broadcasts) still works.
    assert_eq!(chat.store.participants().unwrap().len(), 1);
    assert_eq!(chat.store.set_aside_count().unwrap(), 1);
    export_all(&chat);

    // Bert goes on; Anna starts over with a word of explanation.
    has(&chat.say("bert", "1").await, "Frage 2 von 14");
    consented(&mut chat, "carl").await;
    chat.store
        .put_raw(
            "participants",
            &Pseudonyms::new("test-key").of("test", "carl"),
            b"{not json",
        )
        .unwrap();
    let r = chat.say("carl", "1").await;
    has(&r, "konnten wir leider nicht lesen");
    has(&r, "Willkommen bei mitreden");
    assert!(chat.participant("carl").consent.is_none());
    assert_eq!(chat.store.set_aside_count().unwrap(), 2);
}

#[tokio::test]
async fn long_unknown_arguments_are_not_echoed_whole() {
    let mut chat = unthrottled();
    consented(&mut chat, "mallory").await;
    let long = "x".repeat(60_000);
    for input in [
        format!("/{long}"),
        format!("/language {long}"),
        format!("/start {long}"),
        format!("/admin {long}"),
        format!("/admin set {long} {long}"),
    ] {
        let r = chat.say("mallory", &input).await;
        assert!(r.len() < 3_000, "{} characters for {:.20}", r.len(), input);
        assert!(r.contains(&"x".repeat(crate::text::ECHO_MAX)) || !r.contains('x'));
    }
    let r = chat
        .say("admin", &format!("/admin set language {long}"))
        .await;
    has(&r, &format!("{}…", "x".repeat(crate::text::ECHO_MAX)));
    assert!(r.len() < 3_000, "{}", r.len());
}

#[tokio::test]
async fn a_reply_lost_in_a_crash_is_sent_on_redelivery_and_applied_once() {
    let mut chat = unthrottled();
    consented(&mut chat, "anna").await;
    let event = |id: &str, text: &str| Incoming {
        platform: "test".into(),
        user: "anna".into(),
        chat: "chat-anna".into(),
        event_id: Some(id.into()),
        language_hint: None,
        input: Input::Text(text.into()),
        staff: false,
    };
    let first = chat.engine.handle(event("x1", "1")).await.unwrap();
    assert!(!first.duplicate);
    has(
        &render::plain(&chat.engine.locales(), &first.replies[0]),
        "Frage 2 von 14",
    );
    // The process died before the reply went out: the platform delivers
    // the event again, and the same reply comes back, nothing applied twice.
    let again = chat.engine.handle(event("x1", "1")).await.unwrap();
    assert!(again.duplicate);
    assert_eq!(again.replies, first.replies);
    assert_eq!(chat.answers("anna").len(), 1);
    // Once the adapter reports it sent, a redelivery is silent.
    chat.engine.replied("test", "x1");
    let third = chat.engine.handle(event("x1", "1")).await.unwrap();
    assert!(third.duplicate && third.replies.is_empty());

    // The same for a submitted idea: its number reaches the citizen.
    has(
        &chat.say("anna", "/idea").await,
        "Wie soll Ihre Idee heißen?",
    );
    chat.say("anna", "Offene WLAN-Netze in Bibliotheken").await;
    chat.say(
        "anna",
        "Jede Stadtbibliothek bietet freies WLAN und Hilfe an.",
    )
    .await;
    chat.say("anna", "1").await;
    let send = chat.last["anna"]
        .choices
        .iter()
        .find(|c| c.id.ends_with("send"))
        .expect("a send button")
        .id
        .clone();
    let press = || Incoming {
        input: Input::Choice(send.clone()),
        ..event("x2", "")
    };
    let first = chat.engine.handle(press()).await.unwrap();
    let again = chat.engine.handle(press()).await.unwrap();
    has(
        &render::plain(&chat.engine.locales(), &again.replies[0]),
        "hat die Nummer I-0001",
    );
    assert_eq!(again.replies, first.replies);
    assert_eq!(chat.store.ideas().unwrap().len(), 1);
}

#[tokio::test]
async fn a_chat_merely_opened_elsewhere_does_not_take_the_address() {
    let mut chat = unthrottled();
    consented(&mut chat, "anna").await;
    let id = Pseudonyms::new("test-key").of("test", "anna");
    let at = |chat: &Chat| chat.store.contact(&id).unwrap().map(|c| c.chat);
    assert_eq!(at(&chat), Some("chat-anna".into()));
    // Someone else's room in which the bot greets her: not her address.
    let opened = chat
        .engine
        .handle(Incoming {
            platform: "test".into(),
            user: "anna".into(),
            chat: "room-of-mallory".into(),
            event_id: Some("join-1".into()),
            language_hint: None,
            input: Input::Open,
            staff: false,
        })
        .await
        .unwrap();
    assert!(!opened.replies.is_empty());
    assert_eq!(at(&chat), Some("chat-anna".into()));
}

/// Every file under `dir`, read whole.
fn files_under(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    out
}

#[tokio::test]
async fn after_erasure_none_of_the_text_is_left_on_disk() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = [
        "Zauberwort-Erfahrung-Q7",
        "Geheimidee-Q7",
        "Beschreibung-Q7",
    ];
    {
        let store = Arc::new(SledStore::open(dir.path()).unwrap());
        let now = Arc::new(Mutex::new(
            Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap(),
        ));
        let mut chat = Chat {
            engine: example_engine(store.clone(), now.clone(), 1),
            store,
            now,
            last: BTreeMap::new(),
            events: 0,
            _dir: tempfile::tempdir().unwrap(),
        };
        consented(&mut chat, "anna").await;
        for (line, next) in [
            ("1", "Frage 2"),
            ("35", "Frage 3"),
            ("4", "Frage 4"),
            ("1", "Frage 5"),
            ("2", "Frage 6"),
            ("1", "Frage 7"),
            ("1", "Frage 8"),
            ("/skip", "Frage 9"),
            ("ja", "Frage 10"),
            (secrets[0], "Frage 11"),
        ] {
            has(&chat.say("anna", line).await, next);
        }
        has(
            &chat.say("anna", "/idea").await,
            "Wie soll Ihre Idee heißen?",
        );
        chat.say("anna", secrets[1]).await;
        chat.say("anna", secrets[2]).await;
        chat.say("anna", "1").await;
        has(&chat.press("anna", "Absenden").await, "hat die Nummer");
        // Bert's answers stay, readable.
        consented(&mut chat, "bert").await;
        let dump = chat.store.raw_dump().unwrap();
        assert!(secrets.iter().all(|s| contains(&dump, s)));

        chat.say("anna", "/forget").await;
        has(
            &chat.press("anna", "Ja, alles löschen").await,
            "Alle Ihre Daten sind gelöscht",
        );
        assert!(chat.participant("bert").consent.is_some());
    }
    // The store is closed: every byte in the data directory, sled's log
    // with its old versions included.
    for (path, bytes) in files_under(dir.path()) {
        for secret in secrets {
            assert!(
                !contains(&bytes, secret),
                "{secret:?} is still readable in {}",
                path.display()
            );
        }
    }
    // Bert is still there after a restart.
    let store = SledStore::open(dir.path()).unwrap();
    let bert = Pseudonyms::new("test-key").of("test", "bert");
    assert!(store.participant(&bert).unwrap().is_some());
}

#[tokio::test]
async fn an_idea_title_cannot_fake_a_list_line() {
    let mut chat = unthrottled();
    consented(&mut chat, "mallory").await;
    chat.say("mallory", "/idea").await;
    let r = chat
        .say(
            "mallory",
            "Harmlos\u{202E}\n\nI-0002 „Echt“ – Status: angenommen\u{200B}",
        )
        .await;
    has(&r, "Beschreiben Sie Ihre Idee");
    chat.say("mallory", "Text").await;
    has(
        &chat.say("mallory", "1").await,
        "Titel: Harmlos I-0002 „Echt“ – Status: angenommen",
    );
    chat.press("mallory", "Absenden").await;
    let title = chat.store.ideas().unwrap()[0].title.clone();
    assert_eq!(title, "Harmlos I-0002 „Echt“ – Status: angenommen");
    // A title of invisible characters only is empty.
    chat.say("mallory", "/idea").await;
    has(
        &chat.say("mallory", "\u{202E}\u{200B}\n").await,
        "Die Antwort ist leer",
    );
}

#[tokio::test]
async fn who_never_consents_is_not_kept_past_a_day() {
    let mut chat = unthrottled();
    chat.send_as("nora", None, Input::Open).await;
    has(&chat.say("nora", "2").await, "ohne Ihre Einwilligung");
    consented(&mut chat, "anna").await;
    assert_eq!(chat.store.participants().unwrap().len(), 2);
    chat.engine.retention().await.unwrap();
    assert_eq!(chat.store.participants().unwrap().len(), 2);
    *chat.now.lock().unwrap() += chrono::Duration::hours(25);
    chat.engine.retention().await.unwrap();
    let left = chat.store.participants().unwrap();
    assert_eq!(left.len(), 1);
    assert!(left[0].consent.as_ref().is_some_and(|c| c.given));
}

/// `/results` figures are read from every participant record (seconds with
/// a hundred thousand, under the step lock): worked out at most every ten
/// minutes per consultation, so asking again and again cannot hold up
/// everyone else's steps.
#[tokio::test]
async fn results_figures_are_worked_out_at_most_every_ten_minutes() {
    let mut chat = unthrottled();
    chat.say("admin", "/admin results lebensbildung-digital on")
        .await;
    consented(&mut chat, "rita").await;
    consented(&mut chat, "rolf").await;
    // The results phase of the example (from 2029-10-01).
    let asked = Utc.with_ymd_and_hms(2029, 11, 1, 9, 0, 0).unwrap();
    let before = std::mem::replace(&mut *chat.now.lock().unwrap(), asked);
    has(
        &chat.say("rita", "/results").await,
        "In Zahlen (2 Teilnehmende):",
    );
    // A late run (back in the participation phase, for the test's sake).
    *chat.now.lock().unwrap() = before;
    chat.say("ruth", "/start").await;
    chat.press("ruth", "Ja, einverstanden").await;
    assert_eq!(chat.participant("ruth").runs.len(), 1);
    *chat.now.lock().unwrap() = asked + chrono::Duration::minutes(5);
    for _ in 0..3 {
        has(
            &chat.say("rita", "/results").await,
            "In Zahlen (2 Teilnehmende):",
        );
    }
    let later = *chat.now.lock().unwrap() + chrono::Duration::minutes(11);
    *chat.now.lock().unwrap() = later;
    has(
        &chat.say("rita", "/results").await,
        "In Zahlen (3 Teilnehmende):",
    );
}
