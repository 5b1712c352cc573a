//! The Telegram adapter end to end: the real `mitreden` binary against the
//! fake Bot API over real HTTP.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;

use crate::util::*;
use fake_telegram::{FakeTelegram, Fault, BOT_USERNAME, TOKEN};

fn write_config(dir: &Path, fake: &FakeTelegram) -> PathBuf {
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[telegram]\ntoken = \"{TOKEN}\"\napi_url = \"{}\"\npoll_timeout = 2\n",
            fake.url
        ),
    )
    .unwrap();
    config
}

/// One citizen's private chat: sends and waits for each reply in turn.
struct Citizen<'a> {
    fake: &'a FakeTelegram,
    id: i64,
    received: usize,
}

impl<'a> Citizen<'a> {
    fn new(fake: &'a FakeTelegram, id: i64) -> Self {
        Citizen {
            fake,
            id,
            received: 0,
        }
    }

    fn next(&mut self, part: &str) -> String {
        self.received += 1;
        self.fake.wait_message(self.id, self.received, part)
    }

    fn say(&mut self, text: &str, part: &str) -> String {
        self.fake.text(self.id, text);
        self.next(part)
    }

    fn press(&mut self, label: &str, part: &str) -> String {
        self.fake.press(self.id, label);
        self.next(part)
    }

    /// A multiple-choice toggle or a ranking pick: the question is redrawn
    /// in place (text and keyboard), no new message.
    fn toggle(&mut self, label: &str) {
        let redraws = |f: &FakeTelegram| {
            f.requests("editMessageText")
                .iter()
                .filter(|r| !r.body["reply_markup"].is_null())
                .count()
        };
        let before = redraws(self.fake);
        self.fake.press(self.id, label);
        self.fake.wait_until("a redraw", |f| redraws(f) > before);
    }
}

/// Consent and every question, partly by button and partly typed.
fn answer_all(c: &mut Citizen) {
    c.say("/start", "Datenschutzhinweis");
    c.press("Ja, einverstanden", "Frage 1 von 14");
    c.press("Als Bürgerin oder Bürger", "Frage 2 von 14");
    c.say("35", "Frage 3 von 14");
    c.press("4", "Frage 4 von 14");
    answer_from_the_fourth(c);
}

/// From question 4 on: toggles, typed lists, conditions that drop two
/// questions, a ranking begun by button and typed whole, a free text.
fn answer_from_the_fourth(c: &mut Citizen) {
    c.toggle("In Kontakt bleiben");
    c.toggle("Sich informieren");
    c.press("Fertig", "Frage 5 von 14");
    c.say("1, 3", "Frage 6 von 14");
    c.say("5", "Frage 7 von 14");
    c.say("2", "Frage 8 von 14");
    c.press("5", "Frage 9 von 13");
    c.press("Nein", "Frage 10 von 12");
    c.press("Im Messenger", "Frage 11 von 12");
    c.toggle("Mehr Mitsprache");
    c.say("6, 1, 2, 3, 4, 5", "Frage 12 von 12");
    c.say("Mehr Kurse im Viertel.", "Möchten Sie außerdem");
}

fn expected_answers() -> Vec<(String, String)> {
    [
        ("rolle", "buerger"),
        ("alter", "35"),
        ("alltag", "4"),
        ("chancen", "kontakt;informieren"),
        ("sorgen", "daten;kinder"),
        ("lernen", "online"),
        ("kultur", "buehne"),
        ("verwaltung", "5"),
        ("beteiligt", "no"),
        ("kanal", "messenger"),
        (
            "prioritaeten",
            "mitreden;lernen;jugend;teilhabe;kultur;dienste",
        ),
        ("anmerkungen", "Mehr Kurse im Viertel."),
    ]
    .into_iter()
    .map(|(q, v)| (q.to_owned(), v.to_owned()))
    .collect()
}

#[test]
fn a_citizen_completes_the_consultation_and_an_idea_with_buttons_and_text() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let bot = start_bot(dir.path(), &fake);
    let mut anna = Citizen::new(&fake, 7350001);
    answer_all(&mut anna);

    // The check marks of the toggles, and the ranking so far, were shown
    // by redrawing the question in place.
    let edits = fake.requests("editMessageText");
    let marked = edits
        .iter()
        .any(|r| r.body["reply_markup"].to_string().contains("✓ In Kontakt"));
    assert!(marked, "{edits:#?}");
    let ranked = edits.iter().any(|r| {
        r.body["text"]
            .as_str()
            .unwrap_or_default()
            .contains("Ihre Reihenfolge bisher: 1. Mehr Mitsprache für alle")
            && !r.body["reply_markup"]
                .to_string()
                .contains("Mehr Mitsprache")
    });
    assert!(ranked, "{edits:#?}");

    anna.press("Ja", "Wie soll Ihre Idee heißen?");
    anna.say("Sprechstunde <online>", "Beschreiben Sie Ihre Idee");
    let confirm = {
        anna.say(
            "Video-Termine & <b>Chat</b> mit dem Amt",
            "Zu welchem Handlungsfeld",
        );
        anna.press(
            "Verwaltung einfach und digital",
            "Bitte prüfen Sie Ihre Idee",
        )
    };
    // Citizen text is escaped for HTML, and HTML is the declared parse mode.
    assert!(
        confirm.contains("Titel: Sprechstunde &lt;online&gt;"),
        "{confirm}"
    );
    assert!(
        confirm.contains("Video-Termine &amp; &lt;b&gt;Chat&lt;/b&gt;"),
        "{confirm}"
    );
    anna.press("Absenden", "I-0001");
    for r in fake.requests("sendMessage") {
        assert_eq!(r.body["parse_mode"], "HTML", "{:?}", r.body);
    }

    // Every press was answered, and each answered question shows its answer
    // and lost its buttons.
    let presses = 9;
    assert!(fake.requests("answerCallbackQuery").len() >= presses);
    let text_edits = fake.requests("editMessageText");
    assert!(text_edits.iter().any(|r| r.body["text"]
        .as_str()
        .unwrap_or_default()
        .ends_with("» Als Bürgerin oder Bürger")));
    assert!(text_edits
        .iter()
        .filter(|r| r.body["text"]
            .as_str()
            .unwrap_or_default()
            .contains("\n\n» "))
        .all(|r| r.body["reply_markup"].is_null()));

    // The command menu in both languages and a default.
    let menus = fake.requests("setMyCommands");
    let langs: Vec<&str> = menus
        .iter()
        .filter_map(|r| r.body["language_code"].as_str())
        .collect();
    assert!(langs.contains(&"de") && langs.contains(&"en"), "{menus:#?}");
    assert!(menus.iter().any(|r| r.body["language_code"].is_null()));
    assert!(menus
        .iter()
        .any(|r| r.body.to_string().contains("Eine Idee einreichen")));
    for command in ["\"mydata\"", "\"forget\"", "\"myideas\""] {
        assert!(
            menus.iter().all(|r| r.body.to_string().contains(command)),
            "{command} not in the menu"
        );
    }

    let log = bot.kill();
    let export = export_json(&dir.path().join("data"));
    assert_eq!(answer_values(&export), expected_answers());
    assert_eq!(export["ideas"][0]["title"], "Sprechstunde <online>");
    assert_eq!(export["ideas"][0]["field"], "arbeitsprozesse");
    // Privacy: the log has neither platform ids nor message texts; the
    // export has no platform ids.
    assert!(log.contains("message handled"), "{log}");
    for secret in ["7350001", "Sprechstunde", "Video-Termine"] {
        assert!(
            !log.contains(secret),
            "{secret:?} leaked into the log:\n{log}"
        );
    }
    assert!(
        !export.to_string().contains("7350001"),
        "platform id in the export"
    );
}

