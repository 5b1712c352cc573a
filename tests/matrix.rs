//! The Matrix adapter end to end against a real Synapse on loopback
//! (`scripts/synapse.sh`, started by `scripts/test.sh`), with citizens
//! played by matrix-sdk clients.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::room::create_room::v3::{Request as CreateRoom, RoomPreset};
use matrix_sdk::ruma::events::room::encryption::RoomEncryptionEventContent;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent,
};
use matrix_sdk::ruma::events::InitialStateEvent;
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId};
use matrix_sdk::{Client, Room, RoomState};

use crate::util::*;

/// The test homeserver, or `None` (with a note) outside CI when there is
/// none. In CI a missing or unreachable homeserver fails the test.
fn homeserver() -> Option<String> {
    let url = match std::env::var("MITREDEN_TEST_HOMESERVER") {
        Ok(url) => url,
        Err(_) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("MITREDEN_TEST_HOMESERVER is not set: run the tests with scripts/test.sh, which starts Synapse")
        }
        Err(_) => {
            eprintln!("note: no test homeserver; run scripts/test.sh to include the Matrix tests");
            return None;
        }
    };
    let versions = std::process::Command::new("python3")
        .args(["-c", &format!("import urllib.request; urllib.request.urlopen('{url}/_matrix/client/versions', timeout=5)")])
        .status();
    assert!(
        versions.is_ok_and(|s| s.success()),
        "the test homeserver {url} does not answer"
    );
    Some(url)
}

fn unique(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{prefix}{}{nanos}", std::process::id())
}

/// Registers a user with the homeserver's shared secret.
fn register(name: &str, password: &str) -> OwnedUserId {
    let status = std::process::Command::new(root().join("scripts/synapse.sh"))
        .args(["register", name, password])
        .status()
        .expect("run scripts/synapse.sh register");
    assert!(status.success(), "registering {name} failed");
    OwnedUserId::try_from(format!("@{name}:localhost")).expect("user id")
}

fn bot_config(dir: &Path, homeserver: &str, bot: &OwnedUserId) -> PathBuf {
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!("[matrix]\nhomeserver = \"{homeserver}\"\nuser = \"{bot}\"\ndevice_name = \"mitreden-test\"\n"),
    )
    .expect("write config");
    config
}

/// A bot config with an admin room and one admin, plus `more` sections.
fn admin_config(
    dir: &Path,
    homeserver: &str,
    bot: &OwnedUserId,
    admin_room: &OwnedRoomId,
    admin: &OwnedUserId,
    more: &str,
) -> PathBuf {
    let config = bot_config(dir, homeserver, bot);
    let text = std::fs::read_to_string(&config).unwrap().replace(
        "[matrix]\n",
        &format!("[matrix]\nadmin_room = \"{admin_room}\"\n"),
    );
    std::fs::write(
        &config,
        format!("{text}[admins]\nmatrix = [\"{admin}\"]\n{more}"),
    )
    .expect("write config");
    config
}

/// A bot message as the citizen saw it: room, plain body, HTML body.
type Received = (OwnedRoomId, String, Option<String>);

/// A citizen's Matrix client, syncing in the background and collecting the
/// bot's messages.
struct Citizen {
    client: Client,
    received: Arc<Mutex<Vec<Received>>>,
    files: Arc<Mutex<Vec<matrix_sdk::ruma::events::room::message::FileMessageEventContent>>>,
    _store: tempfile::TempDir,
    sync: tokio::task::JoinHandle<()>,
}

