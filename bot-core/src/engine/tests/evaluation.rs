//! Staff evaluating ideas: answers citizens see, notes they never see, the
//! public list, and what the export keeps.

use super::*;

#[tokio::test]
async fn answers_reach_author_supporters_and_list_while_notes_stay_with_staff() {
    let mut chat = Chat::new();
    let news = Inbox::open(&chat);
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    chat.staff("publish I-0001").await;
    consented(&mut chat, "gina").await;
    chat.say("gina", "/ideas").await;
    chat.press("gina", "I-0001 unterstützen").await;

    has(
        &chat
            .staff("idea I-0001 status review Wir prüfen die Kosten.")
            .await,
        "I-0001 ist jetzt „in Prüfung“.",
    );
    news.wait("chat-anna", "Wir prüfen die Kosten.").await;
    assert_eq!(
        news.wait("chat-gina", "I-0001").await,
        "Neuigkeiten zu einer Idee, die Sie unterstützen: I-0001 „Annas Idee“ ist jetzt „in Prüfung“. Wir prüfen die Kosten."
    );
    has(
        &chat
            .staff("idea I-0001 note Referat 312 fragen; Kosten unklar")
            .await,
        "Notiz zu I-0001 gespeichert",
    );
    let full = chat.staff("idea I-0001").await;
    has(
        &full,
        "matrix:@sam:example.org: Stand „in Prüfung“ – Antwort: Wir prüfen die Kosten.",
    );
    has(&full, "interne Notiz: Referat 312 fragen; Kosten unklar");
    has(&full, ": veröffentlicht");

    // The author and the public see the answer; the note reaches no citizen.
    let mine = chat.say("anna", "/myideas").await;
    has(
        &mine,
        "Antwort des Ministeriums zu I-0001: Wir prüfen die Kosten.",
    );
    assert!(!mine.contains("Referat 312"), "{mine}");
    let data = chat.say("anna", "/mydata").await;
    has(&data, "Wir prüfen die Kosten.");
    let file = chat.last["anna"].attachment.clone().expect("the JSON file");
    let json = String::from_utf8(file.data).unwrap();
    assert!(json.contains("Wir prüfen die Kosten."), "{json}");
    assert!(!json.contains("Referat 312") && !data.contains("Referat 312"));
    let page = chat.say("gina", "/ideas").await;
    has(
        &page,
        "Antwort des Ministeriums zu I-0001: Wir prüfen die Kosten.",
    );
    assert!(!page.contains("Referat 312"), "{page}");

    // A support can be taken back.
    let r = chat.press("gina", "I-0001 nicht mehr unterstützen").await;
    has(
        &r,
        "Sie unterstützen I-0001 nicht mehr – jetzt 0 Unterstützungen.",
    );
    has(&r, "I-0001 unterstützen");
    assert!(chat.store.ideas().unwrap()[0].supporters.is_empty());

    // Rejected: out of the public list; the author keeps the answer.
    chat.staff("idea I-0001 status rejected Leider nicht umsetzbar.")
        .await;
    has(
        &chat.say("gina", "/ideas").await,
        "Noch sind keine Ideen veröffentlicht.",
    );
    has(
        &chat.say("anna", "/myideas").await,
        "Antwort des Ministeriums zu I-0001: Leider nicht umsetzbar.",
    );

    // Staff exports keep the whole history, notes included.
    let export = export_all(&chat);
    let idea = &export.ideas[0];
    assert_eq!(idea.answer.as_deref(), Some("Leider nicht umsetzbar."));
    let kinds: Vec<&str> = idea.history.iter().map(|e| e.change.kind()).collect();
    assert_eq!(kinds, ["published", "status", "note", "status"]);
    let mut csv = Vec::new();
    crate::export::write_csv(&export, &mut csv, false).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(
        csv.contains("idea-history,lebensbildung-digital,matrix:@sam:example.org,I-0001,note,,"),
        "{csv}"
    );
}

#[tokio::test]
async fn a_page_of_ideas_shows_previews_and_more_shows_the_whole_text() {
    let mut chat = Chat::new();
    with_answers_and_idea(&mut chat, "anna", "Kurz").await;
    let long = format!("Anfang {} Ende", "lang ".repeat(80));
    chat.say("anna", "/idea").await;
    chat.say("anna", "Ausführlich").await;
    chat.say("anna", &long).await;
    chat.say("anna", "1").await;
    chat.press("anna", "Absenden").await;
    chat.staff("publish I-0001").await;
    chat.staff("publish I-0002").await;
    let page = chat.say("gina", "/ideas").await;
    has(&page, "I-0002 „Ausführlich“");
    assert!(!page.contains("Ende"), "{page}");
    has(&page, "…");
    assert!(!page.contains("Mehr zu I-0001"), "{page}");
    let r = chat.press("gina", "Mehr zu I-0002").await;
    has(&r, "Ende");
    has(&r, "Seite 1 von 1");
}

