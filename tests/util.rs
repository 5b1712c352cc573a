//! Running the real binary: a child process whose output is collected in
//! the background, so tests can wait for a reply before sending more.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// The repository root: default paths (consultations/, locales/) resolve here.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A `mitreden` command with a private data directory and a clean environment.
pub fn mitreden(data_dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mitreden"));
    cmd.current_dir(root())
        .env("MITREDEN_DATA_DIR", data_dir)
        .env_remove("MITREDEN_PSEUDONYM_KEY")
        .env_remove("RUST_LOG")
        .env("LANG", "de_DE.UTF-8");
    cmd
}

/// Runs a command that must fail cleanly (no panic); returns its stderr.
pub fn fails(cmd: &mut Command) -> String {
    let out = cmd.stdin(Stdio::null()).output().expect("run mitreden");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !out.status.success(),
        "should have failed; stderr:\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// Runs a command to its end with `input` on stdin.
pub fn run_with_input(mut cmd: Command, input: &str) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start mitreden");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait for mitreden")
}

/// Collects what a child writes to a pipe, in the background.
fn collect(mut pipe: impl Read + Send + 'static) -> Arc<Mutex<String>> {
    let text = Arc::new(Mutex::new(String::new()));
    let sink = text.clone();
    thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = pipe.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    text
}

/// A running chat: write lines, wait for text to appear on stdout.
pub struct Chat {
    child: Child,
    stdin: Option<ChildStdin>,
    output: Arc<Mutex<String>>,
    /// Output up to here has been consumed by `expect`.
    seen: usize,
}

impl Chat {
    /// Starts `mitreden chat`.
    pub fn start(data_dir: &Path) -> Chat {
        let mut child = mitreden(data_dir)
            .arg("chat")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start mitreden chat");
        let stdin = child.stdin.take();
        let output = collect(child.stdout.take().expect("stdout"));
        Chat {
            child,
            stdin,
            output,
            seen: 0,
        }
    }

    /// Sends one line.
    pub fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        writeln!(stdin, "{line}").expect("write line");
        stdin.flush().expect("flush");
    }

    /// Waits until `part` appears in output not yet consumed, and consumes
    /// up to it. Returns the consumed text.
    pub fn expect(&mut self, part: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            {
                let out = self.output.lock().unwrap();
                if let Some(i) = out[self.seen..].find(part) {
                    let end = self.seen + i + part.len();
                    let text = out[self.seen..end].to_owned();
                    self.seen = end;
                    return text;
                }
                if Instant::now() > deadline {
                    panic!(
                        "timed out waiting for {part:?}; output since last match:\n{}",
                        &out[self.seen..]
                    );
                }
            }
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// Sends a line and waits for `part` in the reply.
    pub fn ask(&mut self, line: &str, part: &str) -> String {
        self.send(line);
        self.expect(part)
    }

    /// SIGKILL: no chance to flush or clean up. Returns all it printed.
    pub fn kill(mut self) -> String {
        self.child.kill().expect("kill");
        self.child.wait().expect("reap");
        // The reader thread drains what was written before the kill.
        thread::sleep(Duration::from_millis(100));
        let out = self.output.lock().unwrap().clone();
        out
    }

    /// Closes stdin and waits for a clean exit.
    pub fn finish(mut self) {
        drop(self.stdin.take());
        let status = self.child.wait().expect("wait");
        assert!(status.success(), "mitreden chat exited with {status}");
    }
}