#[test]
fn two_citizens_interleaved_do_not_cross_talk() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let bot = start_bot(dir.path(), &fake);
    fake.set_language(602, "en");
    let mut a = Citizen::new(&fake, 601);
    let mut b = Citizen::new(&fake, 602);
    a.say("/start", "Datenschutzhinweis");
    b.say("/start", "Privacy notice");
    a.press("Ja, einverstanden", "Frage 1 von 14");
    b.press("Yes, I agree", "Question 1 of 14");
    b.press("From science or research", "Question 2 of 14");
    a.press("Anders", "Frage 2 von 14");
    a.say("70", "Frage 3 von 14");
    b.say("/skip", "Question 3 of 14");
    drop(bot);
    let export = export_json(&dir.path().join("data"));
    let answers = export["answers"].as_array().unwrap();
    let by: Vec<(String, String, String)> = answers
        .iter()
        .map(|a| {
            (
                a["participant"].as_str().unwrap().to_owned(),
                a["question"].as_str().unwrap().to_owned(),
                a["value"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(by.len(), 4, "{by:?}");
    let first = by.iter().find(|(_, _, v)| v == "andere").unwrap().0.clone();
    let second = by
        .iter()
        .find(|(_, _, v)| v == "wissenschaft")
        .unwrap()
        .0
        .clone();
    assert_ne!(first, second);
    assert!(by.contains(&(first.clone(), "alter".into(), "70".into())));
    assert!(by.contains(&(second.clone(), "alter".into(), "".into())));
}

#[test]
fn a_redelivered_update_is_applied_once() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let _bot = start_bot(dir.path(), &fake);
    let mut c = Citizen::new(&fake, 701);
    c.say("/start", "Datenschutzhinweis");
    c.press("Ja, einverstanden", "Frage 1 von 14");
    fake.text(701, "1");
    let update = fake.text(701, "40");
    c.next("Frage 2 von 14");
    c.next("Frage 3 von 14");
    fake.redeliver(update);
    // The next reply is to the next message: the redelivery added nothing.
    c.say("/help", "So funktioniert mitreden");
    c.say("4", "Frage 4 von 14");
    assert_eq!(fake.texts(701).len(), c.received);
}

#[test]
fn other_answers_by_button_and_text_reach_the_export_escaped() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let bot = start_bot(dir.path(), &fake);
    let mut c = Citizen::new(&fake, 802);
    c.say("/start", "Datenschutzhinweis");
    c.press("Ja, einverstanden", "Frage 1 von 14");
    c.press("Als Bürgerin oder Bürger", "Frage 2 von 14");
    c.say("/skip", "Frage 3 von 14");
    c.press("3", "Frage 4 von 14");
    c.toggle("Sich informieren");
    let asked = c.press("Andere Antwort", "Bitte schreiben Sie Ihre eigene Antwort");
    assert!(asked.contains("Dazu gewählt: Sich informieren"), "{asked}");
    c.say("Sport <im> Verein", "Frage 5 von 14");
    c.say("1", "Frage 6 von 14");
    c.say("1", "Frage 7 von 14");
    c.say("1", "Frage 8 von 14");
    c.say("/skip", "Frage 9 von 13");
    c.press("Nein", "Frage 10 von 12");
    c.press("Andere Antwort", "Bitte schreiben Sie Ihre eigene Antwort");
    c.say("Im Jugendzentrum", "Frage 11 von 12");
    c.say("/skip", "Frage 12 von 12");
    c.say("/skip", "Möchten Sie außerdem");
    drop(bot);
    let answers = answer_values(&export_json(&dir.path().join("data")));
    let value = |q: &str| {
        answers
            .iter()
            .find(|(id, _)| id == q)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert_eq!(value("chancen"), "informieren;other: Sport <im> Verein");
    assert_eq!(value("kanal"), "other: Im Jugendzentrum");
    assert_eq!(value("prioritaeten"), "");
}

#[test]
fn sigkill_mid_conversation_and_restart_resume_without_loss() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let bot = start_bot(dir.path(), &fake);
    let mut c = Citizen::new(&fake, 801);
    c.say("/start", "Datenschutzhinweis");
    c.press("Ja, einverstanden", "Frage 1 von 14");
    c.press("Als Bürgerin oder Bürger", "Frage 2 von 14");
    c.say("35", "Frage 3 von 14");
    bot.kill();

    // While the bot is down the citizen answers on; nothing is lost.
    fake.text(801, "4");
    let _bot = start_bot(dir.path(), &fake);
    c.next("Frage 4 von 14");
    answer_from_the_fourth(&mut c);
    drop(_bot);
    let export = export_json(&dir.path().join("data"));
    assert_eq!(answer_values(&export), expected_answers());
}

#[test]
fn rate_limits_server_errors_and_dropped_connections_are_survived() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let _bot = start_bot(dir.path(), &fake);
    let mut c = Citizen::new(&fake, 901);
    c.say("/start", "Datenschutzhinweis");

    fake.inject("sendMessage", Fault::RetryAfter(1));
    c.press("Ja, einverstanden", "Frage 1 von 14");
    let sends = fake.requests("sendMessage");
    let refused = sends
        .iter()
        .rposition(|r| r.faulted)
        .expect("the 429 was sent");
    let retried = &sends[refused + 1];
    assert!(
        retried.at.duration_since(sends[refused].at) >= Duration::from_millis(950),
        "retried after {:?}",
        retried.at.duration_since(sends[refused].at)
    );

    fake.inject("sendMessage", Fault::ServerError);
    fake.inject("sendMessage", Fault::Drop);
    c.press("Als Bürgerin oder Bürger", "Frage 2 von 14");

    fake.inject("getUpdates", Fault::ServerError);
    fake.inject("getUpdates", Fault::Drop);
    c.say("35", "Frage 3 von 14");
    // Each reply was delivered exactly once despite the failures.
    assert_eq!(fake.texts(901).len(), 4, "{:#?}", fake.texts(901));
}

#[test]
fn forged_and_stale_callbacks_are_refused_and_store_nothing() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let bot = start_bot(dir.path(), &fake);
    let mut c = Citizen::new(&fake, 1001);
    c.say("/start", "Datenschutzhinweis");
    c.press("Ja, einverstanden", "Frage 1 von 14");
    let question: Value = fake.last_message(1001).unwrap();
    let old = question["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(old.len() <= 64);
    for forged in ["0.o:buerger", "1.o:../../etc", "x", &format!("{old}x")] {
        let before = fake.requests("answerCallbackQuery").len();
        fake.callback(1001, forged);
        c.next("Diese Schaltfläche gehört zu einer früheren Frage");
        assert_eq!(fake.requests("answerCallbackQuery").len(), before + 1);
    }
    // the old button, after the question was answered, is stale too
    c.press("Als Fachkraft", "Frage 2 von 14");
    fake.callback(1001, &old);
    c.next("früheren Frage");
    drop(bot);
    let export = export_json(&dir.path().join("data"));
    assert_eq!(
        answer_values(&export),
        vec![("rolle".to_owned(), "fachkraft".to_owned())]
    );
}

#[test]
fn photos_groups_deep_links_and_languages() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let bot = start_bot(dir.path(), &fake);

    let mut c = Citizen::new(&fake, 1101);
    c.say("/start lebensbildung-digital", "Willkommen bei mitreden");
    c.press("Ja, einverstanden", "Frage 1 von 14");
    fake.photo(1101);
    let hint = c.next("Bilder, Sprachnachrichten und Dateien");
    assert!(hint.contains("In welcher Rolle"), "{hint}");
    c.say(
        "/start gibt-es-nicht",
        "Eine Konsultation „gibt-es-nicht“ gibt es nicht.",
    );

    fake.set_language(1102, "en");
    let mut e = Citizen::new(&fake, 1102);
    e.say("hello", "Welcome to mitreden");

    fake.group_text(-5, 1103, "/start");
    fake.group_text(-5, 1103, "nur ein Gespräch unter Nachbarn");
    fake.group_text(-5, 1103, &format!("@{BOT_USERNAME} was ist das?"));
    fake.wait_until("two pointers in the group", |f| f.texts(-5).len() >= 2);
    std::thread::sleep(Duration::from_millis(300));
    let pointers = fake.texts(-5);
    assert_eq!(pointers.len(), 2, "{pointers:#?}");
    assert!(
        pointers[0].contains(&format!("https://t.me/{BOT_USERNAME}")),
        "{pointers:#?}"
    );
    drop(bot);
    let export = export_json(&dir.path().join("data"));
    assert_eq!(
        export["runs"].as_array().unwrap().len(),
        1,
        "the group user must not be a participant"
    );
}

#[test]
fn a_refused_token_stops_with_a_clear_error() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        format!(
            "[telegram]\ntoken = \"1:wrong\"\napi_url = \"{}\"\n",
            fake.url
        ),
    )
    .unwrap();
    let stderr = fails(
        mitreden(&dir.path().join("data"))
            .args(["--config", config.to_str().unwrap(), "run"])
            .env_remove("MITREDEN_TELEGRAM_TOKEN"),
    );
    assert!(
        stderr.contains("Telegram refused the bot token"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("1:wrong"),
        "the token was printed: {stderr}"
    );
}

/// A loopback port nobody listens on (for the bot's listeners).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free loopback port")
        .port()
}

/// Posts JSON to the bot's webhook like Telegram does; returns the status.
fn post_webhook(addr: &str, path: &str, secret: Option<&str>, body: &Value) -> u16 {
    try_post_webhook(addr, path, secret, body).expect("connect to the webhook")
}