#[tokio::test]
async fn terms_come_with_the_first_idea_and_internal_ideas_are_never_published() {
    let mut chat = Chat::new();
    consented(&mut chat, "anna").await;
    chat.say("anna", "/idea").await;
    chat.say("anna", "Intern").await;
    chat.say("anna", "Beschreibung").await;
    let confirm = chat.say("anna", "1").await;
    has(&confirm, "Teilnahmebedingungen des Ideenwettbewerbs:");
    has(
        &confirm,
        "Mit dem Absenden stimmen Sie diesen Bedingungen zu.",
    );
    has(&confirm, "Absenden – darf veröffentlicht werden");
    let r = chat.press("anna", "nur für das Ministerium").await;
    has(&r, "Ihre Idee bleibt intern");
    assert_eq!(
        chat.participant("anna").terms.get("lebensbildung-digital"),
        Some(&1)
    );
    has(
        &chat.staff("publish I-0001").await,
        "I-0001 wurde „nur für das Ministerium“ eingereicht und wird nicht veröffentlicht.",
    );
    assert!(!chat.store.ideas().unwrap()[0].published);
    has(
        &chat.staff("idea I-0001").await,
        "nur intern (nicht veröffentlichen)",
    );

    // Accepted once: the next idea goes without the terms.
    chat.say("anna", "/idea").await;
    chat.say("anna", "Öffentlich").await;
    chat.say("anna", "Beschreibung").await;
    let confirm = chat.say("anna", "1").await;
    assert!(!confirm.contains("Teilnahmebedingungen"), "{confirm}");
    chat.press("anna", "darf veröffentlicht werden").await;
    has(
        &chat.staff("publish I-0002").await,
        "I-0002 ist jetzt öffentlich",
    );
}

impl Chat {
    /// A juror's message from their Telegram chat.
    async fn juror(&mut self, id: &str, input: Input) -> String {
        self.send_on("telegram", id, None, input, false).await
    }

    /// A juror presses the button whose label contains `label`.
    async fn juror_press(&mut self, id: &str, label: &str) -> String {
        let reply = self.last.get(id).expect("no reply yet").clone();
        let locales = self.engine.locales();
        let choice = reply
            .choices
            .iter()
            .find(|c| locales.render(&reply.lang, &c.label) == label)
            .unwrap_or_else(|| panic!("no button '{label}' in {reply:?}"))
            .id
            .clone();
        self.juror(id, Input::Choice(choice)).await
    }
}

#[tokio::test]
async fn jurors_rate_idea_by_idea_and_staff_see_the_weighted_ranking() {
    let mut chat = Chat::new();
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    with_answers_and_idea(&mut chat, "ben", "Bens Idee").await;
    let rate = || Input::Command(Command::Rate, None);

    has(
        &chat.juror("4711", rate()).await,
        "Ideen bewerten kann nur, wer zur Jury gehört.",
    );
    has(
        &chat.say("admin", "/admin juror add 4711").await,
        "telegram:4711 gehört jetzt zur Jury",
    );
    chat.say("admin", "/admin juror add 4712").await;
    has(
        &chat.staff("juror add 4713").await,
        "Das dürfen nur Admins.",
    );

    let r = chat.juror("4711", rate()).await;
    has(&r, "Idee I-0001 „Annas Idee“");
    has(&r, "Kriterium 1 von 3: Nutzen für die Menschen in NRW");
    has(
        &chat.juror_press("4711", "5").await,
        "Kriterium 2 von 3: Machbarkeit",
    );
    has(
        &chat.juror("4711", Input::Text("3".into())).await,
        "Kriterium 3 von 3: Neuheit der Idee",
    );
    has(
        &chat.juror_press("4711", "4").await,
        "Möchten Sie der Jury eine Anmerkung",
    );
    // Weighted: benefit 5 of 5 (weight 2), feasibility 3, novelty 4 → 81.
    let r = chat
        .juror("4711", Input::Text("Gut, aber teuer.".into()))
        .await;
    has(
        &r,
        "Gespeichert. I-0001 steht bei 81 von 100 Punkten (1 Bewertung, Spanne 0).",
    );
    has(&r, "Idee I-0002 „Bens Idee“");
    has(
        &chat.juror_press("4711", "Diese Idee später").await,
        "Alle Ideen sind bewertet",
    );

    // The second juror sees the jury's score only after rating.
    let r = chat.juror("4712", rate()).await;
    assert!(!r.contains("Punkten"), "{r}");
    for score in ["1", "1", "1"] {
        chat.juror_press("4712", score).await;
    }
    has(
        &chat.juror_press("4712", "Ohne Anmerkung").await,
        "I-0001 steht bei 41 von 100 Punkten (2 Bewertungen, Spanne 81).",
    );
    has(
        &chat.juror_press("4712", "Abbrechen").await,
        "Bewertung unterbrochen.",
    );

    has(
        &chat.staff("ideas ranked").await,
        "1. I-0001 „Annas Idee“ – 41 von 100 (2 Bewertungen, Spanne 81)",
    );
    has(
        &chat.staff("idea I-0002 assign Referat 312").await,
        "I-0002 liegt jetzt bei: Referat 312",
    );
    let listed = chat.staff("ideas department referat 312").await;
    has(&listed, "I-0002");
    assert!(!listed.contains("I-0001"), "{listed}");

    let export = export_all(&chat);
    let first = &export.ideas[0];
    assert_eq!(first.ratings.len(), 2);
    assert_eq!(first.ratings[0].note.as_deref(), Some("Gut, aber teuer."));
    assert_eq!(first.score.map(|s| s.ratings), Some(2));
    assert_eq!(export.ideas[1].department.as_deref(), Some("Referat 312"));
}