/// `mitreden export --format json` as a JSON value.
pub fn export_json(data_dir: &Path) -> serde_json::Value {
    let out = mitreden(data_dir)
        .args(["export", "--format", "json"])
        .output()
        .expect("run export");
    assert!(
        out.status.success(),
        "export failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("export is JSON")
}

/// The answers of the export as (question, value) pairs in order.
pub fn answer_values(export: &serde_json::Value) -> Vec<(String, String)> {
    export["answers"]
        .as_array()
        .expect("answers")
        .iter()
        .map(|a| {
            (
                a["question"].as_str().unwrap_or("").to_owned(),
                a["value"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

/// `mitreden run --config …` in the background, its log collected.
pub struct BotProcess {
    child: Child,
    /// What the bot logged (stderr).
    pub log: Arc<Mutex<String>>,
}

impl BotProcess {
    /// Starts `mitreden run` with the config file; `env` adds variables.
    pub fn start_with_env(dir: &Path, config: &Path, env: &[(&str, &str)]) -> BotProcess {
        let mut cmd = mitreden(&dir.join("data"));
        cmd.args(["--config", config.to_str().expect("utf-8 path"), "run"])
            .env_remove("MITREDEN_TELEGRAM_TOKEN")
            .env_remove("MITREDEN_TELEGRAM_TOKEN_FILE")
            .env_remove("MITREDEN_MATRIX_PASSWORD")
            .env_remove("MITREDEN_MATRIX_PASSWORD_FILE")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start mitreden run");
        let log = collect(child.stderr.take().expect("stderr"));
        BotProcess { child, log }
    }

    /// The process id (for reading its memory in measurements).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Starts `mitreden run` with the config file.
    pub fn start_with(dir: &Path, config: &Path) -> BotProcess {
        BotProcess::start_with_env(dir, config, &[])
    }

    /// SIGKILL, then wait until the process is gone; returns the log,
    /// checked for platform ids (see [`no_platform_ids`]).
    pub fn kill(mut self) -> String {
        self.stop();
        let log = self.log.lock().unwrap().clone();
        no_platform_ids(&log);
        log
    }

    /// SIGTERM, as systemd or Docker stop a service; the exit status once
    /// the process has ended (within 15 s).
    pub fn terminate(self) -> std::process::ExitStatus {
        self.sigterm();
        self.exit_within(Duration::from_secs(15))
    }

    /// Sends SIGTERM and returns at once.
    pub fn sigterm(&self) {
        let pid = libc::pid_t::try_from(self.child.id()).expect("a pid");
        // SAFETY: kill(2) with a pid this test started and still owns.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    }

    /// The exit status, once the process has ended; fails after `limit`.
    pub fn exit_within(mut self, limit: Duration) -> std::process::ExitStatus {
        let deadline = Instant::now() + limit;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            assert!(Instant::now() < deadline, "no exit within {limit:?}");
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        thread::sleep(Duration::from_millis(50));
    }
}

impl Drop for BotProcess {
    /// Every bot process of every end-to-end test has its log checked.
    fn drop(&mut self) {
        self.stop();
        if !thread::panicking() {
            no_platform_ids(&self.log.lock().unwrap());
        }
    }
}

/// Fails if a log at the default level holds something that looks like a
/// platform id: a Matrix user (`@name:server`) or room (`!opaque`) id, or a
/// Telegram user or chat id (the tests' are 7 digits or more).
pub fn no_platform_ids(log: &str) {
    for line in log.lines() {
        let chars: Vec<char> = line.chars().collect();
        let run = |from: usize, ok: &dyn Fn(char) -> bool| {
            chars[from..].iter().take_while(|c| ok(**c)).count()
        };
        for (i, c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|b| chars[b]);
            let starts = before.is_none_or(|b| !b.is_alphanumeric());
            let found = match c {
                '@' if starts => {
                    let name = run(i + 1, &|c| c.is_ascii_alphanumeric() || "._=-/".contains(c));
                    name > 0 && chars.get(i + 1 + name) == Some(&':')
                }
                '!' if starts => run(i + 1, &|c| c.is_ascii_alphanumeric()) >= 10,
                c if c.is_ascii_digit()
                    && before.is_none_or(|b| !b.is_ascii_alphanumeric() && b != '.') =>
                {
                    let digits = run(i, &|c| c.is_ascii_digit());
                    digits >= 7
                        && chars
                            .get(i + digits)
                            .is_none_or(|c| !c.is_alphanumeric() && *c != '.')
                }
                _ => false,
            };
            assert!(
                !found,
                "a platform id in the log at the default level:\n{line}"
            );
        }
    }
}

/// Puts config sections before those a config file already has (a
/// top-level section such as `[bot]` must not land inside another).
pub fn prepend_to(config: &Path, sections: &str) {
    let text = std::fs::read_to_string(config).expect("read config");
    std::fs::write(config, format!("{sections}{text}")).expect("write config");
}

/// Copies the consultations and locales into `dir`, so that a test can
/// break and fix them; returns the `[bot]` section that points there.
pub fn own_definitions(dir: &Path) -> String {
    let copy = |from: &Path, to: &Path| {
        for entry in std::fs::read_dir(from).expect("read definitions") {
            let path = entry.expect("entry").path();
            if path.is_file() {
                std::fs::create_dir_all(to).expect("mkdir");
                std::fs::copy(&path, to.join(path.file_name().expect("name"))).expect("copy");
            }
        }
    };
    let (defs, locs) = (dir.join("consultations"), dir.join("locales"));
    copy(&root().join("consultations"), &defs);
    for lang in ["de", "en"] {
        copy(&root().join("locales").join(lang), &locs.join(lang));
    }
    format!(
        "[bot]\nconsultations_dir = \"{}\"\nlocales_dir = \"{}\"\n",
        defs.display(),
        locs.display()
    )
}

/// Breaks the example consultation file (an unknown question type in its
/// first question); returns the good text to put back.
pub fn break_consultation(dir: &Path) -> String {
    let file = dir.join("consultations/lebensbildung-digital.toml");
    let good = std::fs::read_to_string(&file).expect("read consultation");
    let bad = good.replacen("type = \"single\"", "type = \"singel\"", 1);
    assert_ne!(good, bad);
    std::fs::write(&file, bad).expect("write consultation");
    good
}

/// Like [`own_definitions`], with the example consultation's process moved
/// to now: its first phase takes answers and ideas but no supports, and the
/// jury phase (supports, rating, results) begins at `jury`.
pub fn phased_definitions(dir: &Path, jury: chrono::DateTime<chrono::Utc>) -> String {
    let sections = own_definitions(dir);
    let file = dir.join("consultations/lebensbildung-digital.toml");
    let text = std::fs::read_to_string(&file).expect("read consultation");
    let phased = text
        .replacen(
            "open = [\"answers\", \"ideas\", \"supports\", \"rating\"]",
            "open = [\"answers\", \"ideas\", \"rating\"]",
            1,
        )
        .replacen(
            "starts = 2029-07-01\nopen = [\"supports\", \"rating\"]",
            &format!(
                "starts = {}\nopen = [\"supports\", \"rating\", \"results\"]",
                jury.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
            ),
            1,
        );
    assert_eq!(phased.matches("\"results\"]").count(), 2, "{phased}");
    std::fs::write(&file, phased).expect("write consultation");
    sections
}