/// [`post_webhook`], `None` if the connection is refused.
fn try_post_webhook(addr: &str, path: &str, secret: Option<&str>, body: &Value) -> Option<u16> {
    use std::io::Write;
    let body = body.to_string();
    let mut stream = std::net::TcpStream::connect(addr).ok()?;
    let secret = secret
        .map(|s| format!("X-Telegram-Bot-Api-Secret-Token: {s}\r\n"))
        .unwrap_or_default();
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\n{secret}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("send");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read response");
    Some(
        response
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .unwrap_or(0),
    )
}

#[test]
fn webhook_mode_checks_the_secret_and_answers_through_the_bot_api() {
    webhook_mode(false);
}

/// One port for the operator and Telegram: with `[server] listen` on the
/// webhook's address, both are served there.
#[test]
fn the_webhook_and_the_metrics_share_one_listener() {
    webhook_mode(true);
}

/// A bot in webhook mode (on the operator's listener if `shared`), its
/// routes ready; the fake, the directory, the process and the address.
fn start_webhook_bot(shared: bool) -> (FakeTelegram, tempfile::TempDir, BotProcess, String) {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let config = write_config(dir.path(), &fake);
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str(&format!(
        "webhook_url = \"https://bot.example.org/telegram/hook\"\nlisten = \"{addr}\"\nwebhook_secret = \"s3cr3t-value\"\n"
    ));
    if shared {
        text.push_str(&format!("\n[server]\nlisten = \"{addr}\"\n"));
    }
    std::fs::write(&config, text).unwrap();
    let bot = BotProcess::start_with(dir.path(), &config);
    let log = bot.log.clone();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while fake.requests("setWebhook").is_empty() {
        if std::time::Instant::now() > deadline {
            let methods: Vec<String> = [
                "getMe",
                "setMyCommands",
                "deleteWebhook",
                "getUpdates",
                "setWebhook",
            ]
            .iter()
            .map(|m| format!("{m}: {}", fake.requests(m).len()))
            .collect();
            panic!("no setWebhook ({methods:?}); log:\n{}", log.lock().unwrap());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let set = &fake.requests("setWebhook")[0].body;
    assert_eq!(set["url"], "https://bot.example.org/telegram/hook");
    assert_eq!(set["secret_token"], "s3cr3t-value");
    // wait until the listener is up
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(&addr).is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "webhook never listened"
        );
        std::thread::sleep(Duration::from_millis(20));
    }

    // A shared listener is up before the adapter hands over its routes
    // (calls meanwhile get 503, which Telegram repeats).
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while post_webhook(&addr, "/telegram/hook", None, &Value::Null) == 503 {
        assert!(std::time::Instant::now() < deadline, "no webhook routes");
        std::thread::sleep(Duration::from_millis(20));
    }
    (fake, dir, bot, addr)
}

fn webhook_mode(shared: bool) {
    let (fake, _dir, _bot, addr) = start_webhook_bot(shared);
    let update = fake.unqueued_text(1201, "/start");
    assert_eq!(post_webhook(&addr, "/telegram/hook", None, &update), 401);
    assert_eq!(
        post_webhook(&addr, "/telegram/hook", Some("wrong"), &update),
        401
    );
    assert!(
        fake.texts(1201).is_empty(),
        "an unauthenticated update was handled"
    );

    assert_eq!(
        post_webhook(&addr, "/telegram/hook", Some("s3cr3t-value"), &update),
        200
    );
    // Acknowledged only after the reply went out.
    assert_eq!(fake.texts(1201).len(), 1);
    assert!(fake.texts(1201)[0].contains("Datenschutzhinweis"));
    // A repeated delivery is applied once.
    assert_eq!(
        post_webhook(&addr, "/telegram/hook", Some("s3cr3t-value"), &update),
        200
    );
    assert_eq!(fake.texts(1201).len(), 1);
    assert!(
        fake.requests("getUpdates").is_empty(),
        "webhook mode must not poll"
    );
    let (status, metrics) = http_get(&addr, "/metrics");
    if shared {
        assert_eq!(status, 200);
        assert!(
            metrics.contains("mitreden_steps_total{platform=\"telegram\",kind=\"applied\"} 1"),
            "{metrics}"
        );
        assert_eq!(http_get(&addr, "/readyz").0, 200);
    } else {
        assert_eq!(status, 404, "the webhook alone serves no metrics");
    }
}

/// A webhook sharing the operator's listener cannot take one of its paths
/// (a POST to /metrics would never reach it and the bot would be deaf):
/// refused at start, saying why.
#[test]
fn a_shared_webhook_on_an_operator_path_is_refused() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let config = write_config(dir.path(), &fake);
    let mut text = std::fs::read_to_string(&config).unwrap();
    text.push_str(&format!(
        "webhook_url = \"https://bot.example.org/metrics\"\nlisten = \"127.0.0.1:{port}\"\n\n[server]\nlisten = \"127.0.0.1:{port}\"\n"
    ));
    std::fs::write(&config, text).unwrap();
    let bot = BotProcess::start_with(dir.path(), &config);
    let log = bot.log.clone();
    let status = bot.exit_within(Duration::from_secs(20));
    assert!(!status.success());
    let log = log.lock().unwrap().clone();
    assert!(log.contains("is taken by the operator's listener"), "{log}");
    assert!(fake.requests("setWebhook").is_empty());
}

/// A stop in webhook mode: the call in hand is finished (its held reply
/// goes out, then the 200 that confirms it), a new call is not taken, so
/// Telegram sends it again later, and the bot exits 0.
#[test]
fn sigterm_in_webhook_mode_finishes_the_call_in_hand_and_refuses_new_ones() {
    webhook_stop(false);
}

/// The same with the webhook on the operator's listener.
#[test]
fn sigterm_with_a_shared_webhook_finishes_the_call_in_hand() {
    webhook_stop(true);
}

fn webhook_stop(shared: bool) {
    let (fake, _dir, bot, addr) = start_webhook_bot(shared);
    let (anna, ben) = (1211, 1212);
    fake.inject_for("sendMessage", anna, Fault::RetryAfter(2));
    let update = fake.unqueued_text(anna, "/start");
    let call = {
        let addr = addr.clone();
        std::thread::spawn(move || {
            post_webhook(&addr, "/telegram/hook", Some("s3cr3t-value"), &update)
        })
    };
    fake.wait_until("Anna's reply held back", |f| {
        f.held_back("sendMessage", anna)
    });
    bot.sigterm();
    std::thread::sleep(Duration::from_millis(300));
    // A new call: the listener is closed (or, on a connection still open,
    // 503); either way Telegram sends it again later.
    let late = fake.unqueued_text(ben, "/start");
    let status = try_post_webhook(&addr, "/telegram/hook", Some("s3cr3t-value"), &late);
    assert!(matches!(status, None | Some(503)), "{status:?}");
    assert_eq!(call.join().unwrap(), 200);
    assert!(fake.texts(anna)[0].contains("Datenschutzhinweis"));
    assert!(fake.texts(ben).is_empty());
    let status = bot.exit_within(Duration::from_secs(8));
    assert!(status.success(), "{status:?}");
}