#[tokio::test]
async fn staff_ask_the_author_and_the_answer_comes_back_to_the_asking_chat() {
    let mut chat = Chat::new();
    let news = Inbox::open(&chat);
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    // Nothing asked (the questions paused): free text gets the hint.
    chat.say("anna", "/cancel").await;
    has(&chat.say("anna", "Hallo?").await, "/help");
    has(
        &chat
            .say("admin", "/admin ask I-0001 Wie viele Räume bräuchte es?")
            .await,
        "Die einreichende Person bekommt sie; ihre Antwort kommt hierher.",
    );
    let question = news.wait("chat-anna", "Wie viele Räume").await;
    assert!(
        question.contains("Ihre nächste Nachricht geht an das Team"),
        "{question}"
    );
    has(
        &chat.say("anna", "Zwei, einer davon barrierefrei.").await,
        "Danke! Ihre Antwort zu I-0001 ist beim Team.",
    );
    assert_eq!(
        news.wait("chat-admin", "Antwort zu I-0001").await,
        "Antwort zu I-0001 „Annas Idee“:\nZwei, einer davon barrierefrei."
    );
    // Answered: the next message is no answer any more.
    has(&chat.say("anna", "Noch etwas").await, "/help");
    let full = chat.say("admin", "/admin idea I-0001").await;
    has(
        &full,
        "Frage an die einreichende Person: Wie viele Räume bräuchte es?",
    );
    has(
        &full,
        "Antwort der einreichenden Person: Zwei, einer davon barrierefrei.",
    );
}

#[tokio::test]
async fn authors_change_or_withdraw_ideas_until_staff_take_them_up() {
    let mut chat = Chat::new();
    with_answers_and_idea(&mut chat, "anna", "Erste Fassung").await;
    let r = chat.say("anna", "/myideas").await;
    has(&r, "Idee I-0001 „Erste Fassung“: eingereicht");
    has(&r, "I-0001 ändern");
    // Change: the draft comes back at the last look, parts can be edited.
    has(
        &chat.press("anna", "I-0001 ändern").await,
        "Bitte prüfen Sie Ihre Idee",
    );
    chat.press("anna", "Titel ändern").await;
    chat.say("anna", "Zweite Fassung").await;
    has(
        &chat.press("anna", "darf veröffentlicht werden").await,
        "Ihre Änderungen an I-0001 sind gespeichert.",
    );
    let ideas = chat.store.ideas().unwrap();
    assert_eq!(ideas.len(), 1, "an edit is no new idea");
    assert_eq!(ideas[0].title, "Zweite Fassung");

    with_answers_and_idea_again(&mut chat, "anna", "Noch eine").await;
    chat.say("anna", "/myideas").await;
    has(
        &chat.press("anna", "I-0002 zurückziehen").await,
        "I-0002 ist zurückgezogen",
    );
    assert_eq!(chat.store.ideas().unwrap()[1].status, IdeaStatus::Withdrawn);
    has(
        &chat.staff("publish I-0002").await,
        "I-0002 wurde von der einreichenden Person zurückgezogen",
    );

    // Once staff look at it, it stays as it is.
    chat.staff("idea I-0001 status review").await;
    let r = chat.say("anna", "/myideas").await;
    assert!(!r.contains("I-0001 ändern"), "{r}");
    has(&chat.staff("idea I-0002").await, "zurückgezogen");
}

