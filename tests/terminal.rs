//! The terminal chat through the real binary: a scripted conversation, and
//! SIGKILL in the middle of one.

use crate::util::*;

/// A whole conversation: consent, every question, an idea.
const CONVERSATION: &[(&str, &str)] = &[
    ("1", "Frage 1 von 14"),
    ("2", "Frage 2 von 14"),
    ("35", "Frage 3 von 14"),
    ("5", "Frage 4 von 14"),
    ("2, 3", "Frage 5 von 14"),
    ("1,3,5", "Frage 6 von 14"),
    ("4", "Frage 7 von 14"),
    ("Training per App oder Video", "Frage 8 von 14"),
    ("1", "Frage 9 von 14"),
    ("Formulare online", "Frage 10 von 14"),
    ("ja", "Frage 11 von 14"),
    ("<script>alert(1)</script> & =SUM(A1)", "Frage 12 von 14"),
    ("Auf einer Website", "Frage 13 von 14"),
    ("2, 3, 1, 4, 5, 6", "Frage 14 von 14"),
    ("Weiter so!", "Möchten Sie außerdem"),
    ("ja", "Wie soll Ihre Idee heißen?"),
    ("Digitale Sprechstunde", "Beschreiben Sie Ihre Idee"),
    (
        "Einmal im Monat per Video mit dem Ministerium sprechen.",
        "Zu welchem Handlungsfeld",
    ),
    ("3", "Bitte prüfen Sie Ihre Idee"),
    ("1", "I-0001"),
];

fn expected_answers() -> Vec<(String, String)> {
    [
        ("rolle", "fachkraft"),
        ("alter", "35"),
        ("alltag", "5"),
        ("chancen", "informieren;lernen"),
        ("sorgen", "daten;kinder;stress"),
        ("lernen", "jugend"),
        ("kultur", "bewegung"),
        ("verwaltung", "1"),
        ("verbesserung", "Formulare online"),
        ("beteiligt", "yes"),
        ("erfahrung", "<script>alert(1)</script> & =SUM(A1)"),
        ("kanal", "plattform"),
        (
            "prioritaeten",
            "jugend;teilhabe;lernen;kultur;dienste;mitreden",
        ),
        ("anmerkungen", "Weiter so!"),
    ]
    .into_iter()
    .map(|(q, v)| (q.to_owned(), v.to_owned()))
    .collect()
}