#[test]
fn mydata_sends_a_file_and_forget_leaves_no_trace() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let bot = start_bot(dir.path(), &fake);
    let user = 7350002;
    let mut c = Citizen::new(&fake, user);
    c.say("/start", "Datenschutzhinweis");
    c.press("Ja, einverstanden", "Frage 1 von 14");
    c.press("Aus der Verwaltung", "Frage 2 von 14");
    c.say("/idea", "Wie soll Ihre Idee heißen?");
    c.say("Offene Daten im Amt", "Beschreiben Sie Ihre Idee");
    c.say(
        "Alle Verwaltungsdaten maschinenlesbar veröffentlichen.",
        "Zu welchem Handlungsfeld",
    );
    c.press("Verwaltung einfach und digital", "Bitte prüfen");
    c.press("Absenden", "I-0001");
    // Taken back again, from the list of one's own ideas.
    c.say("/myideas", "Idee I-0001 „Offene Daten im Amt“: eingereicht");
    c.press("I-0001 zurückziehen", "I-0001 ist zurückgezogen");
    // someone else, who must stay
    let mut other = Citizen::new(&fake, 7350003);
    other.say("/start", "Datenschutzhinweis");
    other.press("Ja, einverstanden", "Frage 1 von 14");
    other.press("Anders", "Frage 2 von 14");

    let text = c.say("/mydata", "Das haben wir über Sie gespeichert");
    assert!(text.contains("Aus der Verwaltung"), "{text}");
    assert!(text.contains("Offene Daten im Amt"), "{text}");
    fake.wait_until("the data file", |f| !f.requests("sendDocument").is_empty());
    let file = &fake.requests("sendDocument")[0].body;
    assert_eq!(file["chat_id"], user);
    let data = &file["document"];
    let pseudonym = data["participant"]
        .as_str()
        .expect("participant in the file")
        .to_owned();
    assert_eq!(data["ideas"][0]["title"], "Offene Daten im Amt");
    assert_eq!(data["contact"]["chat"], user.to_string());
    assert!(!data.to_string().contains("7350003"));

    c.say("/forget", "Sollen wir alles löschen");
    c.press("Ja, alles löschen", "Alle Ihre Daten sind gelöscht");
    let log = bot.kill();
    assert!(
        !log.contains(&user.to_string()),
        "platform id in the log:\n{log}"
    );

    let data_dir = dir.path().join("data");
    let export = export_json(&data_dir);
    let exported = export.to_string();
    assert!(
        !exported.contains(&pseudonym) && !exported.contains("Offene Daten"),
        "{exported}"
    );
    assert_eq!(
        export["runs"].as_array().unwrap().len(),
        1,
        "the other citizen stays"
    );
    let store = bot_core::store::SledStore::open(&data_dir).unwrap();
    let dump = store.raw_dump().unwrap();
    let dump = String::from_utf8_lossy(&dump);
    for trace in [
        user.to_string(),
        pseudonym.clone(),
        "Offene Daten".to_owned(),
    ] {
        assert!(!dump.contains(&trace), "{trace} is still stored");
    }
    assert!(
        dump.contains("7350003"),
        "the other citizen's address must stay"
    );
}

/// The config of [`write_config`] with one Telegram admin.
fn admin_config(dir: &Path, fake: &FakeTelegram, admin: i64) -> PathBuf {
    let config = write_config(dir, fake);
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(&config, format!("{text}\n[admins]\ntelegram = [{admin}]\n")).unwrap();
    config
}

/// `mitreden run` with a `[telegram]` section pointing at the fake.
fn start_bot(dir: &Path, fake: &FakeTelegram) -> BotProcess {
    BotProcess::start_with(dir, &write_config(dir, fake))
}

#[test]
fn an_admin_sets_an_idea_status_and_the_submitter_hears_back() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let config = admin_config(dir.path(), &fake, 7350010);
    prepend_to(&config, "[privacy]\nexport_platforms = [\"telegram\"]\n");
    let _bot = BotProcess::start_with(dir.path(), &config);

    fake.set_language(7350011, "en");
    let mut citizen = Citizen::new(&fake, 7350011);
    citizen.say("/idea", "Privacy notice");
    citizen.press("Yes, I agree", "What should your idea be called?");
    citizen.say("Repair cafés <online>", "Describe your idea");
    citizen.say("Video help for devices.", "Which field of action");
    // The terms come with the first idea; the author keeps it internal.
    let confirm = citizen.press(
        "Having a say and working together",
        "Please check your idea",
    );
    assert!(
        confirm.contains("Terms of the idea competition"),
        "{confirm}"
    );
    citizen.press("for the ministry only", "I-0001");

    let mut stranger = Citizen::new(&fake, 7350012);
    stranger.say("/admin ideas", "Das dürfen nur Admins");
    stranger.say("/rate", "nur, wer zur Jury gehört");

    let mut admin = Citizen::new(&fake, 7350010);
    // The stranger joins the jury and rates with buttons.
    admin.say("/admin juror add 7350012", "gehört jetzt zur Jury");
    let first = stranger.say("/rate", "Kriterium 1 von 3");
    assert!(first.contains("Repair cafés &lt;online&gt;"), "{first}");
    stranger.press("5", "Kriterium 2 von 3");
    stranger.press("3", "Kriterium 3 von 3");
    stranger.press("4", "Anmerkung");
    stranger.press(
        "Ohne Anmerkung",
        "Gespeichert. I-0001 steht bei 81 von 100 Punkten",
    );

    let list = admin.say("/admin ideas new", "I-0001");
    assert!(list.contains("Repair cafés &lt;online&gt;"), "{list}");
    admin.say(
        "/admin idea I-0001 status accepted Wir laden Sie ein.",
        "Die einreichende Person wird benachrichtigt",
    );
    let news = citizen.next("News about your idea I-0001");
    assert!(news.contains("“accepted”. Wir laden Sie ein."), "{news}");
    let audit = admin.say("/admin audit 20", "admin-refused");
    assert!(
        audit.contains("telegram:7350010: admin – idea I-0001 status submitted -&gt; accepted"),
        "{audit}"
    );
    admin.say("/admin publish I-0001", "wird nicht veröffentlicht");
    admin.say(
        "/admin idea I-0001 note Kosten klären",
        "Notiz zu I-0001 gespeichert",
    );
    let mine = citizen.say(
        "/myideas",
        "The ministry's answer on I-0001: Wir laden Sie ein.",
    );
    assert!(!mine.contains("Kosten"), "{mine}");
    // Staff ask; the author answers in their chat; the answer comes back.
    admin.say(
        "/admin ask I-0001 Wo soll das <Café> stattfinden?",
        "ihre Antwort kommt hierher",
    );
    let question = citizen.next("A question from the ministry");
    assert!(
        question.contains("Wo soll das &lt;Café&gt; stattfinden?"),
        "{question}"
    );
    citizen.say(
        "Im Stadtteilzentrum.",
        "Your answer on I-0001 is with the team",
    );
    let answer = admin.next("Antwort zu I-0001");
    assert!(answer.contains("Im Stadtteilzentrum."), "{answer}");

    // The data as a file in the chat, while the bot runs: by default not
    // into Telegram, but this operator allowed it.
    admin.say("/admin export", "Die Daten als Datei");
    let to_admin = |f: &FakeTelegram| {
        f.requests("sendDocument")
            .into_iter()
            .find(|r| r.body["chat_id"] == 7350010)
    };
    fake.wait_until("the export file", |f| to_admin(f).is_some());
    let file = to_admin(&fake).expect("the export file");
    let csv = file.body["document"].as_str().expect("CSV text");
    assert!(csv.starts_with("\u{feff}record;consultation;"), "{csv}");
    assert!(csv.contains("Repair cafés <online>"), "{csv}");
    assert!(
        csv.contains("idea-history;lebensbildung-digital;telegram:7350010;I-0001;note;;"),
        "{csv}"
    );
    assert!(csv.contains("Kosten klären"), "{csv}");
    assert!(!csv.contains("7350011"), "a Telegram id in the export");
}

#[test]
fn admins_change_settings_close_reload_and_broadcast_from_telegram() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let config = admin_config(dir.path(), &fake, 7350020);
    prepend_to(&config, &own_definitions(dir.path()));
    let bot = BotProcess::start_with(dir.path(), &config);

    let mut anna = Citizen::new(&fake, 7350021);
    anna.say("/start", "Datenschutzhinweis");
    anna.press("Ja, einverstanden", "Frage 1 von 14");
    anna.press("Als Bürgerin oder Bürger", "Frage 2 von 14");
    // News only for who asks for them.
    anna.say("/follow", "Sie folgen");
    fake.set_language(7350022, "en");
    let mut bill = Citizen::new(&fake, 7350022);
    bill.say("/start", "Privacy notice");
    bill.press("Yes, I agree", "Question 1 of 14");
    bill.say("/follow", "You follow");
    let mut carl = Citizen::new(&fake, 7350023);
    carl.say("/start", "Datenschutzhinweis");
    carl.press("Nein", "ohne Ihre Einwilligung");
    let mut admin = Citizen::new(&fake, 7350020);

    // A stranger is refused, and the refusal is audited.
    carl.say(
        "/admin set digest.schedule every 1h",
        "Das dürfen nur Admins",
    );
    admin.say("/admin audit 1", "admin-refused");

    // The digest schedule: checked, changed at once, kept over a restart.
    admin.say(
        "/admin set digest.schedule now and then",
        "passt nicht zu digest.schedule",
    );
    admin.say(
        "/admin set digest.schedule every 1h",
        "digest.schedule ist jetzt „every 1h“.",
    );
    admin.say(
        "/admin settings",
        "digest.schedule = every 1h (im Chat gesetzt)",
    );

    // Closed: no more answers, with where the results will appear.
    admin.say(
        "/admin close lebensbildung-digital",
        "ist jetzt geschlossen",
    );
    let closed = anna.say("35", "ist geschlossen");
    assert!(
        closed.contains("https://www.lebensbildung-digital.nrw"),
        "{closed}"
    );
    admin.say("/admin open lebensbildung-digital", "ist jetzt offen");
    anna.say("/start", "Frage 2 von 14");
    anna.say("35", "Frage 3 von 14");

    // A broken file: the running set stays, the error names file and line.
    let good = break_consultation(dir.path());
    let refused = admin.say("/admin reload", "Neu laden abgelehnt");
    assert!(refused.contains("lebensbildung-digital.toml:"), "{refused}");
    assert!(refused.contains("singel"), "{refused}");
    anna.press("4", "Frage 4 von 14");
    std::fs::write(
        dir.path().join("consultations/lebensbildung-digital.toml"),
        good,
    )
    .unwrap();
    admin.say("/admin reload", "Neu geladen: 2 Konsultationen.");

    // A broadcast reaches Anna and Bill (consented), not Carl (refused).
    let carl_before = fake.texts(7350023).len();
    admin.say(
        "/admin broadcast lebensbildung-digital Ergebnisse <b>online</b>",
        "Die Mitteilung geht an 2 Personen",
    );
    let news = anna.next("Mitteilung zur Konsultation");
    assert!(
        news.contains("Ergebnisse &lt;b&gt;online&lt;/b&gt;"),
        "{news}"
    );
    bill.next("Announcement about the consultation");
    fake.wait_until("the final broadcast count", |f| {
        f.texts(7350020)
            .iter()
            .any(|t| t.contains("Mitteilung fertig: 2 zugestellt, 0 fehlgeschlagen."))
    });
    admin.received += 1;
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(fake.texts(7350023).len(), carl_before);

    // After a restart the changed setting is still in force.
    bot.kill();
    let _bot = BotProcess::start_with(dir.path(), &config);
    admin.say(
        "/admin settings",
        "digest.schedule = every 1h (im Chat gesetzt)",
    );
    admin.say(
        "/admin audit 3",
        "sent – broadcast lebensbildung-digital: delivered 2, failed 0",
    );
}