/// Another idea from someone who already answered.
async fn with_answers_and_idea_again(chat: &mut Chat, user: &str, title: &str) {
    chat.say(user, "/idea").await;
    chat.say(user, title).await;
    chat.say(user, "Beschreibung").await;
    chat.say(user, "1").await;
    chat.press(user, "Absenden").await;
}

#[tokio::test]
async fn phases_close_what_is_over_and_results_come_when_released() {
    let mut chat = Chat::new();
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    chat.say("anna", "/start").await;
    has(&chat.say("anna", "4").await, "Frage 4 von 14");
    chat.staff("publish I-0001").await;
    let r = chat.say("anna", "/results").await;
    has(&r, "Jetzt (seit 2026-01-01): Beteiligung");
    has(&r, "Danach (ab 2029-07-01): Bewertung");
    has(&r, "Ergebnisse gibt es noch nicht");

    // The jury phase: no new answers or ideas; supports still.
    *chat.now.lock().unwrap() = Utc.with_ymd_and_hms(2029, 8, 1, 9, 0, 0).unwrap();
    has(
        &chat.say("gina", "/start").await,
        "nimmt keine Antworten mehr an. Jetzt: Bewertung",
    );
    assert!(chat.participant("gina").runs.is_empty());
    has(
        &chat.say("anna", "/idea").await,
        "Zurzeit nimmt keine Konsultation Ideen entgegen.",
    );
    chat.say("gina", "/ideas").await;
    has(
        &chat.press("gina", "I-0001 unterstützen").await,
        "Datenschutzhinweis",
    );

    // The results phase: supports closed; results, and figures once released.
    *chat.now.lock().unwrap() = Utc.with_ymd_and_hms(2029, 11, 1, 9, 0, 0).unwrap();
    // A page only shows: no buttons to support or take back.
    let r = chat.say("gina", "/ideas").await;
    has(&r, "I-0001");
    assert!(!r.contains("unterstützen"), "{r}");
    let r = chat.say("anna", "/results").await;
    has(&r, "Jetzt (seit 2029-10-01): Ergebnisse");
    has(&r, "Danke an alle, die mitgemacht haben!");
    has(&r, "Mehr dazu: https://www.lebensbildung-digital.nrw");
    assert!(!r.contains("In Zahlen"), "{r}");
    has(
        &chat
            .say("admin", "/admin results lebensbildung-digital on")
            .await,
        "jetzt zu sehen",
    );
    let r = chat.say("anna", "/results").await;
    has(&r, "In Zahlen (1 Teilnehmende):");
    has(
        &r,
        "Wie stark verändert die Digitalisierung Ihren Alltag? (1 Antwort)",
    );
    has(&r, "· 4: 100 %");
    assert!(!r.contains("Wie alt"), "only the chosen questions: {r}");
}

#[tokio::test]
async fn followers_hear_of_a_new_phase_once_and_of_awarded_ideas() {
    let mut chat = Chat::new();
    let news = Inbox::open(&chat);
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    consented(&mut chat, "gina").await;
    has(
        &chat.say("gina", "/follow").await,
        "Sie folgen „lebensbildung.digital",
    );
    // Phases that began long ago are old news.
    assert_eq!(chat.engine.announce_phases().await.unwrap(), 0);

    *chat.now.lock().unwrap() = Utc.with_ymd_and_hms(2029, 7, 2, 9, 0, 0).unwrap();
    assert_eq!(chat.engine.announce_phases().await.unwrap(), 1);
    news.wait("chat-gina", "jetzt beginnt: Bewertung").await;
    assert_eq!(chat.engine.announce_phases().await.unwrap(), 0);

    chat.staff("idea I-0001 status awarded Herzlichen Glückwunsch!")
        .await;
    news.wait("chat-gina", "Ausgezeichnet: Die Idee I-0001 „Annas Idee“")
        .await;
    news.wait("chat-anna", "„ausgezeichnet“. Herzlichen Glückwunsch!")
        .await;
    has(&chat.say("gina", "/follow").await, "nicht mehr");
    assert!(chat.participant("gina").follows.is_empty());
}

