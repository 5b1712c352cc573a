//! Admins and staff running the bot from chat, and citizens supporting
//! published ideas, as transcripts.

use std::time::Duration;

use super::*;

/// The next message for another chat, waiting a little for broadcasts.
async fn next(news: &mut UnboundedReceiver<Notification>) -> Notification {
    tokio::time::timeout(Duration::from_secs(5), news.recv())
        .await
        .expect("a notification in time")
        .expect("the channel is open")
}

fn rendered(chat: &Chat, n: &Notification) -> String {
    render::plain(&chat.engine.locales(), &n.reply)
}

impl Chat {
    /// Text from a user on another platform.
    async fn say_on(&mut self, platform: &str, user: &str, text: &str) -> String {
        self.send_on(platform, user, None, Input::Text(text.into()), false)
            .await
    }

    /// An admin command from a member of the Matrix staff room.
    pub(super) async fn staff(&mut self, command: &str) -> String {
        let input = Input::Command(Command::Admin, Some(command.to_owned()));
        self.send_on("matrix", "@sam:example.org", None, input, true)
            .await
    }
}

#[tokio::test]
async fn settings_are_checked_take_effect_at_once_survive_a_restart_and_can_be_unset() {
    let mut chat = Chat::new();
    let r = chat.say("admin", "/admin settings").await;
    has(&r, "digest.schedule = daily 08:00 (Konfiguration)");
    has(
        &r,
        "privacy.contact = datenschutz@example.org (Konfiguration)",
    );
    has(&r, "welcome.en = – (Konfiguration)");

    // Bad values are refused with what is accepted; nothing changes.
    has(
        &chat.say("admin", "/admin set digest.schedule hourly").await,
        "„hourly“ passt nicht zu digest.schedule: daily 08:00, weekly mon 08:00 oder every 6h",
    );
    has(
        &chat.say("admin", "/admin set colour blue").await,
        "Eine Einstellung „colour“ gibt es nicht.",
    );
    has(
        &chat
            .say("admin", "/admin set digest.schedule every 30m")
            .await,
        "digest.schedule ist jetzt „every 30m“.",
    );
    assert_eq!(chat.engine.settings().get("digest.schedule"), "every 30m");
    chat.say(
        "admin",
        "/admin set privacy.contact dsb@ministerium.example",
    )
    .await;
    chat.say(
        "admin",
        "/admin set welcome.de Moin! Schön, dass Sie da sind.",
    )
    .await;

    // A citizen is not allowed, and the attempt is audited.
    has(
        &chat.say("cleo", "/admin set ideas off").await,
        "Das dürfen nur Admins.",
    );
    assert_eq!(chat.engine.settings().get("ideas"), "on");

    // A restart keeps every change; new citizens see them.
    chat.engine = example_engine(chat.store.clone(), chat.now.clone(), 1);
    has(
        &chat.say("admin", "/admin settings").await,
        "digest.schedule = every 30m (im Chat gesetzt)",
    );
    let r = chat.send_as("dora", None, Input::Open).await;
    has(&r, "Moin! Schön, dass Sie da sind.");
    assert!(!r.contains("Willkommen bei mitreden"), "{r}");
    has(&r, "dsb@ministerium.example");

    // The default language applies to newcomers without a hint.
    chat.say("admin", "/admin set language en").await;
    has(
        &chat.send_as("emil", None, Input::Open).await,
        "Privacy notice",
    );
    has(
        &chat.send_as("fiete", Some("de"), Input::Open).await,
        "Datenschutzhinweis",
    );
    // Admins without a language of their own are answered in it too.
    has(
        &chat.say("admin", "/admin unset language").await,
        "language follows the configuration again",
    );

    has(
        &chat.say("admin", "/admin unset digest.schedule").await,
        "digest.schedule folgt wieder der Konfiguration: „daily 08:00“.",
    );
    assert_eq!(chat.engine.settings().get("digest.schedule"), "daily 08:00");
    has(
        &chat.say("admin", "/admin audit 2").await,
        "unset digest.schedule: every 30m -> daily 08:00",
    );
}

#[tokio::test]
async fn admins_pause_ideas_and_limit_them_per_person() {
    let mut chat = Chat::new();
    with_answers_and_idea(&mut chat, "anna", "Erste Idee").await;
    chat.say("admin", "/admin set ideas.max 1").await;
    has(
        &chat.say("anna", "/idea").await,
        "Sie haben für diese Konsultation schon eine Idee eingereicht",
    );
    chat.say("admin", "/admin set ideas.max 0").await;
    has(
        &chat.say("anna", "/idea").await,
        "Wie soll Ihre Idee heißen?",
    );
    chat.say("anna", "/cancel").await;
    chat.say("admin", "/admin set ideas off").await;
    has(
        &chat.say("anna", "/idea").await,
        "Ideen werden gerade nicht angenommen.",
    );
    assert_eq!(chat.store.ideas().unwrap().len(), 1);
}