#[test]
fn a_broadcast_interrupted_by_sigkill_goes_on_after_the_restart() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let config = admin_config(dir.path(), &fake, 7350030);
    let bot = BotProcess::start_with(dir.path(), &config);
    let (anna_id, bill_id, carl_id) = (7350031, 7350032, 7350033);
    let mut anna = Citizen::new(&fake, anna_id);
    anna.say("/start", "Datenschutzhinweis");
    anna.press("Ja, einverstanden", "Frage 1 von 14");
    anna.say("/follow", "Sie folgen");
    let mut bill = Citizen::new(&fake, bill_id);
    bill.say("/start", "Datenschutzhinweis");
    bill.press("Ja, einverstanden", "Frage 1 von 14");
    bill.say("/follow", "Sie folgen");
    let mut carl = Citizen::new(&fake, carl_id);
    carl.say("/start", "Datenschutzhinweis");
    carl.press("Nein", "ohne Ihre Einwilligung");

    // The first recipient's chat stalls (Telegram says: retry in 20 s);
    // the bot is killed while it waits.
    for chat in [anna_id, bill_id] {
        fake.inject_for("sendMessage", chat, Fault::RetryAfter(20));
    }
    let mut admin = Citizen::new(&fake, 7350030);
    admin.say(
        "/admin broadcast lebensbildung-digital Die Ergebnisse sind online.",
        "Die Mitteilung geht an 2 Personen",
    );
    fake.wait_until("the first broadcast message, refused", |f| {
        f.requests("sendMessage").iter().any(|r| {
            r.faulted
                && r.body["text"]
                    .as_str()
                    .is_some_and(|t| t.contains("Mitteilung"))
        })
    });
    bot.kill();
    fake.clear_faults();

    // After the restart the broadcast goes on: everyone once, Carl never.
    let _bot = BotProcess::start_with(dir.path(), &config);
    anna.next("Mitteilung zur Konsultation");
    bill.next("Mitteilung zur Konsultation");
    fake.wait_until("the final broadcast count", |f| {
        f.texts(7350030)
            .iter()
            .any(|t| t.contains("Mitteilung fertig: 2 zugestellt, 0 fehlgeschlagen."))
    });
    std::thread::sleep(Duration::from_millis(500));
    for (chat, expected) in [(anna_id, 4), (bill_id, 4), (carl_id, 2)] {
        assert_eq!(fake.texts(chat).len(), expected, "{:#?}", fake.texts(chat));
    }
}

#[test]
fn citizens_browse_and_support_published_ideas_with_buttons() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let config = admin_config(dir.path(), &fake, 7350040);
    let _bot = BotProcess::start_with(dir.path(), &config);

    let mut anna = Citizen::new(&fake, 7350041);
    anna.say("/idea", "Datenschutzhinweis");
    anna.press("Ja, einverstanden", "Wie soll Ihre Idee heißen?");
    anna.say("Offene <Werkstatt>", "Beschreiben Sie");
    anna.say("Reparieren lernen.", "Zu welchem Handlungsfeld");
    anna.press("Mitreden und Zusammenarbeiten", "Bitte prüfen");
    anna.press("Absenden", "I-0001");
    let mut admin = Citizen::new(&fake, 7350040);
    admin.say("/admin publish I-0001", "ist jetzt öffentlich");
    anna.next("ist jetzt veröffentlicht");

    let mut bill = Citizen::new(&fake, 7350042);
    let page = bill.say("/ideas", "Veröffentlichte Ideen (Seite 1 von 1)");
    assert!(page.contains("Offene &lt;Werkstatt&gt;"), "{page}");
    bill.press("I-0001 unterstützen", "Datenschutzhinweis");
    bill.press("Ja, einverstanden", "Seite 1 von 1");
    let thanks = bill.press("I-0001 unterstützen", "Danke! Sie unterstützen I-0001");
    assert!(
        thanks.contains("1 Unterstützung, von Ihnen unterstützt"),
        "{thanks}"
    );
    admin.say("/admin ideas", "1 Unterstützung(en), öffentlich");
    bill.press(
        "I-0001 nicht mehr unterstützen",
        "Sie unterstützen I-0001 nicht mehr – jetzt 0 Unterstützungen.",
    );
    // A page is one message, its buttons under it.
    let before = fake.texts(7350042).len();
    bill.say("/ideas", "Seite 1 von 1");
    assert_eq!(fake.texts(7350042).len(), before + 1);

    // Much the same idea: the published one is offered; sent anyway, staff
    // merge it, and both authors hear of it.
    let mut carl = Citizen::new(&fake, 7350043);
    carl.say("/idea", "Datenschutzhinweis");
    carl.press("Ja, einverstanden", "Wie soll Ihre Idee heißen?");
    carl.say("Offene Werkstatt", "Beschreiben Sie");
    carl.say("Reparieren lernen im Viertel.", "Zu welchem Handlungsfeld");
    let confirm = carl.press("Mitreden und Zusammenarbeiten", "Bitte prüfen");
    assert!(
        confirm.contains("Eine ähnliche Idee gibt es schon: I-0001"),
        "{confirm}"
    );
    carl.press("Absenden – darf", "I-0002");
    admin.say(
        "/admin merge I-0002 I-0001",
        "I-0002 ist mit I-0001 zusammengeführt",
    );
    carl.next("wird mit der ähnlichen Idee I-0001");
    anna.next("Die ähnliche Idee I-0002");

    // Rejected: out of the public list.
    admin.say(
        "/admin idea I-0001 status rejected Leider nicht.",
        "ist jetzt „abgelehnt“",
    );
    anna.next("Leider nicht.");
    bill.say("/ideas", "Noch sind keine Ideen veröffentlicht");
}

#[test]
fn a_button_pressed_over_the_rate_limit_is_not_taken_and_keeps_its_keyboard() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &fake);
    prepend_to(&config, "[bot]\nrate_limit = 3\n");
    let _bot = BotProcess::start_with(dir.path(), &config);
    let mut c = Citizen::new(&fake, 7350050);
    c.say("/start", "Datenschutzhinweis");
    c.press("Ja, einverstanden", "Frage 1 von 14");
    c.press("Als Bürgerin oder Bürger", "Frage 2 von 14");
    let edits = |f: &FakeTelegram| {
        f.requests("editMessageText").len() + f.requests("editMessageReplyMarkup").len()
    };
    let before = edits(&fake);
    // The fourth event within a minute: a button that is not taken.
    c.press("Überspringen", "sehr viele Nachrichten");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        edits(&fake),
        before,
        "the keyboard of question 2 was changed"
    );
    assert_eq!(fake.texts(7350050).len(), c.received);
}