#[tokio::test]
async fn a_similar_idea_is_offered_for_support_and_staff_merge_duplicates() {
    let mut chat = Chat::new();
    let news = Inbox::open(&chat);
    with_answers_and_idea(&mut chat, "anna", "Repair-Café im Stadtteil").await;
    chat.staff("publish I-0001").await;

    // Ben writes much the same: the published idea is offered instead.
    consented(&mut chat, "ben").await;
    chat.say("ben", "/idea").await;
    chat.say("ben", "Repair Café im Stadtteil").await;
    chat.say("ben", "Beschreibung").await;
    let confirm = chat.say("ben", "1").await;
    has(
        &confirm,
        "Eine ähnliche Idee gibt es schon: I-0001 „Repair-Café im Stadtteil“.",
    );
    // Gone from the list meanwhile: the button no longer costs the draft.
    chat.staff("unpublish I-0001").await;
    chat.press("ben", "I-0001 unterstützen statt absenden")
        .await;
    assert!(
        matches!(chat.participant("ben").dialogue, Dialogue::Idea { .. }),
        "the draft was dropped"
    );
    chat.staff("publish I-0001").await;
    chat.say("ben", "/cancel").await;
    chat.say("ben", "/idea").await;
    chat.say("ben", "Repair Café im Stadtteil").await;
    chat.say("ben", "Beschreibung").await;
    chat.say("ben", "1").await;
    let r = chat
        .press("ben", "I-0001 unterstützen statt absenden")
        .await;
    has(
        &r,
        "Danke! Sie unterstützen I-0001 – jetzt 1 Unterstützung.",
    );
    assert_eq!(chat.store.ideas().unwrap().len(), 1, "no second idea");

    // Something else is not offered anything.
    chat.say("ben", "/idea").await;
    chat.say("ben", "Digitale Sprechstunde im Rathaus").await;
    chat.say("ben", "Einmal im Monat per Video.").await;
    let confirm = chat.say("ben", "1").await;
    assert!(!confirm.contains("ähnliche Idee"), "{confirm}");
    chat.press("ben", "Absenden").await;

    // A duplicate sent anyway is merged by staff; supports move along.
    with_answers_and_idea(&mut chat, "cora", "Reparaturtreff").await;
    chat.staff("publish I-0003").await;
    consented(&mut chat, "dana").await;
    chat.say("dana", "/ideas").await;
    chat.press("dana", "I-0003 unterstützen").await;
    has(
        &chat.staff("merge I-0003 I-0001").await,
        "I-0003 ist mit I-0001 zusammengeführt; I-0001 hat jetzt 2 Unterstützung(en).",
    );
    news.wait(
        "chat-cora",
        "Ihre Idee I-0003 wird mit der ähnlichen Idee I-0001",
    )
    .await;
    news.wait("chat-anna", "Die ähnliche Idee I-0003 „Reparaturtreff“")
        .await;
    let ideas = chat.store.ideas().unwrap();
    assert_eq!(ideas[2].status, IdeaStatus::Merged);
    assert_eq!(ideas[0].supporters.len(), 2);
    let page = chat.say("dana", "/ideas").await;
    assert!(!page.contains("Reparaturtreff"), "{page}");
}