#[tokio::test]
async fn a_flood_gets_one_word_and_nothing_is_stored() {
    let mut chat = Chat::new();
    chat.say("admin", "/admin set rate.limit 3").await;
    consented(&mut chat, "fritz").await;
    let before = chat.participant("fritz");
    has(&chat.say("fritz", "2").await, "Frage 2 von 14");
    let r = chat.say("fritz", "44").await;
    has(&r, "sehr viele Nachrichten");
    assert_eq!(chat.say("fritz", "44").await, "");
    let after = chat.participant("fritz");
    assert_eq!(
        after.runs["lebensbildung-digital"].answers.len(),
        before.runs["lebensbildung-digital"].answers.len() + 1
    );
    // Admin commands count too: refusals do not flood the audit log.
    let logged = chat.store.audit().unwrap().len();
    assert_eq!(chat.say("fritz", "/admin ideas").await, "");
    assert_eq!(chat.store.audit().unwrap().len(), logged);
}

#[tokio::test]
async fn reload_swaps_in_new_definitions_and_keeps_the_running_set_on_error() {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let (defs, locs) = (dir.path().join("consultations"), dir.path().join("locales"));
    for (from, to) in [
        ("consultations", &defs),
        ("locales/de", &locs.join("de")),
        ("locales/en", &locs.join("en")),
    ] {
        std::fs::create_dir_all(to).unwrap();
        for f in std::fs::read_dir(root.join(from)).unwrap() {
            let f = f.unwrap().path();
            std::fs::copy(&f, to.join(f.file_name().unwrap())).unwrap();
        }
    }
    let mut chat = Chat::new();
    let loader_defs = defs.clone();
    let loader_locs = locs.clone();
    chat.engine =
        example_engine(chat.store.clone(), chat.now.clone(), 1).with_loader(Arc::new(move || {
            crate::consultation::load_definitions(&loader_defs, &loader_locs, "de")
        }));
    consented(&mut chat, "rosa").await;

    // A broken file: refused with file and line, the running set stays.
    let file = defs.join("lebensbildung-digital.toml");
    let good = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        good.replace("type = \"single\"", "type = \"singel\""),
    )
    .unwrap();
    let r = chat.say("admin", "/admin reload").await;
    has(
        &r,
        "Neu laden abgelehnt; es gilt weiter der bisherige Stand.",
    );
    has(&r, "lebensbildung-digital.toml:");
    has(&r, "singel");
    has(&chat.say("rosa", "2").await, "Frage 2 von 14");

    // A changed text: swapped in, and citizens see it at once.
    std::fs::write(&file, good).unwrap();
    let texts = locs.join("de/consultation-lebensbildung-digital.ftl");
    let ftl = std::fs::read_to_string(&texts).unwrap();
    let changed = ftl.replace("Wie alt sind Sie?", "Wie alt bist du?");
    assert_ne!(ftl, changed);
    std::fs::write(&texts, changed).unwrap();
    has(
        &chat.say("admin", "/admin reload").await,
        "Neu geladen: 2 Konsultationen.",
    );
    has(&chat.say("rosa", "/start").await, "Wie alt bist du?");
    has(
        &chat.say("admin", "/admin audit 2").await,
        "reload failed; running set kept",
    );
}