#[test]
fn a_piped_conversation_ends_up_in_the_export() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let input: String = CONVERSATION
        .iter()
        .map(|(line, _)| format!("{line}\n"))
        .collect();
    let out = run_with_input(mitreden(&data), &input);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut rest: &str = &stdout;
    for (_, reply) in CONVERSATION {
        let i = rest
            .find(reply)
            .unwrap_or_else(|| panic!("{reply:?} missing, in order, from:\n{stdout}"));
        rest = &rest[i..];
    }

    let export = export_json(&data);
    assert_eq!(answer_values(&export), expected_answers());
    let runs = export["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    assert!(runs[0]["completed_at"].is_string());
    let idea = &export["ideas"][0];
    assert_eq!(idea["id"], "I-0001");
    assert_eq!(idea["title"], "Digitale Sprechstunde");
    assert_eq!(idea["field"], "partizipation");
    assert_eq!(idea["status"], "submitted");
    let pseudonym = runs[0]["participant"].as_str().unwrap();
    assert!(
        pseudonym.starts_with('p') && pseudonym.len() == 21,
        "{pseudonym}"
    );
    assert_eq!(idea["participant"], pseudonym);

    // CSV: same answers, formula defused, no platform identity anywhere.
    let csv = mitreden(&data)
        .args(["export", "--format", "csv"])
        .output()
        .unwrap();
    assert!(csv.status.success());
    let csv = String::from_utf8(csv.stdout).unwrap();
    assert!(
        csv.starts_with(
            "record,consultation,participant,item,value,status,time,title,description\n"
        ),
        "{csv}"
    );
    assert!(
        csv.contains(",erfahrung,<script>alert(1)</script> & =SUM(A1),answered,"),
        "{csv}"
    );
    assert!(csv.contains("idea,lebensbildung-digital,"), "{csv}");
    let rows = csv
        .lines()
        .filter(|l| !l.starts_with("aggregate,") && !l.starts_with("aggregate-group,"))
        .count();
    assert_eq!(rows, 1 + 1 + 14 + 1);
    // Aggregates: the one answer to "rolle" is 100 % "fachkraft".
    assert!(
        csv.contains("aggregate,lebensbildung-digital,,rolle,fachkraft,1,,100,\n"),
        "{csv}"
    );
    assert!(
        csv.contains("aggregate,lebensbildung-digital,,alter,mean,35,,,\n"),
        "{csv}"
    );
    let rolle = &export["aggregates"][0]["questions"][0];
    assert_eq!(rolle["answered"], 1);
    assert_eq!(export["aggregates"][0]["total"]["completed"], 1);

    // --excel starts with a byte order mark and uses `;`; --since filters rows.
    let excel = mitreden(&data)
        .args(["export", "--format", "csv", "--excel"])
        .output()
        .unwrap();
    assert!(excel
        .stdout
        .starts_with("\u{feff}record;consultation;".as_bytes()));
    let later = mitreden(&data)
        .args(["export", "--since", "2099-01-01"])
        .output()
        .unwrap();
    let later: serde_json::Value = serde_json::from_slice(&later.stdout).unwrap();
    assert!(
        later["answers"].as_array().unwrap().is_empty()
            && later["ideas"].as_array().unwrap().is_empty()
    );
    let bad = mitreden(&data)
        .args(["export", "--since", "last tuesday"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("is not a date like 2026-11-01"));
    for text in [&csv, &export.to_string()] {
        assert!(
            !text.contains("local"),
            "the terminal user name leaked:\n{text}"
        );
    }
}

#[test]
fn sigkill_mid_conversation_loses_no_acknowledged_answer() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut chat = Chat::start(&data);
    chat.expect("[2] Nein");
    // Answer half the questions, each acknowledged before the next.
    for (line, reply) in &CONVERSATION[..6] {
        chat.ask(line, reply);
    }
    // Let the next answer be acknowledged, then kill at once.
    chat.ask(CONVERSATION[6].0, CONVERSATION[6].1);
    chat.kill();

    let mut chat = Chat::start(&data);
    let resumed = chat.expect("Welche digitalen Angebote wünschen Sie sich in Kultur und Sport?");
    assert!(resumed.contains("Willkommen zurück!"), "{resumed}");
    assert!(resumed.contains("Frage 7 von 14"), "{resumed}");
    for (line, reply) in &CONVERSATION[7..] {
        chat.ask(line, reply);
    }
    chat.finish();

    let export = export_json(&data);
    assert_eq!(answer_values(&export), expected_answers());
    assert_eq!(export["ideas"].as_array().unwrap().len(), 1);
}

#[test]
fn sigkill_during_a_burst_keeps_every_acknowledged_step() {
    // Send many lines without waiting, kill after some replies arrived:
    // everything acknowledged must be there after a restart.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let mut chat = Chat::start(&data);
    chat.expect("[2] Nein");
    for (line, _) in &CONVERSATION[..10] {
        chat.send(line);
    }
    chat.expect("Frage 3 von 14");
    let printed = chat.kill();
    // "Frage k von 14" acknowledges the answer to question k - 1.
    let acknowledged = (1..=14)
        .filter(|k| printed.contains(&format!("Frage {k} von 14")))
        .max()
        .unwrap_or(1)
        - 1;
    assert!(acknowledged >= 2, "{printed}");

    let export = export_json(&data);
    let answers = answer_values(&export);
    // Every acknowledged answer is there, in order, and nothing is invented.
    assert!(
        answers.len() >= acknowledged,
        "{acknowledged} acknowledged, stored: {answers:?}"
    );
    assert_eq!(answers[..], expected_answers()[..answers.len()]);
}