#[tokio::test]
async fn invited_experts_get_their_questions_and_codes_cannot_be_guessed_or_reused() {
    let mut chat = Chat::new();
    let link = "https://t.me/mitreden_bot?start=";
    chat.engine.set_start_link("telegram", link.into());
    has(
        &chat.say("admin", "/admin invite expertz 2").await,
        "Eine Gruppe „expertz“ kommt in keiner Konsultation vor (bekannt: experts).",
    );
    let r = chat.say("admin", "/admin invite experts 2 single").await;
    has(&r, "2 Einladungscodes für „experts“ (je für eine Person)");
    let file = chat.last["admin"]
        .attachment
        .clone()
        .expect("the codes as a file");
    assert_eq!(file.mime, "application/zip");
    // A table of codes and links, and a QR code per code to print.
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(file.data)).unwrap();
    let mut read = |name: &str| {
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut zip.by_name(name).unwrap(), &mut data).unwrap();
        data
    };
    let csv = String::from_utf8(read("invitations.csv")).unwrap();
    let codes: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(';').next().unwrap())
        .collect();
    assert_eq!(codes.len(), 2);
    assert!(codes.iter().all(|c| c.len() == 32), "128 bits: {csv}");
    assert!(
        csv.contains(&format!(
            "{};{link}{};!start {};qr/001.png",
            codes[0], codes[0], codes[0]
        )),
        "{csv}"
    );
    assert_eq!(
        crate::qr::read(&read("qr/002.png")),
        format!("{link}{}", codes[1])
    );
    // Only fingerprints are stored.
    let stored = chat.store.meta("invites").unwrap().unwrap();
    assert!(!stored.contains(codes[0]), "a code in clear: {stored}");

    // A guessed code and an unknown consultation get the same answer.
    let guessed = chat.say("mia", &format!("/start {}", "0".repeat(32))).await;
    has(&guessed, "gibt es nicht");
    let unknown = chat.say("max", "/start keine-konsultation").await;
    assert_eq!(
        guessed.replace(&"0".repeat(32), "X"),
        unknown.replace("keine-konsultation", "X")
    );

    // The expert: invited, consents, and is asked the expert questions.
    let r = chat.say("eva", &format!("/start {}", codes[0])).await;
    has(&r, "Sie sind persönlich eingeladen");
    has(&r, "Datenschutzhinweis");
    let r = chat.press("eva", "Ja, einverstanden").await;
    has(&r, "Frage 1 von 16");
    assert!(chat.participant("eva").audiences.contains("experts"));
    // The public is not.
    has(&consented(&mut chat, "paul").await, "Frage 1 von 14");

    // Single: the same code again is refused, like a wrong one.
    has(
        &chat.say("tom", &format!("/start {}", codes[0])).await,
        "gibt es nicht",
    );
    assert!(chat.participant("tom").audiences.is_empty());
    has(
        &chat.say("admin", "/admin invites").await,
        "experts: 2 Codes, 1-mal genutzt, 1 noch gültig",
    );
    has(
        &chat.say("admin", "/admin revoke experts").await,
        "1 gültige Codes für „experts“ sind zurückgezogen.",
    );
    has(
        &chat.say("tom", &format!("/start {}", codes[1])).await,
        "gibt es nicht",
    );
}

#[tokio::test]
async fn staff_vouched_by_their_platform_are_asked_the_internal_consultation() {
    let mut chat = Chat::new();
    let sam = "@sam:example.org";
    let menu = chat.send_on("matrix", sam, None, Input::Open, true).await;
    has(&menu, "Welche Konsultation möchten Sie beantworten?");
    has(&menu, "Intern: Digital arbeiten im Ministerium");
    let pick = Input::Text("Intern: Digital arbeiten im Ministerium".into());
    has(
        &chat.send_on("matrix", sam, None, pick, true).await,
        "Datenschutzhinweis",
    );
    let r = chat
        .send_on("matrix", sam, None, Input::Text("1".into()), true)
        .await;
    has(&r, "Frage 1 von 3");
    // A citizen is not asked it, and cannot start it by its id.
    has(&consented(&mut chat, "paul").await, "Frage 1 von 14");
    let r = chat.say("paul", "/start verwaltung-intern").await;
    assert!(!r.contains("Digital arbeiten im Ministerium"), "{r}");
}

#[tokio::test]
async fn runs_started_through_an_event_link_count_for_that_event() {
    let mut chat = Chat::new();
    chat.engine
        .set_start_link("telegram", "https://t.me/mitreden_bot?start=".into());
    let r = chat
        .say("admin", "/admin qr lebensbildung-digital dortmund-2027")
        .await;
    has(&r, "Matrix: !start lebensbildung-digital__dortmund-2027");
    // The Telegram link as a QR code, for the event's slides.
    let image = chat.last["admin"].attachment.clone().expect("a QR code");
    assert_eq!(image.mime, "image/png");
    assert_eq!(
        crate::qr::read(&image.data),
        "https://t.me/mitreden_bot?start=lebensbildung-digital__dortmund-2027"
    );
    has(
        &chat
            .say("admin", "/admin source lebensbildung-digital a/b")
            .await,
        "siehe /admin help für „source“",
    );
    // Consent first; the tag survives it.
    has(
        &chat
            .say("ina", "/start lebensbildung-digital__dortmund-2027")
            .await,
        "Datenschutzhinweis",
    );
    has(&chat.say("ina", "1").await, "Frage 1 von 14");
    consented(&mut chat, "olaf").await;
    let runs = &chat.participant("ina").runs;
    assert_eq!(
        runs["lebensbildung-digital"].source.as_deref(),
        Some("dortmund-2027")
    );
    let export = export_all(&chat);
    assert_eq!(export.aggregates[0].sources.get("dortmund-2027"), Some(&1));
    assert_eq!(export.aggregates[0].sources.len(), 1);
    let mut csv = Vec::new();
    crate::export::write_csv(&export, &mut csv, false).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.contains(",dortmund-2027,started,"), "{csv}");
    // An unknown consultation with a tag is just unknown.
    has(
        &chat.say("ina", "/start nichts__dortmund").await,
        "gibt es nicht",
    );
}