#[test]
fn one_busy_chat_does_not_hold_up_the_others() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &fake);
    // An operator's fixed pace for one private chat: one message a second.
    let paced = std::fs::read_to_string(&config).unwrap()
        + "chat_messages_per_second = 1\nchat_burst = 1\n";
    std::fs::write(&config, paced).unwrap();
    let _bot = BotProcess::start_with(dir.path(), &config);
    let busy = 7350401;
    fake.text(busy, "/start");
    for _ in 0..12 {
        fake.text(busy, "/help");
    }
    // The busy chat's replies are going out when the other citizen writes.
    fake.wait_message(busy, 2, "");
    let mut other = Citizen::new(&fake, 7350402);
    other.say("/start", "Datenschutzhinweis");
    let answered = |chat: i64, n: usize| {
        fake.requests("sendMessage")
            .into_iter()
            .filter(|r| !r.faulted && r.body["chat_id"].as_i64() == Some(chat))
            .nth(n - 1)
            .map(|r| r.at)
    };
    let other_at = answered(7350402, 1).expect("the other chat was answered");
    // The busy chat's replies go out one a second; the other chat's reply
    // did not wait behind them.
    fake.wait_message(busy, 6, "");
    let busy_sixth = answered(busy, 6).expect("six replies to the busy chat");
    assert!(
        other_at < busy_sixth,
        "the other chat waited behind the busy one"
    );
}

#[test]
fn results_tell_the_phase_and_follow_asks_consent_first() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let _bot = start_bot(dir.path(), &fake);
    let mut c = Citizen::new(&fake, 7350050);
    let r = c.say("/results", "Jetzt (seit 2026-01-01): Beteiligung");
    assert!(r.contains("Danach (ab 2029-07-01): Bewertung"), "{r}");
    assert!(r.contains("Ergebnisse gibt es noch nicht"), "{r}");
    c.say("/follow", "Datenschutzhinweis");
    c.press("Ja, einverstanden", "Sie folgen „lebensbildung.digital");
    c.say("/follow", "nicht mehr");
    let menu = fake.requests("setMyCommands");
    assert!(
        menu.iter()
            .any(|r| r.body.to_string().contains("\"results\"")),
        "{menu:#?}"
    );
}

#[test]
fn an_invited_expert_gets_the_expert_questions_and_the_public_does_not() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let config = admin_config(dir.path(), &fake, 7350060);
    let _bot = BotProcess::start_with(dir.path(), &config);
    let mut admin = Citizen::new(&fake, 7350060);
    admin.say(
        "/admin invite experts 1",
        "Ein Einladungscode für „experts“",
    );
    let to_admin = |f: &FakeTelegram| {
        f.requests("sendDocument")
            .into_iter()
            .find(|r| r.body["chat_id"] == 7350060)
    };
    fake.wait_until("the invitation file", |f| to_admin(f).is_some());
    let file = to_admin(&fake).expect("the invitation file");
    // A ZIP: the table of codes and links, and a QR code per code.
    let hex = file.body["document"]["hex"]
        .as_str()
        .expect("a binary file");
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP file");
    let mut csv = String::new();
    zip.by_name("invitations.csv")
        .unwrap()
        .read_to_string(&mut csv)
        .unwrap();
    let mut png = Vec::new();
    zip.by_name("qr/001.png")
        .unwrap()
        .read_to_end(&mut png)
        .unwrap();
    assert!(png.starts_with(b"\x89PNG"), "a PNG");
    let line = csv.lines().nth(1).expect("one code");
    let code = line.split(';').next().unwrap();
    assert!(
        line.contains(&format!("https://t.me/{BOT_USERNAME}?start={code}")),
        "{csv}"
    );

    // The deep link's /start, as Telegram sends it.
    let mut eva = Citizen::new(&fake, 7350061);
    eva.say(&format!("/start {code}"), "Sie sind persönlich eingeladen");
    eva.press("Ja, einverstanden", "Frage 1 von 16");
    let mut paul = Citizen::new(&fake, 7350062);
    paul.say("/start", "Datenschutzhinweis");
    paul.press("Ja, einverstanden", "Frage 1 von 14");
    // Used up: the next one is told the same as for any unknown code, and
    // so is a forged one.
    let mut tom = Citizen::new(&fake, 7350063);
    let used = tom.say(&format!("/start {code}"), "gibt es nicht");
    let forged = tom.say(&format!("/start {}", "5".repeat(32)), "gibt es nicht");
    // (The first contact's welcome aside.)
    let from_answer = |t: &str| t[t.find("Eine Konsultation").unwrap()..].to_owned();
    assert_eq!(
        from_answer(&used).replace(code, "X"),
        from_answer(&forged).replace(&"5".repeat(32), "X")
    );

    // The expert reviews a published idea; staff decide what is public.
    let mut ida = Citizen::new(&fake, 7350064);
    ida.say("/idea", "Datenschutzhinweis");
    ida.press("Ja, einverstanden", "Wie soll Ihre Idee heißen?");
    ida.say("Digitale Sprechstunde", "Beschreiben Sie");
    ida.say("Per Video ins Amt.", "Zu welchem Handlungsfeld");
    ida.press("Mitreden und Zusammenarbeiten", "Bitte prüfen");
    ida.press("Absenden – darf", "I-0001");
    tom.say("/review", "Einschätzungen geben eingeladene Fachleute");
    admin.say("/admin publish I-0001", "ist jetzt öffentlich");
    let first = eva.say("/review", "Kriterium 1 von 3");
    assert!(first.contains("Digitale Sprechstunde"), "{first}");
    eva.press("4", "Kriterium 2 von 3");
    eva.press("3", "Kriterium 3 von 3");
    eva.press("5", "Ihre Einschätzung in Worten");
    eva.say(
        "Gut für <ländliche> Regionen.",
        "Ihre Einschätzung zu I-0001 ist beim Team",
    );
    let staff_view = admin.say("/admin idea I-0001", "1. Einschätzung (experts");
    assert!(
        staff_view.contains("Gut für &lt;ländliche&gt; Regionen. (intern"),
        "{staff_view}"
    );
    admin.say("/admin review I-0001 1 on", "jetzt öffentlich");
    paul.say("/ideas", "Digitale Sprechstunde");
    paul.press(
        "Mehr zu I-0001",
        "Einschätzung aus der Fachwelt: Gut für &lt;ländliche&gt; Regionen.",
    );
}

#[test]
fn a_deep_link_with_an_event_tag_counts_the_run_for_that_event() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let bot = start_bot(dir.path(), &fake);
    let mut c = Citizen::new(&fake, 7350070);
    c.say(
        "/start lebensbildung-digital__workshop-1",
        "Datenschutzhinweis",
    );
    c.press("Ja, einverstanden", "Frage 1 von 14");
    drop(bot);
    let export = export_json(&dir.path().join("data"));
    assert_eq!(export["runs"][0]["source"], "workshop-1");
    assert_eq!(export["aggregates"][0]["sources"]["workshop-1"], 1);
}