#[test]
fn mydata_and_forget_in_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let input = "1\n2\n/mydata\n/forget\n1\n";
    let out = run_with_input(mitreden(&data), input);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("– In welcher Rolle nehmen Sie teil?")
            && stdout.contains(" → Als Fachkraft"),
        "{stdout}"
    );
    assert!(stdout.contains("Datei mitreden-p"), "{stdout}");
    assert!(
        stdout.contains("\"answer_text\": \"Als Fachkraft"),
        "{stdout}"
    );
    assert!(stdout.contains("Alle Ihre Daten sind gelöscht"), "{stdout}");
    let export = export_json(&data);
    assert!(export["runs"].as_array().unwrap().is_empty(), "{export}");
    assert!(export["answers"].as_array().unwrap().is_empty(), "{export}");
}

/// The example consultation in every shipped language, through the
/// terminal chat with the language from `LANG`: the same typed answers
/// (numbers work everywhere) give the same stored answers, and the texts
/// are that language's.
#[test]
fn the_example_consultation_walks_through_in_every_language() {
    let input = "1\n1\n35\n4\n1, 2\n1\n1\n1\n5\n2\n1\n1, 2, 3, 4, 5, 6\nDanke\n2\n";
    let expected: Vec<(String, String)> = [
        ("rolle", "buerger"),
        ("alter", "35"),
        ("alltag", "4"),
        ("chancen", "kontakt;informieren"),
        ("sorgen", "daten"),
        ("lernen", "vhs"),
        ("kultur", "museen"),
        ("verwaltung", "5"),
        ("beteiligt", "no"),
        ("kanal", "messenger"),
        (
            "prioritaeten",
            "lernen;jugend;teilhabe;kultur;dienste;mitreden",
        ),
        ("anmerkungen", "Danke"),
    ]
    .into_iter()
    .map(|(q, v)| (q.to_owned(), v.to_owned()))
    .collect();
    let locales = root().join("locales");
    let mut languages: Vec<String> = std::fs::read_dir(&locales)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    languages.sort();
    assert_eq!(languages.len(), 8, "{languages:?}");
    for lang in languages {
        // The consultation's title and last question in this language, as
        // its file has them.
        let file = std::fs::read_to_string(
            locales
                .join(&lang)
                .join("consultation-lebensbildung-digital.ftl"),
        )
        .unwrap();
        let message = |id: &str| {
            file.lines()
                .find_map(|l| l.strip_prefix(&format!("{id} = ")))
                .unwrap_or_else(|| panic!("{lang}: no {id}"))
                .to_owned()
        };
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let mut cmd = mitreden(&data);
        cmd.env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", format!("{lang}.UTF-8"));
        let out = run_with_input(cmd, input);
        assert!(out.status.success(), "{lang}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let plain: String = stdout
            .chars()
            .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
            .collect();
        for id in [
            "lebensbildung-digital-title",
            "lebensbildung-digital-q-anmerkungen",
        ] {
            assert!(
                plain.contains(&message(id)),
                "{lang}: {id} missing in\n{stdout}"
            );
        }
        assert_eq!(answer_values(&export_json(&data)), expected, "{lang}");
    }
}

/// A citizen who tries `/admin` is told plainly, not threatened, and no
/// warning from the log lands in the conversation.
#[test]
fn a_citizens_admin_attempt_gets_a_plain_answer_and_no_log_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_with_input(mitreden(&dir.path().join("data")), "1\n/admin ideas\n");
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.contains("Das dürfen nur Admins. Mit /help sehen Sie"),
        "{stdout}"
    );
    assert!(!stdout.contains("protokolliert"), "{stdout}");
    assert!(
        !stderr.contains("WARN") && !stdout.contains("WARN"),
        "{stderr}"
    );
}
