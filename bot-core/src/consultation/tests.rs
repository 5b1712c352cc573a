use std::collections::BTreeSet;

use super::*;

fn errors(source: &str) -> String {
    match parse(Path::new("c.toml"), source) {
        Ok(_) => panic!("should be refused:\n{source}"),
        Err(e) => FileErrors(e).to_string(),
    }
}

#[test]
fn the_example_consultation_loads_and_has_every_question_type() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../consultations");
    let all = load_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    let c = &all[0];
    let kinds: BTreeSet<&str> = c
        .questions
        .iter()
        .map(|q| match q.kind {
            Kind::Single { .. } => "single",
            Kind::Multi { .. } => "multi",
            Kind::Scale { .. } => "scale",
            Kind::YesNo => "yesno",
            Kind::Text { .. } => "text",
            Kind::Number { .. } => "number",
            Kind::Ranking { .. } => "ranking",
        })
        .collect();
    assert_eq!(kinds.len(), 7, "{kinds:?}");
    assert!(c
        .questions
        .iter()
        .any(|q| matches!(q.kind, Kind::Single { other: true, .. })));
    assert!(c
        .questions
        .iter()
        .any(|q| matches!(q.kind, Kind::Multi { other: true, .. })));
    assert!((8..=16).contains(&c.questions.len()));
    assert!(c.audiences().contains("experts"), "an expert block");
    assert_eq!(c.ideas.as_ref().map(|i| i.fields.len()), Some(3));
    let locales = Locales::load(&dir.join("../locales"), "de").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.check_texts(&locales), vec![]);
}

#[test]
fn unknown_type_is_named_with_line() {
    let e = errors("id = \"x\"\n\n[[question]]\nid = \"a\"\ntype = \"slider\"\n");
    assert!(
        e.contains("c.toml:5: unknown question type 'slider'"),
        "{e}"
    );
}

#[test]
fn condition_on_unknown_or_later_question_is_refused() {
    let e = errors(
        "id = \"x\"\n[[question]]\nid = \"a\"\ntype = \"yesno\"\nwhen = { question = \"b\", equals = \"yes\" }\n[[question]]\nid = \"b\"\ntype = \"yesno\"\n",
    );
    assert!(
        e.contains("c.toml:5: condition of 'a' refers to 'b'"),
        "{e}"
    );
}

#[test]
fn condition_must_fit_the_question_type() {
    let e = errors(
        "id = \"x\"\n[[question]]\nid = \"a\"\ntype = \"yesno\"\n[[question]]\nid = \"b\"\ntype = \"text\"\nwhen = { question = \"a\", at_least = 3 }\n",
    );
    assert!(e.contains("does not fit question 'a'"), "{e}");
}

#[test]
fn duplicate_question_ids_and_bad_limits_are_refused() {
    let e = errors(
        "id = \"x\"\n[[question]]\nid = \"a\"\ntype = \"yesno\"\n[[question]]\nid = \"a\"\ntype = \"multi\"\noptions = [\"p\", \"q\"]\nmax = 3\n",
    );
    assert!(e.contains("c.toml:6: question id 'a' is used twice"), "{e}");
    assert!(e.contains("min <= max <= number of options (2,"), "{e}");
}

#[test]
fn syntax_and_unknown_keys_are_reported_with_line() {
    let e = errors("id = \"x\"\n[[question]]\nid = \"a\"\ntype = \"yesno\"\ncolour = 1\n");
    assert!(e.contains("c.toml:5: unknown field `colour`"), "{e}");
}

#[test]
fn duplicate_consultation_ids_across_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let body = "id = \"x\"\n[[question]]\nid = \"a\"\ntype = \"yesno\"\n";
    fs::write(dir.path().join("a.toml"), body).unwrap();
    fs::write(dir.path().join("b.toml"), body).unwrap();
    let e = load_dir(dir.path()).expect_err("must fail").to_string();
    assert!(
        e.contains("b.toml:1: consultation id 'x' is already used by"),
        "{e}"
    );
}

#[test]
fn conditions_evaluate_against_answers() {
    let c = Condition {
        question: "a".into(),
        test: Test::AtLeast(4.0),
    };
    assert!(!c.holds(None));
    assert!(c.holds(Some(&Answer::Number(4.0))));
    assert!(!c.holds(Some(&Answer::Number(3.5))));
    assert!(!c.holds(Some(&Answer::Skipped)));
    let inc = Condition {
        question: "m".into(),
        test: Test::Includes("p".into()),
    };
    assert!(inc.holds(Some(&Answer::Choices(vec!["q".into(), "p".into()]))));
    assert!(!inc.holds(Some(&Answer::Choice("p".into()))));
}