#[tokio::test]
async fn a_broadcast_reaches_every_follower_and_no_one_else() {
    let mut chat = Chat::new();
    let mut news = chat.engine.notifications("test");
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    has(&chat.say("anna", "/follow").await, "Sie folgen");
    chat.send_as("bill", Some("en"), Input::Open).await;
    chat.press("bill", "Yes, I agree").await;
    has(&chat.say("bill", "/follow").await, "You follow");
    // Refused consent: no address, no message.
    chat.send_as("carl", None, Input::Open).await;
    chat.press("carl", "Nein").await;
    // Consent to storing answers is no consent to news: without /follow,
    // no message.
    consented(&mut chat, "eve").await;
    // On a platform whose adapter stopped: counted as failed.
    drop(chat.engine.notifications("elsewhere"));
    chat.send_on("elsewhere", "dana", None, Input::Open, false)
        .await;
    chat.send_on("elsewhere", "dana", None, Input::Text("1".into()), false)
        .await;
    let follow = Input::Text("/follow".into());
    chat.send_on("elsewhere", "dana", None, follow, false).await;

    has(
        &chat
            .say("anna", "/admin broadcast lebensbildung-digital Hallo")
            .await,
        "Das dürfen nur Admins.",
    );
    has(
        &chat
            .say(
                "admin",
                "/admin broadcast lebensbildung-digital Die Ergebnisse sind online:\nhttps://example.org/ergebnisse",
            )
            .await,
        "Die Mitteilung geht an 3 Personen.",
    );
    let mut got = BTreeMap::new();
    for _ in 0..2 {
        let n = next(&mut news).await;
        got.insert(n.chat.clone(), rendered(&chat, &n));
        n.receipt
            .expect("a broadcast asks for a receipt")
            .done(true);
    }
    let done = next(&mut news).await;
    assert_eq!(done.chat, "chat-admin");
    assert_eq!(
        rendered(&chat, &done),
        "Mitteilung fertig: 2 zugestellt, 1 fehlgeschlagen."
    );
    assert_eq!(
        got.keys().cloned().collect::<Vec<_>>(),
        ["chat-anna", "chat-bill"]
    );
    assert_eq!(
        got["chat-anna"],
        "Mitteilung zur Konsultation „lebensbildung.digital – Digitalisierung und Gesellschaft“:\nDie Ergebnisse sind online:\nhttps://example.org/ergebnisse"
    );
    has(&got["chat-bill"], "Announcement about the consultation");
    // The end is audited too.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let audit = chat.store.audit().unwrap();
    assert_eq!(
        audit.last().map(|a| a.detail.as_str()),
        Some("broadcast lebensbildung-digital: delivered 2, failed 1")
    );
    assert!(news.try_recv().is_err());
}

#[tokio::test]
async fn admins_added_in_chat_act_and_config_admins_cannot_be_removed() {
    let mut chat = Chat::new();
    has(
        &chat.say_on("telegram", "4242", "/admin ideas").await,
        "Das dürfen nur Admins.",
    );
    has(
        &chat.say("admin", "/admin add 4242").await,
        "telegram:4242 ist jetzt Admin.",
    );
    has(
        &chat.say_on("telegram", "4242", "/admin ideas").await,
        "Keine Ideen.",
    );
    // Stored: a restart keeps them.
    chat.engine = example_engine(chat.store.clone(), chat.now.clone(), 1);
    has(
        &chat.say("admin", "/admin admins").await,
        "telegram:4242 (im Chat hinzugefügt)",
    );
    has(
        &chat
            .say_on("telegram", "4242", "/admin remove test:admin")
            .await,
        "siehe /admin help für „remove“",
    );
    has(
        &chat.say("admin", "/admin remove telegram:4242").await,
        "telegram:4242 ist kein Admin mehr.",
    );
    has(
        &chat.say_on("telegram", "4242", "/admin ideas").await,
        "Das dürfen nur Admins.",
    );
    // Configured admins stay.
    let mut configured = Chat::new();
    configured.engine = engine_with(
        configured.store.clone(),
        configured.now.clone(),
        Settings {
            admins: vec![("telegram".into(), "7".into())],
            ..example_settings(1)
        },
    );
    has(
        &configured
            .send_on(
                "telegram",
                "7",
                None,
                Input::Text("/admin remove 7".into()),
                false,
            )
            .await,
        "telegram:7 steht in der Konfiguration und kann nur dort entfernt werden.",
    );
}

#[tokio::test]
async fn staff_evaluate_and_publish_ideas_but_change_no_settings() {
    let mut chat = Chat::new();
    let news = Inbox::open(&chat);
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    let r = chat.staff("help").await;
    has(&r, "Befehle für das Team");
    assert!(!r.contains("broadcast"), "{r}");
    has(&chat.staff("ideas new").await, "I-0001 „Annas Idee“");
    has(
        &chat
            .staff("idea I-0001 status review Wir schauen sie uns an.")
            .await,
        "I-0001 ist jetzt „in Prüfung“.",
    );
    news.wait("chat-anna", "Wir schauen sie uns an.").await;
    has(
        &chat.staff("publish I-0001").await,
        "I-0001 ist jetzt öffentlich",
    );
    news.wait(
        "chat-anna",
        "Ihre Idee I-0001 „Annas Idee“ ist jetzt veröffentlicht",
    )
    .await;
    has(&chat.staff("set ideas off").await, "Das dürfen nur Admins.");
    has(
        &chat.staff("close lebensbildung-digital").await,
        "Das dürfen nur Admins.",
    );
    assert_eq!(chat.engine.settings().get("ideas"), "on");
    // Both refusals of the hour are one line, counted.
    let audit = chat.store.audit().unwrap();
    let refused: Vec<&AuditEntry> = audit
        .iter()
        .filter(|a| a.action == "admin-refused")
        .collect();
    assert_eq!(refused.len(), 1, "{audit:#?}");
    assert_eq!(refused[0].count, Some(2));
    has(&chat.say("admin", "/admin audit 50").await, "(×2)");
}