#[test]
fn the_competition_runs_in_phases_from_submission_to_award() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let config = admin_config(dir.path(), &fake, 7350600);
    // The jury phase, which takes supports, begins while the test runs.
    let jury = chrono::Utc::now() + chrono::Duration::seconds(15);
    prepend_to(&config, &phased_definitions(dir.path(), jury));
    let _bot = BotProcess::start_with(dir.path(), &config);
    let mut admin = Citizen::new(&fake, 7350600);

    // Anna answers, follows the process and submits two ideas.
    let mut anna = Citizen::new(&fake, 7350601);
    answer_all(&mut anna);
    anna.say("/follow", "Sie folgen „lebensbildung.digital");
    let long = format!(
        "Reparieren lernen. {}Ende der Beschreibung.",
        "Mit Werkzeug. ".repeat(20)
    );
    anna.say("/idea", "Wie soll Ihre Idee heißen?");
    anna.say("Offene Werkstatt", "Beschreiben Sie");
    anna.say(&long, "Zu welchem Handlungsfeld");
    anna.press("Mitreden und Zusammenarbeiten", "Teilnahmebedingungen");
    anna.press("Absenden – darf", "I-0001");
    // She improves the title while nobody has looked at it yet.
    anna.say("/myideas", "I-0001 „Offene Werkstatt“: eingereicht");
    anna.press("I-0001 ändern", "Bitte prüfen Sie Ihre Idee");
    anna.press("Titel ändern", "Wie soll Ihre Idee heißen?");
    anna.say("Offene Reparaturwerkstatt", "Bitte prüfen Sie Ihre Idee");
    anna.press(
        "Absenden – darf",
        "Ihre Änderungen an I-0001 sind gespeichert.",
    );
    // And withdraws the second one.
    anna.say("/idea", "Wie soll Ihre Idee heißen?");
    anna.say("Zweite Idee", "Beschreiben Sie");
    anna.say("Doch nicht.", "Zu welchem Handlungsfeld");
    anna.press("Mitreden und Zusammenarbeiten", "Bitte prüfen");
    anna.press("Absenden – darf", "I-0002");
    anna.say("/myideas", "I-0002 „Zweite Idee“: eingereicht");
    anna.press("I-0002 zurückziehen", "I-0002 ist zurückgezogen");
    admin.say(
        "/admin publish I-0002",
        "zurückgezogen und wird nicht veröffentlicht",
    );
    admin.say("/admin publish I-0001", "ist jetzt öffentlich");
    anna.next("ist jetzt veröffentlicht");

    // Carl follows; Bill only looks: before the jury phase, a page has no
    // support buttons; "more" shows the whole description.
    let mut carl = Citizen::new(&fake, 7350603);
    carl.say("/follow", "Datenschutzhinweis");
    carl.press("Ja, einverstanden", "Sie folgen „lebensbildung.digital");
    let mut bill = Citizen::new(&fake, 7350602);
    let page = bill.say("/ideas", "Offene Reparaturwerkstatt");
    assert!(!page.contains("Ende der Beschreibung"), "{page}");
    let keyboard = fake.last_message(7350602).expect("the page")["reply_markup"].to_string();
    assert!(!keyboard.contains("unterstützen"), "{keyboard}");
    bill.press("Mehr zu I-0001", "Ende der Beschreibung.");
    assert!(
        chrono::Utc::now() < jury,
        "the test was too slow for its phases"
    );

    // The jury phase begins: followers hear of it, ideas are closed and
    // supports open.
    anna.next("jetzt beginnt: Bewertung");
    carl.next("jetzt beginnt: Bewertung");
    bill.say("/idea", "Zurzeit nimmt keine Konsultation Ideen entgegen.");
    bill.say("/ideas", "Offene Reparaturwerkstatt");
    bill.press("I-0001 unterstützen", "Datenschutzhinweis");
    bill.press("Ja, einverstanden", "Seite 1 von 1");
    bill.press("I-0001 unterstützen", "Danke! Sie unterstützen I-0001");

    // Staff release the figures of the chosen questions.
    admin.say("/admin results lebensbildung-digital on", "jetzt zu sehen");
    let results = bill.say("/results", "In Zahlen (1 Teilnehmende)");
    assert!(
        results.contains("Wie stark verändert die Digitalisierung Ihren Alltag? (1 Antwort)"),
        "{results}"
    );
    assert!(results.contains("· 4: 100 %"), "{results}");
    assert!(!results.contains("Wie alt"), "{results}");

    // The award: the author with the reason, the supporter with the news,
    // followers with the announcement, nobody else.
    let mut dana = Citizen::new(&fake, 7350604);
    dana.say("/help", "So funktioniert mitreden");
    admin.say(
        "/admin idea I-0001 status awarded Herzlichen Glückwunsch!",
        "ist jetzt „ausgezeichnet“",
    );
    let news = anna.next("Neuigkeiten zu Ihrer Idee I-0001");
    assert!(
        news.contains("„ausgezeichnet“. Herzlichen Glückwunsch!"),
        "{news}"
    );
    bill.next("Neuigkeiten zu einer Idee, die Sie unterstützen");
    carl.next("Ausgezeichnet: Die Idee I-0001 „Offene Reparaturwerkstatt“");
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        fake.texts(7350604).len(),
        dana.received,
        "dana follows nothing"
    );
    assert!(
        !fake
            .texts(7350602)
            .iter()
            .any(|t| t.contains("Ausgezeichnet:")),
        "bill does not follow"
    );
}

#[test]
fn a_refused_press_gets_a_toast_and_the_question_keeps_its_keyboard() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let _bot = start_bot(dir.path(), &fake);
    let mut c = Citizen::new(&fake, 7350070);
    c.say("/start", "Datenschutzhinweis");
    // Anything but yes or no: a short reminder, not the notice again.
    let reminder = c.say("Was heißt das?", "Bitte antworten Sie mit");
    assert!(!reminder.contains("Verantwortlich"), "{reminder}");
    c.press("Ja, einverstanden", "Frage 1 von 14");
    c.say("Bürger", "Frage 2 von 14");
    c.say("35", "Frage 3 von 14");
    c.say("sehr stark", "Frage 4 von 14");
    let changes = |f: &FakeTelegram| {
        f.requests("sendMessage").len()
            + f.requests("editMessageText").len()
            + f.requests("editMessageReplyMarkup").len()
    };
    let before = changes(&fake);
    fake.press(7350070, "Fertig");
    let toast = |f: &FakeTelegram| {
        f.requests("answerCallbackQuery")
            .into_iter()
            .find_map(|r| r.body["text"].as_str().map(str::to_owned))
    };
    fake.wait_until("a toast", |f| toast(f).is_some());
    assert_eq!(
        toast(&fake).as_deref(),
        Some("Bitte wählen Sie mindestens eine Antwort.")
    );
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        changes(&fake),
        before,
        "the question was changed or re-sent"
    );
    // The keyboard still works.
    c.toggle("In Kontakt bleiben");
    c.press("Fertig", "Frage 5 von 14");
}

#[test]
fn arabic_comes_from_the_platform_and_keeps_ids_in_order() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let _bot = start_bot(dir.path(), &fake);
    fake.set_language(7350080, "ar");
    let mut c = Citizen::new(&fake, 7350080);
    // The platform's language picks the locale on first contact.
    let first = c.say("/start keine-konsultation", "mitreden");
    assert!(first.contains('\u{0645}'), "not Arabic: {first}");
    // The echoed id is isolated, so it reads left to right inside Arabic.
    assert!(
        first.contains("\u{2068}keine-konsultation\u{2069}"),
        "{first:?}"
    );
    c.press("نعم، أوافق", "السؤال \u{2068}1\u{2069} من");
    c.press("بصفة مواطن أو مواطنة", "كم عمرك؟");
    // Digits typed on an Arabic keyboard answer a number question.
    c.say("٣٥", "السؤال \u{2068}3\u{2069} من");
}

/// Not a test but a measurement for BENCHMARKS.md (`cargo test --release
/// --test tests -- --ignored --nocapture telegram::measure`): an idle bot
/// with the default pacing, one citizen answering question after question;
/// the time from the update to the next question's message.
#[test]
#[ignore]
fn measure_reply_latency_of_an_idle_bot() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let _bot = start_bot(dir.path(), &fake);
    let mut samples = Vec::new();
    for id in 7351000..7351010 {
        let mut c = Citizen::new(&fake, id);
        c.say("/start", "Datenschutzhinweis");
        let steps: [(&str, &str, bool); 4] = [
            ("Ja, einverstanden", "Frage 1 von 14", true),
            ("Als Bürgerin oder Bürger", "Frage 2 von 14", true),
            ("35", "Frage 3 von 14", false),
            ("4", "Frage 4 von 14", true),
        ];
        for (input, next, button) in steps {
            // A person reads before answering: the bot is idle in between
            // (answering within milliseconds, 40 times in a row, would
            // measure the 30-a-second limit instead).
            std::thread::sleep(Duration::from_millis(300));
            let sent = std::time::Instant::now();
            if button {
                c.press(input, next);
            } else {
                c.say(input, next);
            }
            let at = fake
                .requests("sendMessage")
                .into_iter()
                .rfind(|r| r.body["chat_id"].as_i64() == Some(id))
                .expect("the next question")
                .at;
            samples.push(at.duration_since(sent));
        }
    }
    samples.sort();
    let pick = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    println!(
        "reply latency over {} answers: p50 {:?}, p95 {:?}, max {:?}",
        samples.len(),
        pick(0.5),
        pick(0.95),
        samples[samples.len() - 1]
    );
}

/// Operators keep the token out of the config: from a file named in it, or
/// from the file a `_FILE` variable names.
#[test]
fn the_token_comes_from_a_secret_file() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &fake);
    let text = std::fs::read_to_string(&config).unwrap().replace(
        &format!("token = \"{TOKEN}\""),
        "token_file = \"secrets/telegram\"",
    );
    std::fs::write(&config, text).unwrap();
    std::fs::create_dir_all(dir.path().join("secrets")).unwrap();
    std::fs::write(dir.path().join("secrets/telegram"), format!("{TOKEN}\n")).unwrap();
    let _bot = BotProcess::start_with(dir.path(), &config);
    Citizen::new(&fake, 7350090).say("/help", "So funktioniert mitreden");
}

