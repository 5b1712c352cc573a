//! A property test of the engine: random sequences of commands, buttons
//! (valid, stale and forged), texts and redeliveries from several
//! participants and an admin. Whatever they send: no panic, no failed step,
//! every stored record decodes, dialogue states stay one overlay deep and
//! records stay small.
//!
//! `MITREDEN_FUZZ_STEPS` sets the number of steps (CI runs the default;
//! BENCHMARKS.md records a run of 100 000), `MITREDEN_FUZZ_SEED` the seed.

use super::*;

/// A small deterministic generator (SplitMix64): the same seed gives the
/// same sequence, so a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const COMMANDS: &[&str] = &[
    "/start",
    "/start lebensbildung-digital",
    "/start nichtda",
    "/help",
    "/language",
    "/language en",
    "/language de",
    "/language xx",
    "/forget",
    "/vergessen",
    "/ideas",
    "/idea",
    "/myideas",
    "/mydata",
    "/privacy",
    "/consultations",
    "/cancel",
    "/back",
    "/skip",
    "/restart",
    "/unbekannt",
    "/admin ideas",
    "/start@Bot",
    "!help",
];

const TEXTS: &[&str] = &[
    "1",
    "2",
    "3",
    "4",
    "5",
    "9",
    "0",
    "-1",
    "40",
    "120",
    "121",
    "40,5",
    "1, 3",
    "1 4",
    "2,2,2",
    "ja",
    "nein",
    "Ja",
    "yes",
    "Fertig",
    "Bürger",
    "sehr stark",
    "Partizipation",
    "",
    "   ",
    "\u{202E}\u{200B}",
    "@room",
    "<b>fett</b>",
    "Zeile 1\nZeile 2",
    "🙂",
    "مرحبا",
    "x",
];

const ADMIN: &[&str] = &[
    "/admin ideas all",
    "/admin publish I-0001",
    "/admin publish I-0002",
    "/admin unpublish I-0001",
    "/admin idea I-0001 status review",
    "/admin idea I-0002 status rejected Leider nicht.",
    "/admin idea I-0003 status accepted",
    "/admin set ideas off",
    "/admin set ideas on",
    "/admin close lebensbildung-digital",
    "/admin open lebensbildung-digital",
    "/admin audit 5",
    "/admin consultations",
];

/// What one random step sends.
fn input(rng: &mut Rng, last: Option<&Reply>, old: &[String]) -> Input {
    match rng.below(20) {
        0..=5 => Input::Text((*rng.pick(COMMANDS)).to_owned()),
        6..=10 => match last.filter(|r| !r.choices.is_empty()) {
            Some(r) => Input::Choice(rng.pick(&r.choices).id.clone()),
            None => Input::Text((*rng.pick(TEXTS)).to_owned()),
        },
        11 if !old.is_empty() => Input::Choice(rng.pick(old).clone()),
        12 => Input::Choice(
            (*rng.pick(&[
                "",
                "0.done",
                "999999.o:x",
                "1.l:xx",
                "x.y.z",
                "4294967295.send",
                "7.=",
            ]))
            .to_owned(),
        ),
        13 => Input::Text("ä".repeat(rng.below(6_000))),
        14 => Input::Open,
        15 => Input::Unsupported,
        16 => Input::Unreadable,
        _ => Input::Text((*rng.pick(TEXTS)).to_owned()),
    }
}

#[tokio::test]
async fn random_input_from_many_participants_keeps_the_store_sound() {
    let steps: usize = std::env::var("MITREDEN_FUZZ_STEPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3_000);
    let seed: u64 = std::env::var("MITREDEN_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_261_201);
    let mut chat = Chat::new();
    let mut settings = example_settings(1);
    settings.runtime.insert("rate.limit".into(), "0".into());
    chat.engine = engine_with(chat.store.clone(), chat.now.clone(), settings);
    let mut rng = Rng(seed);
    let users: Vec<String> = (0..8).map(|i| format!("f{i}")).collect();
    let mut last: BTreeMap<String, Reply> = BTreeMap::new();
    let mut old_buttons: Vec<String> = Vec::new();
    let mut events: Vec<(String, Input, String)> = Vec::new();
    let mut longest = 0;
    for step in 0..steps {
        let admin = rng.below(25) == 0;
        let user = if admin {
            "admin".to_owned()
        } else {
            rng.pick(&users).clone()
        };
        let (event_id, input) = match rng.below(40) {
            // A redelivery of an earlier event, replies sent or not.
            0 if !events.is_empty() => {
                let (u, i, e) = rng.pick(&events).clone();
                if u != user {
                    continue;
                }
                (e, i)
            }
            _ if admin => (
                format!("e{step}"),
                Input::Text((*rng.pick(ADMIN)).to_owned()),
            ),
            _ => (
                format!("e{step}"),
                input(&mut rng, last.get(&user), &old_buttons),
            ),
        };
        let outcome = chat
            .engine
            .handle(Incoming {
                platform: "test".into(),
                user: user.clone(),
                chat: format!("chat-{user}"),
                event_id: Some(event_id.clone()),
                language_hint: None,
                input: input.clone(),
                staff: false,
            })
            .await
            .unwrap_or_else(|e| panic!("step {step} (seed {seed}) failed: {e}"));
        if rng.below(10) != 0 {
            chat.engine.replied("test", &event_id);
        }
        if events.len() < 500 {
            events.push((user.clone(), input, event_id));
        }
        if let Some(r) = outcome.replies.last() {
            old_buttons.extend(r.choices.iter().map(|c| c.id.clone()));
            if old_buttons.len() > 200 {
                old_buttons.drain(..100);
            }
            last.insert(user.clone(), r.clone());
        }
        // Every rendered reply stays within reason (no echo of long input).
        for r in &outcome.replies {
            let text = render::plain(&chat.engine.locales(), r);
            assert!(
                text.chars().count() < 20_000,
                "step {step}: a reply of {} characters",
                text.chars().count()
            );
        }
        let id = Pseudonyms::new("test-key").of("test", &user);
        if let Some(p) = chat
            .store
            .participant(&id)
            .unwrap_or_else(|e| panic!("step {step} (seed {seed}): {e}"))
        {
            assert!(depth(&p.dialogue) <= 1, "step {step}: {:?}", p.dialogue);
            let size = serde_json::to_vec(&p).map(|v| v.len()).unwrap_or(0);
            longest = longest.max(size);
            assert!(size < 64 * 1024, "step {step}: a record of {size} bytes");
        }
    }
    // Everything reads back whole.
    assert_eq!(chat.store.set_aside_count().unwrap(), 0);
    chat.store.participants().unwrap();
    chat.store.ideas().unwrap();
    export_all(&chat);
    eprintln!("fuzz: {steps} steps (seed {seed}); largest record {longest} bytes");
}