/// An invitation code for `audience`, made by the admin.
async fn invitation(chat: &mut Chat, audience: &str) -> String {
    chat.say("admin", &format!("/admin invite {audience} 1"))
        .await;
    let file = chat.last["admin"].attachment.clone().expect("the codes");
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(file.data)).unwrap();
    let mut csv = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("invitations.csv").unwrap(), &mut csv).unwrap();
    csv.lines()
        .nth(1)
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn invited_experts_review_published_ideas_for_staff_who_may_publish_them() {
    let mut chat = Chat::new();
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    let review = || Input::Command(Command::Review, None);
    // Only published ideas are reviewed.
    let code = invitation(&mut chat, "experts").await;
    chat.say("eva", &format!("/start {code}")).await;
    chat.say("eva", "1").await;
    has(
        &chat.send_as("eva", None, review()).await,
        "Zurzeit gibt es keine veröffentlichte Idee",
    );
    chat.staff("publish I-0001").await;
    // The public does not review.
    consented(&mut chat, "paul").await;
    has(
        &chat.send_as("paul", None, review()).await,
        "Einschätzungen geben eingeladene Fachleute.",
    );

    let r = chat.send_as("eva", None, review()).await;
    has(&r, "Idee I-0001 „Annas Idee“");
    has(&r, "Kriterium 1 von 3");
    chat.press("eva", "4").await;
    chat.press("eva", "3").await;
    let r = chat.press("eva", "5").await;
    has(&r, "Ihre Einschätzung in Worten");
    // The text is not optional.
    assert!(!r.contains("Ohne Anmerkung"), "{r}");
    has(
        &chat.say("eva", "Überzeugend, aber <teuer>.").await,
        "Ihre Einschätzung zu I-0001 ist beim Team.",
    );
    // Not the jury's: no score, no rating.
    let idea = chat.store.ideas().unwrap().remove(0);
    assert!(idea.ratings.is_empty());
    assert_eq!(idea.reviews.len(), 1);
    assert_eq!(idea.reviews[0].audience, "experts");

    // Staff see it; the public only once staff publish it.
    // Times in staff views: local, as people read them.
    has(
        &chat.staff("idea I-0001").await,
        "1. Einschätzung (experts, 01.06.2026, 14:00 Uhr)",
    );
    has(
        &chat.staff("idea I-0001").await,
        "Nutzen für die Menschen in NRW 4, Machbarkeit 3, Neuheit der Idee 5 – Überzeugend, aber <teuer>. (intern",
    );
    let page = chat.say("gina", "/ideas").await;
    assert!(!page.contains("Mehr zu I-0001"), "{page}");
    has(
        &chat.staff("review I-0001 2 on").await,
        "I-0001 hat keine Einschätzung Nr. 2.",
    );
    has(
        &chat.staff("review I-0001 1 on").await,
        "ist jetzt öffentlich",
    );
    chat.say("gina", "/ideas").await;
    has(
        &chat.press("gina", "Mehr zu I-0001").await,
        "Einschätzung aus der Fachwelt: Überzeugend, aber <teuer>.",
    );

    // In the export, with the expert's pseudonym and group; the analysis
    // by audience and by the role question.
    let mut csv = Vec::new();
    crate::export::write_csv(&export_all(&chat), &mut csv, false).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    let eva = chat.participant("eva").id;
    has(
        &csv,
        &format!("idea-review,lebensbildung-digital,{eva},I-0001,nutzen,4,"),
    );
    has(&csv, "experts (public)");
    has(&csv, &format!("run,lebensbildung-digital,{eva},,,started,"));
    has(&csv, ",experts,");
    has(
        &csv,
        "aggregate-group,lebensbildung-digital,audience=public,rolle,fachkraft,1,,100,",
    );
    has(
        &csv,
        "aggregate-group,lebensbildung-digital,rolle=fachkraft,alter,",
    );

    // The expert sees it in /mydata, and it goes with /forget.
    has(
        &chat.say("eva", "/mydata").await,
        "Ihre Einschätzung zu I-0001: Überzeugend",
    );
    chat.say("eva", "/forget").await;
    chat.press("eva", "Ja, alles löschen").await;
    assert!(chat.store.ideas().unwrap()[0].reviews.is_empty());
}

