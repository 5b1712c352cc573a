//! The command line: `check`, bad configuration and consultation files.

use std::fs;
use std::path::{Path, PathBuf};

use crate::util::*;

/// A config whose consultations directory holds just `file` with `body`.
fn with_consultation(dir: &Path, file: &str, body: &str) -> PathBuf {
    let consultations = dir.join("consultations");
    fs::create_dir(&consultations).unwrap();
    fs::write(consultations.join(file), body).unwrap();
    let config = dir.join("config.toml");
    let line = format!(
        "[bot]\nconsultations_dir = {:?}\n",
        consultations.display().to_string()
    );
    fs::write(&config, line).unwrap();
    config
}

#[test]
fn check_accepts_the_shipped_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = mitreden(dir.path()).arg("check").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("ok: 2 consultation(s), languages: de, de-simple, ar, en, pl, ru, tr, uk"),
        "{stdout}"
    );
    assert!(
        !dir.path().join("db").exists(),
        "check must not create a store"
    );
}

#[test]
fn a_broken_consultation_is_refused_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let config = with_consultation(
        dir.path(),
        "kaputt.toml",
        "id = \"kaputt\"\n\n[[question]]\nid = \"a\"\ntype = \"dropdown\"\n",
    );
    for args in [&["check"][..], &["chat"][..]] {
        let stderr = fails(
            mitreden(&dir.path().join("data"))
                .args(["--config", config.to_str().unwrap()])
                .args(args),
        );
        assert!(
            stderr.contains("kaputt.toml:5: unknown question type 'dropdown'"),
            "{stderr}"
        );
    }
}

#[test]
fn a_missing_translation_is_refused_naming_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let config = with_consultation(
        dir.path(),
        "neu.toml",
        "id = \"neu\"\n[[question]]\nid = \"frage\"\ntype = \"yesno\"\n",
    );
    let stderr = fails(mitreden(dir.path()).args(["--config", config.to_str().unwrap(), "check"]));
    assert!(
        stderr.contains("neu.toml:3: no translation for 'neu-q-frage'"),
        "{stderr}"
    );
}

#[test]
fn a_bad_config_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    fs::write(
        &config,
        "[bot]\ndefault_language = \"de\"\ndata_dri = \"x\"\n",
    )
    .unwrap();
    let stderr = fails(mitreden(dir.path()).args(["--config", config.to_str().unwrap(), "check"]));
    assert!(
        stderr.contains("config.toml:3: unknown field `data_dri`"),
        "{stderr}"
    );
}

#[test]
fn run_without_an_enabled_adapter_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let stderr = fails(mitreden(dir.path()).arg("run"));
    assert!(stderr.contains("no adapter is enabled"), "{stderr}");
}

#[test]
fn run_with_a_terminal_section_chats_in_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    fs::write(&config, "[terminal]\nuser = \"erika\"\n").unwrap();
    let mut cmd = mitreden(&dir.path().join("data"));
    cmd.args(["--config", config.to_str().unwrap(), "run"]);
    let out = run_with_input(cmd, "/language en\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Datenschutzhinweis"), "{stdout}");
    assert!(stdout.contains("The language is now English."), "{stdout}");
    assert!(stdout.contains("Privacy notice"), "{stdout}");
}

#[test]
fn the_example_config_without_a_token_says_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let stderr = fails(
        mitreden(dir.path())
            .args(["--config", "config.example.toml", "run"])
            .env_remove("MITREDEN_TELEGRAM_TOKEN"),
    );
    assert!(stderr.contains("no Telegram bot token"), "{stderr}");
    assert!(stderr.contains("MITREDEN_TELEGRAM_TOKEN"), "{stderr}");
}

#[test]
fn a_second_process_on_the_same_data_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let mut chat = Chat::start(dir.path());
    chat.expect("[2] Nein");
    let stderr = fails(mitreden(dir.path()).args(["export", "--format", "json"]));
    assert!(
        stderr.contains("is another mitreden running with this data directory?"),
        "{stderr}"
    );
    chat.finish();
}

/// A log collector gets one JSON object per line, with level and message.
#[test]
fn json_logs_are_one_object_per_line() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    fs::write(&config, "[terminal]\nuser = \"erika\"\n").unwrap();
    let mut cmd = mitreden(&dir.path().join("data"));
    cmd.args([
        "--config",
        config.to_str().unwrap(),
        "--log-format",
        "json",
        "run",
    ]);
    let out = run_with_input(cmd, "/help\n");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<serde_json::Value> = stderr
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    assert!(
        lines.iter().any(|l| l["level"] == "INFO"
            && l["fields"]["message"]
                .as_str()
                .is_some_and(|m| m.contains("terminal chat"))),
        "{stderr}"
    );
}

/// A backup taken while the bot runs (through its control socket), restored
/// into an empty data directory, exports exactly what the bot had; a
/// restore over existing data is refused.
#[test]
fn backup_while_running_and_restore_give_the_same_export() {
    let dir = tempfile::tempdir().unwrap();
    let (data, copy) = (dir.path().join("data"), dir.path().join("copy"));
    let archive = dir.path().join("mitreden-backup.zip");
    let mut chat = Chat::start(&data);
    chat.ask("1", "Frage 1 von 14");
    chat.ask("2", "Frage 2 von 14");
    chat.ask("35", "Frage 3 von 14");
    let out = mitreden(&data)
        .args(["backup", archive.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("backup written"));
    chat.finish();

    let restore = |target: &Path| {
        mitreden(target)
            .args(["restore", archive.to_str().unwrap()])
            .output()
            .unwrap()
    };
    assert!(restore(&copy).status.success());
    let strip = |mut e: serde_json::Value| {
        e.as_object_mut().unwrap().remove("generated_at");
        e
    };
    let (original, restored) = (strip(export_json(&data)), strip(export_json(&copy)));
    assert_eq!(original, restored);
    assert_eq!(answer_values(&restored).len(), 2, "{restored}");
    let refused = restore(&data);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("only into an empty data directory"),
        "{}",
        String::from_utf8_lossy(&refused.stderr)
    );
}