impl Citizen {
    async fn login(homeserver: &str, name: &str, password: &str, bot: &OwnedUserId) -> Citizen {
        let store = tempfile::tempdir().expect("tempdir");
        let client = Client::builder()
            .homeserver_url(homeserver)
            .sqlite_store(store.path(), None)
            .build()
            .await
            .expect("client");
        client
            .matrix_auth()
            .login_username(name, password)
            .send()
            .await
            .expect("login");
        client
            .sync_once(SyncSettings::default())
            .await
            .expect("first sync");
        let received = Arc::new(Mutex::new(Vec::new()));
        let sink = received.clone();
        let files_seen = Arc::new(Mutex::new(Vec::new()));
        let files_sink = files_seen.clone();
        let bot = bot.clone();
        client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
            let sink = sink.clone();
            let files = files_sink.clone();
            let bot = bot.clone();
            async move {
                if ev.sender != bot {
                    return;
                }
                match ev.content.msgtype {
                    MessageType::Text(t) => {
                        let html = t.formatted.map(|f| f.body);
                        sink.lock()
                            .unwrap()
                            .push((room.room_id().to_owned(), t.body, html));
                    }
                    MessageType::Notice(t) => {
                        let html = t.formatted.map(|f| f.body);
                        sink.lock()
                            .unwrap()
                            .push((room.room_id().to_owned(), t.body, html));
                    }
                    // Files are noted by name (the content is encrypted media).
                    MessageType::File(f) => {
                        let name = format!("[file] {}", f.filename());
                        sink.lock()
                            .unwrap()
                            .push((room.room_id().to_owned(), name, None));
                        files.lock().unwrap().push(f);
                    }
                    _ => {}
                }
            }
        });
        let syncing = client.clone();
        let sync = tokio::spawn(async move {
            let _ = syncing
                .sync(SyncSettings::default().timeout(Duration::from_secs(5)))
                .await;
        });
        Citizen {
            client,
            received,
            files: files_seen,
            _store: store,
            sync,
        }
    }

    /// Creates a direct chat with the bot (and maybe others).
    async fn room_with(&self, invite: Vec<OwnedUserId>, encrypted: bool) -> OwnedRoomId {
        let mut request = CreateRoom::new();
        request.invite = invite;
        request.is_direct = true;
        request.preset = Some(RoomPreset::TrustedPrivateChat);
        if encrypted {
            request.initial_state = vec![InitialStateEvent::with_empty_state_key(
                RoomEncryptionEventContent::with_recommended_defaults(),
            )
            .to_raw_any()];
        }
        self.client
            .create_room(request)
            .await
            .expect("create room")
            .room_id()
            .to_owned()
    }

    async fn send(&self, room: &OwnedRoomId, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let room = loop {
            if let Some(r) = self.client.get_room(room) {
                break r;
            }
            assert!(Instant::now() < deadline, "room not known");
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        room.send(RoomMessageEventContent::text_plain(text))
            .await
            .expect("send");
    }

    fn messages(&self, room: &OwnedRoomId) -> Vec<(String, Option<String>)> {
        let all = self.received.lock().unwrap();
        all.iter()
            .filter(|(r, _, _)| r == room)
            .map(|(_, b, h)| (b.clone(), h.clone()))
            .collect()
    }

    /// Waits for a bot message in `room` at index `from` or later that holds
    /// `part`; returns its index and text.
    async fn find(
        &self,
        room: &OwnedRoomId,
        from: usize,
        part: &str,
        wait: Duration,
    ) -> (usize, (String, Option<String>)) {
        let deadline = Instant::now() + wait;
        loop {
            let messages = self.messages(room);
            if let Some(i) = (from..messages.len()).find(|i| messages[*i].0.contains(part)) {
                return (i, messages[i].clone());
            }
            assert!(
                Instant::now() < deadline,
                "no message with {part:?} from index {from}; got {messages:#?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits for the `n`-th bot message in `room` and checks it holds `part`.
    async fn nth(&self, room: &OwnedRoomId, n: usize, part: &str) -> (String, Option<String>) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let messages = self.messages(room);
            if let Some(m) = messages.get(n - 1) {
                assert!(
                    m.0.contains(part),
                    "message {n} lacks {part:?}:\n{}\n\nall: {messages:#?}",
                    m.0
                );
                return m.clone();
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for message {n} ({part:?}); got {messages:#?}"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for Citizen {
    fn drop(&mut self) {
        self.sync.abort();
    }
}

/// One conversation in a room: send, then wait for the next bot message.
struct Chat<'a> {
    citizen: &'a Citizen,
    room: OwnedRoomId,
    seen: usize,
}

impl Chat<'_> {
    async fn next(&mut self, part: &str) -> (String, Option<String>) {
        self.seen += 1;
        self.citizen.nth(&self.room, self.seen, part).await
    }

    async fn say(&mut self, text: &str, part: &str) -> (String, Option<String>) {
        self.citizen.send(&self.room, text).await;
        self.next(part).await
    }

    /// From the idea's first question to its number: the first idea,
    /// "Offene Werkstatt", in the third field of action.
    async fn open_workshop_idea(&mut self) {
        self.say("Offene Werkstatt", "Beschreiben Sie").await;
        self.say("Reparieren lernen.", "Zu welchem Handlungsfeld")
            .await;
        // The first idea comes with the terms of the competition.
        self.say("3", "Teilnahmebedingungen des Ideenwettbewerbs")
            .await;
        self.say("1", "I-0001").await;
    }
}

fn device_of(dir: &Path) -> String {
    let session =
        std::fs::read_to_string(dir.join("data/matrix/session.json")).expect("session stored");
    let json: serde_json::Value = serde_json::from_str(&session).expect("session json");
    json["device_id"].as_str().expect("device id").to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_encrypted_direct_chat_survives_a_restart_on_the_same_device() {
    let Some(hs) = homeserver() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (bot_name, citizen_name) = (unique("bot"), unique("anna"));
    let bot = register(&bot_name, "bot-password");
    register(&citizen_name, "anna-password");
    let config = bot_config(dir.path(), &hs, &bot);
    let env = [("MITREDEN_MATRIX_PASSWORD", "bot-password")];
    let process = BotProcess::start_with_env(dir.path(), &config, &env);

    let anna = Citizen::login(&hs, &citizen_name, "anna-password", &bot).await;
    let room = anna.room_with(vec![bot.clone()], true).await;
    let mut chat = Chat {
        citizen: &anna,
        room: room.clone(),
        seen: 0,
    };
    let (greeting, html) = chat.next("Datenschutzhinweis").await;
    assert!(greeting.contains("[1] Ja, einverstanden"), "{greeting}");
    assert!(html.is_some_and(|h| h.contains("<br>")));
    chat.say("1", "Frage 1 von 14").await;
    chat.say("als burgerin oder BÜRGER", "Frage 2 von 14").await;
    chat.say("35", "Frage 3 von 14").await;
    chat.say("4", "Frage 4 von 14").await;
    chat.say("2, 3", "Frage 5 von 14").await;
    chat.say("!back", "[✓ 2] Sich informieren").await;
    chat.say("2,3", "Frage 5 von 14").await;
    chat.say("1, 3", "Frage 6 von 14").await;
    chat.say("1", "Frage 7 von 14").await;
    chat.say("1", "Frage 8 von 14").await;
    chat.say("5", "Frage 9 von 13").await;
    chat.say("nein", "Frage 10 von 12").await;
    chat.say("im Messenger, so wie hier", "Frage 11 von 12")
        .await;
    chat.say("6", "Ihre Reihenfolge bisher: 1. Mehr Mitsprache für alle")
        .await;
    for pick in ["1", "2", "3"] {
        chat.say(pick, "Ihre Reihenfolge bisher").await;
    }
    chat.say("4", "Frage 12 von 12").await;
    chat.say("/skip", "Möchten Sie außerdem").await;
    chat.say("ja", "Wie soll Ihre Idee heißen?").await;
    chat.say("Chat <b>mit</b> dem @room Amt", "Beschreiben Sie")
        .await;
    chat.say("Direkt im Messenger.", "Zu welchem Handlungsfeld")
        .await;
    let (_, html) = chat.say("3", "Bitte prüfen Sie Ihre Idee").await;
    let html = html.expect("formatted body");
    // Escaped, and `@room` defused (a word joiner) in every message.
    assert!(
        html.contains("Chat &lt;b&gt;mit&lt;/b&gt; dem @\u{2060}room Amt"),
        "{html}"
    );
    chat.say("1", "I-0001").await;
    let device = device_of(dir.path());

    // Restart: same device, no replies to old events, still decrypting.
    process.kill();
    let process = BotProcess::start_with_env(dir.path(), &config, &env);
    chat.say("/help", "So funktioniert mitreden").await;
    let (data, _) = chat
        .say("/mydata", "Das haben wir über Sie gespeichert")
        .await;
    assert!(
        data.contains("– In welcher Rolle nehmen Sie teil?")
            && data.contains(" → Als Bürgerin oder Bürger"),
        "{data}"
    );
    chat.next("[file] mitreden-p").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(
        anna.messages(&room).len(),
        chat.seen,
        "old events were answered again"
    );
    assert_eq!(device_of(dir.path()), device, "a new device was created");
    let log = process.kill();
    assert!(
        !log.contains(&citizen_name),
        "the citizen's Matrix id is in the log:\n{log}"
    );
    assert!(
        !log.contains("Direkt im Messenger"),
        "message text in the log"
    );

    let export = export_json(&dir.path().join("data"));
    let answers = answer_values(&export);
    assert_eq!(answers.len(), 12, "{answers:?}");
    assert_eq!(answers[0], ("rolle".to_owned(), "buerger".to_owned()));
    assert_eq!(
        answers[10],
        (
            "prioritaeten".to_owned(),
            "mitreden;lernen;jugend;teilhabe;kultur;dienste".to_owned()
        )
    );
    assert_eq!(export["ideas"][0]["title"], "Chat <b>mit</b> dem @room Amt");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_citizens_in_unencrypted_chats_at_once() {
    let Some(hs) = homeserver() else { return };
    let dir = tempfile::tempdir().unwrap();
    let bot = register(&unique("bot"), "pw-bot");
    let (a_name, b_name) = (unique("ada"), unique("ben"));
    register(&a_name, "pw-a");
    register(&b_name, "pw-b");
    let config = bot_config(dir.path(), &hs, &bot);
    let _process = BotProcess::start_with_env(
        dir.path(),
        &config,
        &[("MITREDEN_MATRIX_PASSWORD", "pw-bot")],
    );
    let a = Citizen::login(&hs, &a_name, "pw-a", &bot).await;
    let b = Citizen::login(&hs, &b_name, "pw-b", &bot).await;
    let (ra, rb) = (
        a.room_with(vec![bot.clone()], false).await,
        b.room_with(vec![bot.clone()], false).await,
    );
    let mut ca = Chat {
        citizen: &a,
        room: ra,
        seen: 0,
    };
    let mut cb = Chat {
        citizen: &b,
        room: rb,
        seen: 0,
    };
    ca.next("Datenschutzhinweis").await;
    cb.next("Datenschutzhinweis").await;
    ca.say("1", "Frage 1 von 14").await;
    cb.say("ja, einverstanden", "Frage 1 von 14").await;
    cb.say("4", "Frage 2 von 14").await;
    ca.say("5", "Frage 2 von 14").await;
    ca.say("/skip", "Frage 3 von 14").await;
    cb.say("67", "Frage 3 von 14").await;
    drop(_process);
    let export = export_json(&dir.path().join("data"));
    let mut values: Vec<String> = answer_values(&export)
        .into_iter()
        .map(|(q, v)| format!("{q}={v}"))
        .collect();
    values.sort();
    assert_eq!(
        values,
        ["alter=", "alter=67", "rolle=andere", "rolle=wissenschaft"]
    );
    let runs = export["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 2);
    assert_ne!(runs[0]["participant"], runs[1]["participant"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_room_invite_is_declined_with_a_note() {
    let Some(hs) = homeserver() else { return };
    let dir = tempfile::tempdir().unwrap();
    let bot = register(&unique("bot"), "pw-bot");
    let (a_name, c_name) = (unique("cara"), unique("dirk"));
    register(&a_name, "pw-a");
    let other = register(&c_name, "pw-c");
    let config = bot_config(dir.path(), &hs, &bot);
    let _process = BotProcess::start_with_env(
        dir.path(),
        &config,
        &[("MITREDEN_MATRIX_PASSWORD", "pw-bot")],
    );
    let a = Citizen::login(&hs, &a_name, "pw-a", &bot).await;
    let room = a.room_with(vec![bot.clone(), other], false).await;
    let mut chat = Chat {
        citizen: &a,
        room: room.clone(),
        seen: 0,
    };
    chat.next("nur im direkten Chat").await;
    // The bot leaves.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let r = a.client.get_room(&room).expect("room");
        let members = r
            .members(matrix_sdk::RoomMemberships::JOIN)
            .await
            .expect("members");
        if !members.iter().any(|m| m.user_id() == bot) && r.state() == RoomState::Joined {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the bot did not leave the group room"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    drop(_process);
    let export = export_json(&dir.path().join("data"));
    assert!(export["runs"].as_array().unwrap().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_password_is_a_clear_error() {
    let Some(hs) = homeserver() else { return };
    let dir = tempfile::tempdir().unwrap();
    let bot = register(&unique("bot"), "right-password");
    let config = bot_config(dir.path(), &hs, &bot);
    let stderr = fails(
        mitreden(&dir.path().join("data"))
            .args(["--config", config.to_str().unwrap(), "run"])
            .env("MITREDEN_MATRIX_PASSWORD", "wrong-password"),
    );
    assert!(
        stderr.contains("the homeserver refused the login"),
        "{stderr}"
    );
    assert!(!stderr.contains("wrong-password"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_get_escaped_digests_on_schedule_and_on_demand_without_duplicates() {
    let Some(hs) = homeserver() else { return };
    let dir = tempfile::tempdir().unwrap();
    let bot = register(&unique("bot"), "pw-bot");
    let (staff_name, citizen_name) = (unique("staff"), unique("emil"));
    register(&staff_name, "pw-s");
    register(&citizen_name, "pw-c");
    let staff = Citizen::login(&hs, &staff_name, "pw-s", &bot).await;
    let staff_room = staff.room_with(vec![bot.clone()], false).await;
    let config = bot_config(dir.path(), &hs, &bot);
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str(&format!(
        // Longer than the conversation below (14 questions and an idea), so
        // that no scheduled digest takes its answers before `!digest` does.
        "[digest]\nroom = \"{staff_room}\"\nschedule = \"every 60s\"\ntimezone = \"Europe/Berlin\"\n"
    ));
    std::fs::write(&config, text).unwrap();
    let env = [("MITREDEN_MATRIX_PASSWORD", "pw-bot")];
    let process = BotProcess::start_with_env(dir.path(), &config, &env);

    let citizen = Citizen::login(&hs, &citizen_name, "pw-c", &bot).await;
    let room = citizen.room_with(vec![bot.clone()], false).await;
    let mut chat = Chat {
        citizen: &citizen,
        room,
        seen: 0,
    };
    chat.next("Datenschutzhinweis").await;
    for (line, reply) in [
        ("1", "Frage 1 von 14"),
        ("1", "Frage 2 von 14"),
        ("35", "Frage 3 von 14"),
        ("4", "Frage 4 von 14"),
        ("1", "Frage 5 von 14"),
        ("2", "Frage 6 von 14"),
        ("1", "Frage 7 von 14"),
        ("1", "Frage 8 von 14"),
        ("5", "Frage 9 von 13"),
        ("ja", "Frage 10 von 13"),
        (
            "<b>fett</b> <a href=\"https://evil.example\">klick</a> @room",
            "Frage 11 von 13",
        ),
        ("5", "Bitte schreiben Sie Ihre eigene Antwort"),
        ("Im <b>Verein</b> @room", "Frage 12 von 13"),
        ("2, 1, 3, 4, 5, 6", "Frage 13 von 13"),
        ("/skip", "Möchten Sie außerdem"),
        ("ja", "Wie soll Ihre Idee heißen?"),
        ("Idee für @room <i>alle</i>", "Beschreiben Sie"),
        ("Beschreibung", "Zu welchem Handlungsfeld"),
        ("1", "Bitte prüfen"),
        ("1", "I-0001"),
    ] {
        chat.say(line, reply).await;
    }

    // On demand: since the last digest, and today.
    let before = staff.messages(&staff_room).len();
    staff.send(&staff_room, "!digest").await;
    let (at, (plain, html)) = staff
        .find(&staff_room, before, "I-0001", Duration::from_secs(30))
        .await;
    assert!(
        plain.contains("██████████ Als Bürgerin oder Bürger 100 % (1)"),
        "{plain}"
    );
    assert!(plain.contains("Mittelwert 35, Median 35"), "{plain}");
    assert!(
        plain.contains("██████████ Andere Antwort 100 % (1)"),
        "{plain}"
    );
    assert!(
        plain.contains("1. Kinder und Jugend im Netz stärken – im Schnitt Platz 1, 1× auf Platz 1"),
        "{plain}"
    );
    assert!(
        plain.contains("@\u{2060}room") && !plain.contains("@room"),
        "{plain}"
    );
    let html = html.expect("formatted digest");
    assert!(
        html.contains(
            "&lt;b&gt;fett&lt;/b&gt; &lt;a href=&quot;https://evil.example&quot;&gt;klick"
        ),
        "{html}"
    );
    assert!(!html.contains("<a ") && !html.contains("<b>fett"), "{html}");
    assert!(html.contains("» <i>Im &lt;b&gt;Verein&lt;/b&gt;"), "{html}");
    staff
        .find(
            &staff_room,
            at + 1,
            "[file] mitreden-",
            Duration::from_secs(30),
        )
        .await;
    let file = staff
        .files
        .lock()
        .unwrap()
        .last()
        .cloned()
        .expect("a CSV file");
    let bytes = staff
        .client
        .media()
        .get_file(&file, false)
        .await
        .expect("download")
        .expect("content");
    let csv = String::from_utf8(bytes).expect("UTF-8 CSV");
    assert!(
        csv.starts_with(
            "\u{feff}record;consultation;participant;item;value;status;time;title;description"
        ),
        "{csv}"
    );
    assert!(csv.contains(";rolle;buerger;answered;"), "{csv}");
    // Runs carry their group; the analysis by group is there too.
    assert!(
        csv.contains(";started;") || csv.contains(";completed;"),
        "{csv}"
    );
    assert!(
        csv.contains("aggregate-group;lebensbildung-digital;audience=public;rolle;buerger;1;"),
        "{csv}"
    );
    assert!(
        csv.contains("aggregate-group;lebensbildung-digital;rolle=buerger;alltag;4;1;"),
        "{csv}"
    );
    assert!(csv.contains("idea;lebensbildung-digital;"), "{csv}");
    assert!(!csv.contains(&citizen_name), "a Matrix id in the CSV");

    // On schedule, without asking.
    let asked = staff.messages(&staff_room).len();
    let (scheduled, _) = staff
        .find(
            &staff_room,
            asked,
            "Zusammenfassung",
            Duration::from_secs(90),
        )
        .await;
    // A restart right after a scheduled digest sends no duplicate.
    tokio::time::sleep(Duration::from_secs(2)).await;
    process.kill();
    let count = staff.messages(&staff_room).len();
    let _process = BotProcess::start_with_env(dir.path(), &config, &env);
    tokio::time::sleep(Duration::from_secs(8)).await;
    let after: Vec<String> = staff.messages(&staff_room)[count..]
        .iter()
        .map(|m| m.0.clone())
        .collect();
    assert!(
        after.iter().all(|m| !m.contains("Zusammenfassung")),
        "duplicate digest after restart: {after:#?}"
    );
    assert!(scheduled >= asked);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admin_room_evaluates_ideas_and_the_submitter_hears_back() {
    let Some(hs) = homeserver() else { return };
    let dir = tempfile::tempdir().unwrap();
    let bot = register(&unique("bot"), "pw-bot");
    let (admin_name, citizen_name) = (unique("alice"), unique("cleo"));
    let admin_id = register(&admin_name, "pw-a");
    register(&citizen_name, "pw-c");
    let admin = Citizen::login(&hs, &admin_name, "pw-a", &bot).await;
    let admin_room = admin.room_with(vec![bot.clone()], false).await;
    let config = admin_config(dir.path(), &hs, &bot, &admin_room, &admin_id, "");
    let _process = BotProcess::start_with_env(
        dir.path(),
        &config,
        &[("MITREDEN_MATRIX_PASSWORD", "pw-bot")],
    );

    let citizen = Citizen::login(&hs, &citizen_name, "pw-c", &bot).await;
    let room = citizen.room_with(vec![bot.clone()], true).await;
    let mut chat = Chat {
        citizen: &citizen,
        room,
        seen: 0,
    };
    chat.next("Datenschutzhinweis").await;
    chat.say("!idea", "Datenschutzhinweis").await;
    chat.say("1", "Wie soll Ihre Idee heißen?").await;
    chat.open_workshop_idea().await;
    // A citizen is no admin.
    chat.say("!admin ideas", "Das dürfen nur Admins").await;

    // The admin joins the jury and rates the idea in a direct chat.
    admin
        .send(&admin_room, &format!("!juror add {admin_id}"))
        .await;
    admin
        .find(
            &admin_room,
            0,
            "gehört jetzt zur Jury",
            Duration::from_secs(30),
        )
        .await;
    let dm = admin.room_with(vec![bot.clone()], true).await;
    let mut jury = Chat {
        citizen: &admin,
        room: dm,
        seen: 0,
    };
    jury.next("Datenschutzhinweis").await;
    jury.say("!rate", "Kriterium 1 von 3: Nutzen").await;
    jury.say("5", "Kriterium 2 von 3").await;
    jury.say("3", "Kriterium 3 von 3").await;
    jury.say("4", "Anmerkung").await;
    let (saved, _) = jury.say("Gibt es im Viertel schon.", "Gespeichert.").await;
    assert!(
        saved.contains("I-0001 steht bei 81 von 100 Punkten (1 Bewertung"),
        "{saved}"
    );
    admin.send(&admin_room, "!ideas ranked").await;
    admin
        .find(
            &admin_room,
            0,
            "1. I-0001 „Offene Werkstatt“ – 81 von 100",
            Duration::from_secs(30),
        )
        .await;

    admin.send(&admin_room, "!ideas").await;
    let (_, (list, _)) = admin
        .find(&admin_room, 0, "I-0001", Duration::from_secs(30))
        .await;
    assert!(list.contains("„Offene Werkstatt“"), "{list}");
    admin
        .send(
            &admin_room,
            "!idea I-0001 status implemented Seit Montag geöffnet.",
        )
        .await;
    admin
        .find(
            &admin_room,
            0,
            "wird benachrichtigt",
            Duration::from_secs(30),
        )
        .await;
    let (news, _) = chat.next("Neuigkeiten zu Ihrer Idee I-0001").await;
    assert!(
        news.contains("„umgesetzt“. Seit Montag geöffnet."),
        "{news}"
    );
    admin.send(&admin_room, "!audit 20").await;
    admin
        .find(&admin_room, 0, "admin-refused", Duration::from_secs(30))
        .await;
    // A note stays with the team; the answer reaches the author.
    admin
        .send(&admin_room, "!idea I-0001 note Raum im Keller prüfen")
        .await;
    admin
        .find(&admin_room, 0, "Notiz zu I-0001", Duration::from_secs(30))
        .await;
    let (mine, _) = chat
        .say(
            "!myideas",
            "Antwort des Ministeriums zu I-0001: Seit Montag geöffnet.",
        )
        .await;
    assert!(!mine.contains("Keller"), "{mine}");
    // Asked from the admin room, answered in the direct chat.
    admin.send(&admin_room, "!ask I-0001 Ab wann genau?").await;
    chat.next("Ab wann genau?").await;
    chat.say("Ab dem 1. März.", "Ihre Antwort zu I-0001 ist beim Team")
        .await;
    admin
        .find(&admin_room, 0, "Ab dem 1. März.", Duration::from_secs(30))
        .await;
    // Where the process stands.
    let (results, _) = chat
        .say("!results", "Jetzt (seit 2026-01-01): Beteiligung")
        .await;
    assert!(results.contains("Danach (ab 2029-07-01)"), "{results}");
}

/// Waits for the next scheduled digest in the staff room.
async fn next_digest(staff: &Citizen, room: &OwnedRoomId) {
    let before = staff.messages(room).len();
    staff
        .find(room, before, "Zusammenfassung", Duration::from_secs(40))
        .await;
}

/// Sends a command and waits for the bot's answer holding `part`.
async fn command(person: &Citizen, room: &OwnedRoomId, text: &str, part: &str) -> String {
    let from = person.messages(room).len();
    person.send(room, text).await;
    person
        .find(room, from, part, Duration::from_secs(30))
        .await
        .1
         .0
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_and_staff_run_the_bot_from_matrix_rooms() {
    let Some(hs) = homeserver() else { return };
    let dir = tempfile::tempdir().unwrap();
    let bot = register(&unique("bot"), "pw-bot");
    let names = [
        unique("alice"),
        unique("sam"),
        unique("cleo"),
        unique("dirk"),
    ];
    let ids: Vec<OwnedUserId> = names.iter().map(|n| register(n, "pw")).collect();
    let admin = Citizen::login(&hs, &names[0], "pw", &bot).await;
    let staff = Citizen::login(&hs, &names[1], "pw", &bot).await;
    let admin_room = admin.room_with(vec![bot.clone()], false).await;
    let staff_room = staff.room_with(vec![bot.clone()], false).await;
    let digest = format!("[digest]\nroom = \"{staff_room}\"\nschedule = \"weekly mon 08:00\"\n");
    let config = admin_config(dir.path(), &hs, &bot, &admin_room, &ids[0], &digest);
    prepend_to(&config, &own_definitions(dir.path()));
    let env = [("MITREDEN_MATRIX_PASSWORD", "pw-bot")];
    let process = BotProcess::start_with_env(dir.path(), &config, &env);

    let cleo = Citizen::login(&hs, &names[2], "pw", &bot).await;
    let mut consenting = Chat {
        room: cleo.room_with(vec![bot.clone()], true).await,
        citizen: &cleo,
        seen: 0,
    };
    consenting.next("Datenschutzhinweis").await;
    consenting.say("1", "Frage 1 von 14").await;
    consenting.say("!follow", "Sie folgen").await;
    let dirk = Citizen::login(&hs, &names[3], "pw", &bot).await;
    let mut refusing = Chat {
        room: dirk.room_with(vec![bot.clone()], false).await,
        citizen: &dirk,
        seen: 0,
    };
    refusing.next("Datenschutzhinweis").await;
    refusing.say("2", "ohne Ihre Einwilligung").await;

    // A citizen is refused, and the refusal is audited.
    refusing
        .say("!admin set ideas off", "Das dürfen nur Admins")
        .await;
    command(&admin, &admin_room, "!audit 3", "admin-refused").await;

    // Closed: the citizen's answer is refused, politely.
    command(
        &admin,
        &admin_room,
        "!close lebensbildung-digital",
        "ist jetzt geschlossen",
    )
    .await;
    consenting.say("1", "ist geschlossen").await;
    consenting
        .say("!start", "Die Ergebnisse erscheinen unter")
        .await;
    command(
        &admin,
        &admin_room,
        "!open lebensbildung-digital",
        "ist jetzt offen",
    )
    .await;
    consenting.say("!idea", "Wie soll Ihre Idee heißen?").await;
    consenting.open_workshop_idea().await;

    // Staff evaluate and publish ideas in the staff room, but change nothing else.
    command(
        &staff,
        &staff_room,
        "!ideas new",
        "I-0001 „Offene Werkstatt“",
    )
    .await;
    command(
        &staff,
        &staff_room,
        "!publish I-0001",
        "ist jetzt öffentlich",
    )
    .await;
    consenting.next("ist jetzt veröffentlicht").await;
    // The staff room is not encrypted: exports are for admins only then.
    command(&staff, &staff_room, "!export", "Das dürfen nur Admins").await;
    command(
        &staff,
        &staff_room,
        "!set ideas off",
        "Das dürfen nur Admins",
    )
    .await;
    // Also in a direct chat, as a member of the staff room.
    let mut direct = Chat {
        room: staff.room_with(vec![bot.clone()], false).await,
        citizen: &staff,
        seen: 0,
    };
    // Staff are also offered the internal consultation (citizens never).
    let (menu, _) = direct.next("Welche Konsultation").await;
    assert!(
        menu.contains("Intern: Digital arbeiten im Ministerium"),
        "{menu}"
    );
    direct
        .say("!admin ideas", "I-0001 „Offene Werkstatt“")
        .await;
    direct
        .say(
            "!admin broadcast lebensbildung-digital x",
            "Das dürfen nur Admins",
        )
        .await;
    // Published, the idea can be supported (consent first).
    direct
        .say("!ideas", "Veröffentlichte Ideen (Seite 1 von 1)")
        .await;
    direct.say("1", "Datenschutzhinweis").await;
    direct.say("1", "Seite 1 von 1").await;
    direct.say("1", "Danke! Sie unterstützen I-0001").await;
    // And the internal consultation, in the same chat.
    direct
        .say("!cancel", "Mit /ideas kommen Sie jederzeit zurück")
        .await;
    direct.say("!consultations", "Welche Konsultation").await;
    direct.say("2", "Frage 1 von 3").await;

    // The digest schedule changes without a restart.
    command(
        &admin,
        &admin_room,
        "!set digest.schedule every 10s",
        "digest.schedule ist jetzt „every 10s“.",
    )
    .await;
    next_digest(&staff, &staff_room).await;
    staff
        .find(
            &staff_room,
            0,
            "I-0001 „Offene Werkstatt“ – 1 Unterstützung",
            Duration::from_secs(10),
        )
        .await;

    // A broken file: refused with file and line; a good one is swapped in.
    let good = break_consultation(dir.path());
    let refused = command(&admin, &admin_room, "!reload", "Neu laden abgelehnt").await;
    assert!(refused.contains("lebensbildung-digital.toml:"), "{refused}");
    consenting.say("!start", "Frage 1 von 14").await;
    std::fs::write(
        dir.path().join("consultations/lebensbildung-digital.toml"),
        good,
    )
    .unwrap();
    command(
        &admin,
        &admin_room,
        "!reload",
        "Neu geladen: 2 Konsultationen.",
    )
    .await;

    // A broadcast reaches Cleo (consented), not Dirk (refused).
    let dirk_before = dirk.messages(&refusing.room).len();
    let from = admin.messages(&admin_room).len();
    command(
        &admin,
        &admin_room,
        "!broadcast lebensbildung-digital Die Ergebnisse sind online.",
        "Die Mitteilung geht an eine Person",
    )
    .await;
    let (news, _) = consenting.next("Mitteilung zur Konsultation").await;
    assert!(news.contains("Die Ergebnisse sind online."), "{news}");
    admin
        .find(
            &admin_room,
            from,
            "Mitteilung fertig: 1 zugestellt, 0 fehlgeschlagen.",
            Duration::from_secs(30),
        )
        .await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(dirk.messages(&refusing.room).len(), dirk_before);

    // The data as a file in the admin room, while the bot runs.
    command(&admin, &admin_room, "!export", "Die Daten als Datei").await;
    admin
        .find(
            &admin_room,
            0,
            "[file] mitreden-all-",
            Duration::from_secs(30),
        )
        .await;

    // After a restart the chat-set schedule is still in force.
    process.kill();
    let _process = BotProcess::start_with_env(dir.path(), &config, &env);
    next_digest(&staff, &staff_room).await;
    command(
        &admin,
        &admin_room,
        "!settings",
        "digest.schedule = every 10s (im Chat gesetzt)",
    )
    .await;
}

/// Waits until the bot's log holds `line` `n` times.
fn wait_log(process: &BotProcess, line: &str, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while process.log.lock().unwrap().matches(line).count() < n {
        assert!(
            Instant::now() < deadline,
            "the bot did not log {line:?} {n} times; its log:\n{}",
            process.log.lock().unwrap()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_room_where_the_victim_is_only_invited_is_no_direct_chat_with_them() {
    let Some(hs) = homeserver() else { return };
    let dir = tempfile::tempdir().unwrap();
    let bot = register(&unique("bot"), "pw-bot");
    let names = [unique("alice"), unique("mallory"), unique("vera")];
    let ids: Vec<OwnedUserId> = names.iter().map(|n| register(n, "pw")).collect();
    let admin = Citizen::login(&hs, &names[0], "pw", &bot).await;
    let admin_room = admin.room_with(vec![bot.clone()], false).await;
    let config = admin_config(dir.path(), &hs, &bot, &admin_room, &ids[0], "");
    let env = [("MITREDEN_MATRIX_PASSWORD", "pw-bot")];
    let process = BotProcess::start_with_env(dir.path(), &config, &env);
    let vera = Citizen::login(&hs, &names[2], "pw", &bot).await;
    let mut own = Chat {
        room: vera.room_with(vec![bot.clone()], false).await,
        citizen: &vera,
        seen: 0,
    };
    own.next("Datenschutzhinweis").await;
    own.say("1", "Frage 1 von 14").await;
    own.say("!follow", "Sie folgen").await;
    own.say("1", "Frage 2 von 14").await;

    // Mallory makes a room, invites the bot and Vera, and leaves.
    let mallory = Citizen::login(&hs, &names[1], "pw", &bot).await;
    let trap = mallory
        .room_with(vec![bot.clone(), ids[2].clone()], false)
        .await;
    mallory
        .client
        .get_room(&trap)
        .expect("room")
        .leave()
        .await
        .expect("leave");
    // The bot sees no direct chat with Vera there and leaves; news for
    // Vera still reach her own chat.
    wait_log(&process, "left a room that is no direct chat", 1);
    command(
        &admin,
        &admin_room,
        "!broadcast lebensbildung-digital Die Ergebnisse sind online.",
        "Mitteilung fertig: 1 zugestellt",
    )
    .await;
    own.next("Die Ergebnisse sind online.").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nobody_becomes_staff_through_an_alias_or_an_open_room() {
    let Some(hs) = homeserver() else { return };
    let dir = tempfile::tempdir().unwrap();
    let bot = register(&unique("bot"), "pw-bot");
    let names = [unique("alice"), unique("sam"), unique("mallory")];
    let ids: Vec<OwnedUserId> = names.iter().map(|n| register(n, "pw")).collect();
    let admin = Citizen::login(&hs, &names[0], "pw", &bot).await;
    let staff = Citizen::login(&hs, &names[1], "pw", &bot).await;
    let admin_room = admin.room_with(vec![bot.clone()], false).await;
    // A staff room anyone on the homeserver may join.
    let mut request = CreateRoom::new();
    request.invite = vec![bot.clone()];
    request.preset = Some(RoomPreset::PublicChat);
    let open_room = staff
        .client
        .create_room(request)
        .await
        .expect("create room")
        .room_id()
        .to_owned();
    let digest = format!("[digest]\nroom = \"{open_room}\"\nschedule = \"every 20s\"\n");
    let config = admin_config(dir.path(), &hs, &bot, &admin_room, &ids[0], &digest);
    let env = [("MITREDEN_MATRIX_PASSWORD", "pw-bot")];
    let _process = BotProcess::start_with_env(dir.path(), &config, &env);

    // The open staff room gets a warning, no answers and no digests.
    let warning = staff
        .find(
            &open_room,
            0,
            "nicht nur auf Einladung",
            Duration::from_secs(40),
        )
        .await
        .0;
    staff.send(&open_room, "!ideas").await;
    tokio::time::sleep(Duration::from_secs(25)).await;
    assert_eq!(staff.messages(&open_room).len(), warning + 1);

    // An alias that does not exist yet is not taken as the staff room.
    command(
        &admin,
        &admin_room,
        &format!("!set digest.room #ghost{}:localhost", std::process::id()),
        "passt nicht zu digest.room",
    )
    .await;
    let mallory = Citizen::login(&hs, &names[2], "pw", &bot).await;
    let mut request = CreateRoom::new();
    request.invite = vec![bot.clone()];
    request.preset = Some(RoomPreset::PrivateChat);
    request.room_alias_name = Some(format!("ghost{}", std::process::id()));
    let ghost = mallory
        .client
        .create_room(request)
        .await
        .expect("create room")
        .room_id()
        .to_owned();
    // Mallory's room is her direct chat, nothing more.
    mallory
        .find(&ghost, 0, "Datenschutzhinweis", Duration::from_secs(30))
        .await;
    mallory.send(&ghost, "!admin export").await;
    mallory
        .find(&ghost, 1, "Das dürfen nur Admins", Duration::from_secs(30))
        .await;
    assert!(
        !mallory
            .messages(&ghost)
            .iter()
            .any(|(b, _)| b.contains("[file]")),
        "the export went to a stranger"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_competition_runs_in_phases_from_submission_to_award() {
    let Some(hs) = homeserver() else { return };
    let dir = tempfile::tempdir().unwrap();
    let bot = register(&unique("bot"), "pw-bot");
    let names = [
        unique("alice"),
        unique("anna"),
        unique("bill"),
        unique("carl"),
    ];
    let ids: Vec<OwnedUserId> = names.iter().map(|n| register(n, "pw")).collect();
    let admin = Citizen::login(&hs, &names[0], "pw", &bot).await;
    let admin_room = admin.room_with(vec![bot.clone()], false).await;
    // The jury phase, which takes supports, begins while the test runs.
    let jury = chrono::Utc::now() + chrono::Duration::seconds(60);
    let config = admin_config(
        dir.path(),
        &hs,
        &bot,
        &admin_room,
        &ids[0],
        &phased_definitions(dir.path(), jury),
    );
    // The password from a file, as Docker and systemd hand secrets over.
    let secret = dir.path().join("matrix-password");
    std::fs::write(&secret, "pw-bot\n").unwrap();
    let _process = BotProcess::start_with_env(
        dir.path(),
        &config,
        &[("MITREDEN_MATRIX_PASSWORD_FILE", secret.to_str().unwrap())],
    );

    // Anna follows, submits an idea, improves it and withdraws a second.
    let anna_client = Citizen::login(&hs, &names[1], "pw", &bot).await;
    let mut anna = Chat {
        room: anna_client.room_with(vec![bot.clone()], true).await,
        citizen: &anna_client,
        seen: 0,
    };
    anna.next("Datenschutzhinweis").await;
    anna.say("!follow", "Datenschutzhinweis").await;
    anna.say("Ja, einverstanden", "Sie folgen „lebensbildung.digital")
        .await;
    let long = format!(
        "Reparieren lernen. {}Ende der Beschreibung.",
        "Mit Werkzeug. ".repeat(20)
    );
    anna.say("!idea", "Wie soll Ihre Idee heißen?").await;
    anna.say("Offene Werkstatt", "Beschreiben Sie").await;
    anna.say(&long, "Zu welchem Handlungsfeld").await;
    anna.say("3", "Teilnahmebedingungen").await;
    anna.say("Absenden – darf veröffentlicht werden", "I-0001")
        .await;
    anna.say("!myideas", "I-0001 „Offene Werkstatt“: eingereicht")
        .await;
    anna.say("I-0001 ändern", "Bitte prüfen Sie Ihre Idee")
        .await;
    anna.say("Titel ändern", "Wie soll Ihre Idee heißen?").await;
    anna.say("Offene Reparaturwerkstatt", "Bitte prüfen Sie Ihre Idee")
        .await;
    anna.say("1", "Ihre Änderungen an I-0001 sind gespeichert.")
        .await;
    anna.say("!idea", "Wie soll Ihre Idee heißen?").await;
    anna.say("Zweite Idee", "Beschreiben Sie").await;
    anna.say("Doch nicht.", "Zu welchem Handlungsfeld").await;
    anna.say("3", "Bitte prüfen").await;
    anna.say("1", "I-0002").await;
    anna.say("!myideas", "I-0002 „Zweite Idee“: eingereicht")
        .await;
    anna.say("I-0002 zurückziehen", "I-0002 ist zurückgezogen")
        .await;
    command(&admin, &admin_room, "!publish I-0002", "zurückgezogen").await;
    command(
        &admin,
        &admin_room,
        "!publish I-0001",
        "ist jetzt öffentlich",
    )
    .await;
    anna.next("ist jetzt veröffentlicht").await;

    // Carl sends much the same idea; it is offered, he sends it anyway,
    // staff merge it and both authors hear of it. He follows too.
    let carl_client = Citizen::login(&hs, &names[3], "pw", &bot).await;
    let mut carl = Chat {
        room: carl_client.room_with(vec![bot.clone()], false).await,
        citizen: &carl_client,
        seen: 0,
    };
    carl.next("Datenschutzhinweis").await;
    carl.say("!idea", "Datenschutzhinweis").await;
    carl.say("1", "Wie soll Ihre Idee heißen?").await;
    carl.say("Offene Reparaturwerkstatt", "Beschreiben Sie")
        .await;
    carl.say("Reparieren lernen im Viertel.", "Zu welchem Handlungsfeld")
        .await;
    let (confirm, _) = carl.say("3", "Bitte prüfen").await;
    assert!(
        confirm.contains("Eine ähnliche Idee gibt es schon: I-0001"),
        "{confirm}"
    );
    // In this phase there is no "support it instead": the draft is kept.
    assert!(!confirm.contains("statt absenden"), "{confirm}");
    carl.say("Absenden – nur für das Ministerium", "I-0003")
        .await;
    command(
        &admin,
        &admin_room,
        "!publish I-0003",
        "wird nicht veröffentlicht",
    )
    .await;
    command(
        &admin,
        &admin_room,
        "!merge I-0003 I-0001",
        "I-0003 ist mit I-0001 zusammengeführt",
    )
    .await;
    carl.next("wird mit der ähnlichen Idee I-0001").await;
    anna.next("Die ähnliche Idee I-0003").await;
    carl.say("!follow", "Sie folgen „lebensbildung.digital")
        .await;

    // Bill looks before the jury phase: no supports yet, "more" works.
    let bill_client = Citizen::login(&hs, &names[2], "pw", &bot).await;
    let mut bill = Chat {
        room: bill_client.room_with(vec![bot.clone()], false).await,
        citizen: &bill_client,
        seen: 0,
    };
    bill.next("Datenschutzhinweis").await;
    let (page, _) = bill.say("!ideas", "Offene Reparaturwerkstatt").await;
    assert!(!page.contains("unterstützen"), "{page}");
    assert!(!page.contains("Ende der Beschreibung"), "{page}");
    bill.say("Mehr zu I-0001", "Ende der Beschreibung.").await;
    bill.say("Fertig", "Mit /ideas kommen Sie jederzeit zurück")
        .await;
    assert!(
        chrono::Utc::now() < jury,
        "the test was too slow for its phases"
    );

    // The jury phase begins: followers hear of it; ideas close, supports open.
    anna.next("jetzt beginnt: Bewertung").await;
    carl.next("jetzt beginnt: Bewertung").await;
    bill.say("!idea", "Zurzeit nimmt keine Konsultation Ideen entgegen.")
        .await;
    bill.say("!ideas", "Offene Reparaturwerkstatt").await;
    bill.say("1", "Datenschutzhinweis").await;
    bill.say("Ja, einverstanden", "Seite 1 von 1").await;
    bill.say("1", "Danke! Sie unterstützen I-0001").await;
    bill.say("1", "Sie unterstützen I-0001 nicht mehr").await;
    bill.say("1", "Danke! Sie unterstützen I-0001").await;

    // Released figures, then the award.
    command(
        &admin,
        &admin_room,
        "!results lebensbildung-digital on",
        "jetzt zu sehen",
    )
    .await;
    bill.say("Fertig", "Mit /ideas kommen Sie jederzeit zurück")
        .await;
    bill.say("!results", "In Zahlen (").await;
    command(
        &admin,
        &admin_room,
        "!idea I-0001 status awarded Herzlichen Glückwunsch!",
        "ist jetzt „ausgezeichnet“",
    )
    .await;
    let (news, _) = anna.next("Neuigkeiten zu Ihrer Idee I-0001").await;
    assert!(
        news.contains("„ausgezeichnet“. Herzlichen Glückwunsch!"),
        "{news}"
    );
    bill.next("Neuigkeiten zu einer Idee, die Sie unterstützen")
        .await;
    carl.next("Ausgezeichnet: Die Idee I-0001 „Offene Reparaturwerkstatt“")
        .await;
    // Rejected after all: out of the public list, the answer to its supporters.
    command(
        &admin,
        &admin_room,
        "!idea I-0001 status rejected Doch nicht umsetzbar.",
        "ist jetzt „abgelehnt“",
    )
    .await;
    let (news, _) = bill
        .next("Neuigkeiten zu einer Idee, die Sie unterstützen")
        .await;
    assert!(news.contains("Doch nicht umsetzbar."), "{news}");
    bill.say("!ideas", "Noch sind keine Ideen veröffentlicht")
        .await;
    assert!(
        !bill_client
            .messages(&bill.room)
            .iter()
            .any(|(m, _)| m.contains("Ausgezeichnet:")),
        "bill does not follow"
    );
}