#[tokio::test]
async fn citizens_support_published_ideas_once_page_by_page() {
    let mut chat = Chat::new();
    let news = Inbox::open(&chat);
    let r = chat.say("gina", "/ideas").await;
    has(&r, "Willkommen");
    has(&r, "Noch sind keine Ideen veröffentlicht.");
    with_answers_and_idea(&mut chat, "anna", "Idee 1").await;
    for n in 2..=6 {
        chat.say("anna", "/idea").await;
        chat.say("anna", &format!("Idee {n}")).await;
        chat.say("anna", "Beschreibung").await;
        chat.say("anna", "1").await;
        chat.press("anna", "Absenden").await;
    }
    for n in 1..=6 {
        chat.say("admin", &format!("/admin publish I-000{n}")).await;
    }
    chat.say("admin", "/admin unpublish I-0006").await;
    chat.say("admin", "/admin publish I-0005").await;

    // Five per page; the unpublished one is not shown.
    let r = chat.say("gina", "/ideas").await;
    has(&r, "Veröffentlichte Ideen (Seite 1 von 1):");
    has(&r, "I-0003 „Idee 3“ – Leben und Lernen in der digitalen Welt: Beschreibung (0 Unterstützungen)");
    assert!(!r.contains("Idee 6"), "{r}");
    // Supporting stores who supports: consent first, then the page again.
    has(
        &chat.press("gina", "I-0003 unterstützen").await,
        "Datenschutzhinweis",
    );
    has(
        &chat.press("gina", "Ja, einverstanden").await,
        "Seite 1 von 1",
    );
    let page = chat.last["gina"].clone();
    let r = chat.press("gina", "I-0003 unterstützen").await;
    has(
        &r,
        "Danke! Sie unterstützen I-0003 – jetzt 1 Unterstützung.",
    );
    has(&r, "(1 Unterstützung, von Ihnen unterstützt)");
    assert!(!r.contains("I-0003 unterstützen"), "{r}");
    // The same button again is stale; nothing changes.
    let again = page
        .choices
        .iter()
        .find(|c| c.id.ends_with("s:I-0003"))
        .expect("the support button")
        .id
        .clone();
    has(
        &chat.send_as("gina", None, Input::Choice(again)).await,
        "Diese Schaltfläche gehört zu einer früheren Frage.",
    );
    assert_eq!(chat.store.ideas().unwrap()[2].supporters.len(), 1);

    // Supporters follow the idea: a status change reaches them too.
    chat.say("admin", "/admin idea I-0003 status accepted")
        .await;
    news.wait("chat-anna", "Neuigkeiten zu Ihrer Idee I-0003")
        .await;
    assert_eq!(
        news.wait("chat-gina", "I-0003").await,
        "Neuigkeiten zu einer Idee, die Sie unterstützen: I-0003 „Idee 3“ ist jetzt „angenommen“."
    );

    // The author sees their own ideas marked, without a button.
    let r = chat.say("anna", "/ideas").await;
    has(&r, "(1 Unterstützung, Ihre Idee)");
    assert!(!r.contains("unterstützen"), "{r}");

    // Paging when there are more than five.
    chat.say("admin", "/admin publish I-0006").await;
    let r = chat.say("gina", "/ideas").await;
    has(&r, "Seite 1 von 2");
    let r = chat.press("gina", "Weiter").await;
    has(&r, "Seite 2 von 2");
    has(&r, "I-0006");
    let r = chat.press("gina", "Zurück").await;
    has(&r, "Seite 1 von 2");
    has(
        &chat.press("gina", "Fertig").await,
        "Mit /ideas kommen Sie jederzeit zurück.",
    );
    has(
        &chat.say("gina", "/mydata").await,
        "Sie unterstützen: I-0003",
    );
    has(
        &chat.say("admin", "/admin ideas").await,
        "I-0003 „Idee 3“ – Leben und Lernen in der digitalen Welt – angenommen – 1 Unterstützung(en), öffentlich",
    );

    // Erasure withdraws the support.
    chat.say("gina", "/forget").await;
    chat.press("gina", "Ja, alles löschen").await;
    assert!(chat
        .store
        .ideas()
        .unwrap()
        .iter()
        .all(|i| i.supporters.is_empty()));
}