/// systemd and Docker stop a service with SIGTERM: during a burst of
/// citizens, the bot exits 0 at once, and after the restart every citizen's
/// consent is there and every one of them got the first question.
#[test]
fn sigterm_during_a_burst_exits_cleanly_and_loses_nothing() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &fake);
    let bot = BotProcess::start_with(dir.path(), &config);
    let citizens: Vec<i64> = (7352000..7352030).collect();
    for id in &citizens {
        fake.text(*id, "/start");
    }
    for id in &citizens {
        fake.wait_message(*id, 1, "Datenschutzhinweis");
        fake.press(*id, "Ja, einverstanden");
    }
    // Some are answered, some not yet: stop now.
    fake.wait_until("a few answers", |f| {
        citizens
            .iter()
            .filter(|id| f.texts(**id).iter().any(|t| t.contains("Frage 1 von 14")))
            .count()
            >= 3
    });
    let status = bot.terminate();
    assert!(status.success(), "{status:?}");
    let _bot = BotProcess::start_with(dir.path(), &config);
    for id in &citizens {
        fake.wait_until("the first question", |f| {
            f.texts(*id).iter().any(|t| t.contains("Frage 1 von 14"))
        });
    }
    drop(_bot);
    let export = export_json(&dir.path().join("data"));
    assert_eq!(
        export["runs"].as_array().map(Vec::len),
        Some(citizens.len()),
        "every consent and run is stored"
    );
}

/// A stop finishes what is in hand: a reply Telegram holds back (429)
/// still goes out after SIGTERM, nothing new is taken meanwhile, the update
/// is confirmed, and the bot exits 0. A second signal ends a long drain at
/// once; what it cut short comes again after the restart.
#[test]
fn sigterm_answers_what_is_in_hand_and_a_second_signal_exits_at_once() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &fake);
    let bot = BotProcess::start_with(dir.path(), &config);
    let (anna, ben) = (7353001, 7353002);
    fake.inject_for("sendMessage", anna, Fault::RetryAfter(2));
    let update = fake.text(anna, "/start");
    fake.wait_until("Anna's reply held back", |f| {
        f.held_back("sendMessage", anna)
    });
    let asked = std::time::Instant::now();
    bot.sigterm();
    std::thread::sleep(Duration::from_millis(300));
    fake.text(ben, "/start");
    let status = bot.exit_within(Duration::from_secs(8));
    assert!(status.success(), "{status:?}");
    assert!(
        asked.elapsed() >= Duration::from_millis(1500),
        "the stop waited for the held reply"
    );
    fake.wait_message(anna, 1, "Datenschutzhinweis");
    assert!(
        fake.texts(ben).is_empty(),
        "nothing new is taken while stopping"
    );
    let confirmed = fake.requests("getUpdates").last().unwrap().body["offset"].as_i64();
    assert!(confirmed > update["update_id"].as_i64(), "{confirmed:?}");

    // Ben's message waited for the restart; a second signal cuts a long
    // drain short.
    let bot = BotProcess::start_with(dir.path(), &config);
    fake.wait_message(ben, 1, "Datenschutzhinweis");
    let clara = 7353003;
    fake.inject_for("sendMessage", clara, Fault::RetryAfter(30));
    fake.text(clara, "/start");
    fake.wait_until("Clara's reply held back", |f| {
        f.held_back("sendMessage", clara)
    });
    bot.sigterm();
    std::thread::sleep(Duration::from_millis(300));
    let asked = std::time::Instant::now();
    bot.sigterm();
    let status = bot.exit_within(Duration::from_secs(3));
    assert!(!status.success(), "{status:?}");
    assert!(asked.elapsed() < Duration::from_secs(2));
    assert!(fake.texts(clara).is_empty());
    let _bot = BotProcess::start_with(dir.path(), &config);
    fake.wait_message(clara, 1, "Datenschutzhinweis");
    assert_eq!(
        fake.texts(anna).len(),
        1,
        "Anna's update is not answered twice"
    );
}

/// A plain HTTP GET on loopback: status line and body.
fn http_get(addr: &str, path: &str) -> (u16, String) {
    use std::io::Write;
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let mut stream = loop {
        match std::net::TcpStream::connect(addr) {
            Ok(s) => break s,
            Err(_) if std::time::Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(50))
            }
            Err(e) => panic!("{addr}: {e}"),
        }
    };
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// What the operator's monitoring sees: health, readiness once Telegram is
/// reached, and counters that move with a conversation.
#[test]
fn metrics_and_health_follow_a_conversation() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &fake);
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    prepend_to(&config, &format!("[server]\nlisten = \"{addr}\"\n"));
    let _bot = BotProcess::start_with(dir.path(), &config);
    assert_eq!(http_get(&addr, "/healthz").0, 200);
    let ready = || http_get(&addr, "/readyz").0 == 200;
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !ready() {
        assert!(std::time::Instant::now() < deadline, "never ready");
        std::thread::sleep(Duration::from_millis(50));
    }
    let metric = |name: &str| {
        let (status, text) = http_get(&addr, "/metrics");
        assert_eq!(status, 200);
        bot_core::metrics::value_in(&text, name).unwrap_or(0.0)
    };
    let steps = "mitreden_steps_total{platform=\"telegram\",kind=\"applied\"}";
    let completions = "mitreden_completions_total{platform=\"telegram\"}";
    let updates = "mitreden_updates_total{platform=\"telegram\"}";
    let (before, completed_before) = (metric(steps), metric(completions));
    let mut c = Citizen::new(&fake, 7350095);
    c.say("/start", "Datenschutzhinweis");
    c.press("Ja, einverstanden", "Frage 1 von 14");
    assert!(metric(steps) >= before + 2.0);
    assert!(metric(updates) >= 2.0);
    assert_eq!(metric(completions), completed_before);
    c.press("Als Bürgerin oder Bürger", "Frage 2 von 14");
    c.say("35", "Frage 3 von 14");
    c.press("4", "Frage 4 von 14");
    answer_from_the_fourth(&mut c);
    assert_eq!(metric(completions), completed_before + 1.0);
    assert!(metric("mitreden_participants") >= 1.0);
    assert!(metric("mitreden_telegram_requests_total{method=\"sendMessage\"}") >= 2.0);
    assert!(metric("mitreden_step_seconds_count") >= 2.0);
    assert_eq!(metric("mitreden_platform_up{platform=\"telegram\"}"), 1.0);
}

/// Not a test but a measurement for BENCHMARKS.md (`cargo test --test tests
/// -- --ignored --nocapture telegram::measure_a_burst`): 5,000 citizens
/// send /start at once to a bot with the default limits. Every one is
/// answered, never faster than Telegram's limit for the whole bot; the
/// longest wait and the bot's peak memory are reported.
#[test]
#[ignore]
fn measure_a_burst_of_5000_starts() {
    let fake = FakeTelegram::start();
    let dir = tempfile::tempdir().unwrap();
    let bot = start_bot(dir.path(), &fake);
    let citizens: Vec<i64> = (7360000..7365000).collect();
    let start = std::time::Instant::now();
    for id in &citizens {
        fake.text(*id, "/start");
    }
    let sent = start.elapsed();
    let answered = |f: &FakeTelegram| {
        f.requests("sendMessage")
            .into_iter()
            .filter(|r| !r.faulted)
            .map(|r| r.at)
            .collect::<Vec<_>>()
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(600);
    while answered(&fake).len() < citizens.len() {
        assert!(
            std::time::Instant::now() < deadline,
            "not all answered in 10 min"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let mut times = answered(&fake);
    times.sort();
    let all = times[times.len() - 1].duration_since(start);
    // The most messages in any one second.
    let busiest = (0..times.len())
        .map(|i| {
            times[i..]
                .iter()
                .take_while(|t| t.duration_since(times[i]) < Duration::from_secs(1))
                .count()
        })
        .max()
        .unwrap_or(0);
    let peak = std::fs::read_to_string(format!("/proc/{}/status", bot.pid()))
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|v| v.parse::<u64>().ok())
            })
        })
        .unwrap_or(0);
    for id in &citizens {
        assert_eq!(fake.texts(*id).len(), 1, "chat {id}");
    }
    println!(
        "burst of {}: sent in {:.1} s; all answered after {:.1} s (longest wait); at most {busiest} messages in one second; bot peak RSS {} MiB",
        citizens.len(),
        sent.as_secs_f64(),
        all.as_secs_f64(),
        peak / 1024
    );
    // Telegram's "about 30 a second": 30 plus the small burst, plus the
    // jitter of timing requests on loopback (38 measured).
    assert!(busiest <= 40, "{busiest} messages in one second");
}