/// A review is kept with the expert's pseudonym: an invited expert who has
/// not consented yet is asked first, and the review follows the yes.
#[tokio::test]
async fn an_expert_is_asked_for_consent_before_a_review() {
    let mut chat = Chat::new();
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    chat.staff("publish I-0001").await;
    let code = invitation(&mut chat, "experts").await;
    chat.say("olaf", &format!("/start {code}")).await;
    let r = chat
        .send_as("olaf", None, Input::Command(Command::Review, None))
        .await;
    has(&r, "Sind Sie damit einverstanden");
    assert!(!r.contains("Kriterium 1 von 3"), "{r}");
    assert!(!matches!(
        chat.participant("olaf").dialogue,
        Dialogue::Rating { .. }
    ));
    let r = chat.press("olaf", "Ja, einverstanden").await;
    has(&r, "Idee I-0001 „Annas Idee“");
    has(&r, "Kriterium 1 von 3");
}

/// Staff publish a review by its number; numbers never shift or are reused,
/// so an erasure between reading and publishing cannot make another
/// expert's review public.
#[tokio::test]
async fn review_numbers_stay_when_a_review_is_erased_or_replaced() {
    let mut chat = Chat::new();
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    chat.staff("publish I-0001").await;
    for (expert, text) in [("eva", "Von Eva."), ("emil", "Von Emil.")] {
        let code = invitation(&mut chat, "experts").await;
        chat.say(expert, &format!("/start {code}")).await;
        chat.say(expert, "1").await;
        chat.send_as(expert, None, Input::Command(Command::Review, None))
            .await;
        for score in ["4", "3", "5"] {
            chat.press(expert, score).await;
        }
        chat.say(expert, text).await;
    }
    let view = chat.staff("idea I-0001").await;
    has(&view, "1. Einschätzung");
    has(&view, "2. Einschätzung");
    // Eva erases her data: Emil's review keeps number 2.
    chat.say("eva", "/forget").await;
    chat.press("eva", "Ja, alles löschen").await;
    has(
        &chat.staff("review I-0001 1 on").await,
        "I-0001 hat keine Einschätzung Nr. 1.",
    );
    has(
        &chat.staff("review I-0001 2 on").await,
        "ist jetzt öffentlich",
    );
    chat.say("gina", "/ideas").await;
    has(&chat.press("gina", "Mehr zu I-0001").await, "Von Emil.");
    let view = chat.staff("idea I-0001").await;
    has(&view, "2. Einschätzung");
    assert!(!view.contains("1. Einschätzung"), "{view}");
}

/// Supporting or reviewing an idea is taking part: the address that news
/// about it needs is kept while the consultation runs, and goes the
/// retention period after its close.
#[tokio::test]
async fn retention_keeps_supporters_and_reviewers_addresses_while_the_consultation_runs() {
    let mut chat = Chat::new();
    with_answers_and_idea(&mut chat, "anna", "Annas Idee").await;
    chat.staff("publish I-0001").await;
    // Neither answers a question: Gina only supports, Eva only reviews.
    chat.say("gina", "/ideas").await;
    chat.press("gina", "I-0001 unterstützen").await;
    chat.press("gina", "Ja, einverstanden").await;
    chat.press("gina", "I-0001 unterstützen").await;
    let code = invitation(&mut chat, "experts").await;
    chat.say("eva", &format!("/start {code}")).await;
    chat.send_as("eva", None, Input::Command(Command::Review, None))
        .await;
    chat.press("eva", "Ja, einverstanden").await;
    for score in ["4", "3", "5"] {
        chat.press("eva", score).await;
    }
    chat.say("eva", "Gut.").await;
    let (gina, eva) = (chat.participant("gina").id, chat.participant("eva").id);
    assert!(chat.participant("gina").runs.is_empty());
    assert!(chat.participant("eva").runs.is_empty());
    let idea = chat.store.ideas().unwrap().remove(0);
    assert_eq!((idea.supporters.len(), idea.reviews.len()), (1, 1));
    // A year on, the consultation (open until 2029-12-31) still runs.
    *chat.now.lock().unwrap() = Utc.with_ymd_and_hms(2027, 7, 1, 0, 0, 0).unwrap();
    chat.engine.retention().await.unwrap();
    assert!(chat.store.contact(&gina).unwrap().is_some());
    assert!(chat.store.contact(&eva).unwrap().is_some());
    // 180 days after the close they go.
    *chat.now.lock().unwrap() = Utc.with_ymd_and_hms(2030, 6, 30, 0, 0, 0).unwrap();
    chat.engine.retention().await.unwrap();
    assert!(chat.store.contact(&gina).unwrap().is_none());
    assert!(chat.store.contact(&eva).unwrap().is_none());
}