#[tokio::test]
async fn who_erases_their_data_leaves_a_pending_broadcast_too() {
    let mut chat = Chat::new();
    let mut news = chat.engine.notifications("test");
    for who in ["anna", "bert"] {
        consented(&mut chat, who).await;
        chat.say(who, "/follow").await;
    }
    chat.say(
        "admin",
        "/admin broadcast lebensbildung-digital Ergebnisse online",
    )
    .await;
    // The first message is on its way; the other person erases meanwhile.
    let first = next(&mut news).await;
    let other = if first.chat == "chat-anna" {
        "bert"
    } else {
        "anna"
    };
    let pseudonym = chat.participant(other).id;
    chat.say(other, "/forget").await;
    chat.press(other, "Ja, alles löschen").await;
    assert!(!contains(&chat.store.raw_dump().unwrap(), &pseudonym));
    first.receipt.expect("a receipt").done(true);
    let done = next(&mut news).await;
    assert_eq!(
        rendered(&chat, &done),
        "Mitteilung fertig: 1 zugestellt, 0 fehlgeschlagen."
    );
    assert!(!contains(&chat.store.raw_dump().unwrap(), &pseudonym));
}

#[tokio::test]
async fn broadcasts_queue_up_and_each_reaches_everyone_once() {
    let mut chat = Chat::new();
    let news = Inbox::open(&chat);
    for who in ["anna", "bert"] {
        consented(&mut chat, who).await;
        chat.say(who, "/follow").await;
    }
    for n in 1..=3 {
        has(
            &chat
                .say(
                    "admin",
                    &format!("/admin broadcast lebensbildung-digital Nachricht {n}"),
                )
                .await,
            "Die Mitteilung geht an 2 Personen",
        );
    }
    for n in 1..=3 {
        news.wait("chat-anna", &format!("Nachricht {n}")).await;
        news.wait("chat-bert", &format!("Nachricht {n}")).await;
    }
    for _ in 0..100 {
        if news.count() >= 9 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let all = news.0.lock().unwrap().clone();
    let done = all
        .iter()
        .filter(|(c, t)| c == "chat-admin" && t.starts_with("Mitteilung fertig: 2 zugestellt"))
        .count();
    assert_eq!((all.len(), done), (9, 3), "{all:#?}");
    assert_eq!(
        chat.store.meta("broadcasts").unwrap().as_deref(),
        Some("[]")
    );
    assert!((1..=3).all(|id| chat
        .store
        .meta(&format!("broadcast:{id}"))
        .unwrap()
        .is_none()));
}

#[tokio::test]
async fn admins_and_staff_get_the_data_as_a_file() {
    let mut chat = Chat::new();
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    has(
        &chat.say("admin", "/admin export").await,
        "Die Daten als Datei (pseudonym). Teilnahmen: 1, Antworten: 2, Ideen: 1.",
    );
    let file = chat.last["admin"].attachment.clone().expect("a file");
    assert!(
        file.name.starts_with("mitreden-all-") && file.name.ends_with(".csv"),
        "{}",
        file.name
    );
    let csv = String::from_utf8(file.data).unwrap();
    assert!(csv.starts_with("\u{feff}record;consultation;"), "{csv}");
    assert!(csv.contains("Annas Idee"), "{csv}");
    assert!(csv.contains(&chat.participant("anna").id), "{csv}");
    assert!(
        !csv.contains("chat-anna") && !csv.contains("anna;"),
        "{csv}"
    );

    has(
        &chat.staff("export lebensbildung-digital json").await,
        "Die Daten als Datei",
    );
    let file = chat.last["@sam:example.org"]
        .attachment
        .clone()
        .expect("a file");
    let json: serde_json::Value = serde_json::from_slice(&file.data).unwrap();
    assert_eq!(json["ideas"][0]["title"], "Annas Idee");
    has(
        &chat.staff("export nichts").await,
        "Eine Konsultation „nichts“ gibt es nicht.",
    );

    has(
        &chat.say("anna", "/admin export").await,
        "Das dürfen nur Admins.",
    );
    assert!(chat.last["anna"].attachment.is_none());

    // Not into a chat on a platform the data protection officer did not allow.
    chat.say("admin", "/admin add 4242").await;
    has(
        &chat.say_on("telegram", "4242", "/admin export").await,
        "Exporte gehen aus Datenschutzgründen nur in Chats auf: test, matrix.",
    );
    assert!(chat.last["4242"].attachment.is_none());
}
