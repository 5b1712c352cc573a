use super::*;
use crate::records::*;
use chrono::Utc;

fn participant(id: &str) -> Participant {
    Participant::new(id, "de", Utc::now())
}

#[tokio::test]
async fn a_step_with_event_and_idea_is_stored_together_and_survives_reopen() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = SledStore::open(dir.path()).unwrap();
        let p = participant("p1");
        let n = store.next_idea_number().unwrap();
        let idea = Idea {
            v: RECORD_VERSION,
            id: idea_id(n),
            consultation: "c".into(),
            author: "p1".into(),
            title: "t".into(),
            description: "d".into(),
            field: "f".into(),
            status: IdeaStatus::Submitted,
            submitted_at: Utc::now(),
            language: "de".into(),
            published: false,
            publishable: false,
            supporters: Vec::new(),
            history: Vec::new(),
            ratings: Vec::new(),
            department: None,
            reviews: Vec::new(),
            reviews_numbered: 0,
        };
        store
            .commit(Step {
                participant: Write::Put(&p),
                contact: None,
                event: Some("tg\x00001"),
                awaits_reply: false,
                ideas: &[Write::Put(&idea)],
                audit: None,
            })
            .unwrap();
        store.durable().wait().await.unwrap();
    }
    let store = SledStore::open(dir.path()).unwrap();
    assert!(store.applied("tg\x00001").unwrap().is_some());
    assert!(store.applied("tg\x00002").unwrap().is_none());
    assert_eq!(
        store.participant("p1").unwrap().map(|p| p.id),
        Some("p1".into())
    );
    assert_eq!(store.ideas().unwrap()[0].id, "I-0001");
    // One idea read alone, and an unknown id.
    assert_eq!(
        store.idea("I-0001").unwrap().map(|i| i.author),
        Some("p1".into())
    );
    assert!(store.idea("I-0002").unwrap().is_none());
    assert_eq!(store.next_idea_number().unwrap(), 2);
}

#[tokio::test]
async fn concurrent_flushes_all_resolve() {
    let dir = tempfile::tempdir().unwrap();
    let store = std::sync::Arc::new(SledStore::open(dir.path()).unwrap());
    let mut tasks = Vec::new();
    for i in 0..50 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            store
                .commit(Step {
                    participant: Write::Put(&participant(&format!("p{i}"))),
                    contact: None,
                    event: None,
                    awaits_reply: false,
                    ideas: &[],
                    audit: None,
                })
                .unwrap();
            store.durable().wait().await
        }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    assert_eq!(store.participants().unwrap().len(), 50);
}

#[test]
fn the_data_directory_is_private_even_if_it_was_not() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    SledStore::open(&data).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&data).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
    }
}

#[test]
fn a_store_from_a_newer_release_is_refused_and_an_unversioned_one_is_marked() {
    let dir = tempfile::tempdir().unwrap();
    // The fixture: a store as the first release left it, without a version.
    {
        let db = sled::open(dir.path().join("db")).unwrap();
        let p = serde_json::to_vec(&participant("p1")).unwrap();
        db.open_tree("legacy").unwrap().insert("p1", p).unwrap();
        db.flush().unwrap();
    }
    drop(SledStore::open(dir.path()).unwrap());
    {
        let db = sled::open(dir.path().join("db")).unwrap();
        let meta = db.open_tree("meta").unwrap();
        assert_eq!(
            meta.get("schema").unwrap().as_deref(),
            Some(SCHEMA_VERSION.to_string().as_bytes())
        );
        assert!(db.open_tree("legacy").unwrap().get("p1").unwrap().is_some());
        // Then a newer release writes its version.
        meta.insert("schema", "99").unwrap();
        db.flush().unwrap();
    }
    let refused = SledStore::open(dir.path()).err().expect("refused");
    let message = refused.to_string();
    assert!(
        message.contains("schema version 99") && message.contains("written by a newer mitreden"),
        "{message}"
    );
    // And nothing was changed by the refusal.
    let db = sled::open(dir.path().join("db")).unwrap();
    assert_eq!(
        db.open_tree("meta")
            .unwrap()
            .get("schema")
            .unwrap()
            .as_deref(),
        Some(&b"99"[..])
    );
}

#[tokio::test]
async fn a_backup_of_a_running_store_restores_into_an_empty_directory() {
    let (dir, restored, file) = (
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
        tempfile::tempdir().unwrap(),
    );
    let archive = file.path().join("backup.zip");
    std::fs::write(dir.path().join("pseudonym.key"), "k".repeat(40)).unwrap();
    let store = SledStore::open(dir.path()).unwrap();
    let mut p = participant("p1");
    p.language = "tr".into();
    store
        .commit(Step {
            participant: Write::Put(&p),
            contact: None,
            event: Some("tg\x00001"),
            awaits_reply: false,
            ideas: &[],
            audit: None,
        })
        .unwrap();
    store.durable().wait().await.unwrap();
    store.set_meta("x", "y").unwrap();
    let size = store.backup(&archive).unwrap();
    assert!(size > 0 && archive.exists());
    // Only into an empty directory.
    assert!(backup::restore(&archive, dir.path()).is_err());
    let target = restored.path().join("data");
    backup::restore(&archive, &target).unwrap();
    drop(store);
    let back = SledStore::open(&target).unwrap();
    // The sealed record opens with the restored keys.
    assert_eq!(
        back.participant("p1").unwrap().map(|p| p.language),
        Some("tr".into())
    );
    assert!(back.applied("tg\x00001").unwrap().is_some());
    assert_eq!(back.meta("x").unwrap().as_deref(), Some("y"));
    assert_eq!(
        std::fs::read_to_string(target.join("pseudonym.key")).unwrap(),
        "k".repeat(40)
    );
}

/// Reviews stored before they were numbered read with their position as
/// their number (what staff saw then), and new ones go on from there.
#[test]
fn reviews_stored_without_numbers_get_their_positions() {
    let review = |expert: &str| {
        serde_json::json!({
            "expert": expert, "audience": "experts", "at": "2026-11-01T10:00:00Z",
            "scores": [["nutzen", 4]], "text": "t", "published": expert == "e2"
        })
    };
    let old = serde_json::json!({
        "v": RECORD_VERSION, "id": "I-0001", "consultation": "c", "author": "a",
        "title": "t", "description": "d", "field": "f", "status": "submitted",
        "submitted_at": "2026-11-01T09:00:00Z", "language": "de", "published": true,
        "publishable": true, "supporters": [], "history": [], "ratings": [],
        "department": null, "reviews": [review("e1"), review("e2")]
    });
    let mut idea: Idea = serde_json::from_value(old).expect("an idea of schema 2");
    idea.number_reviews();
    let numbers: Vec<(String, u32)> = idea
        .reviews
        .iter()
        .map(|r| (r.expert.clone(), r.no))
        .collect();
    assert_eq!(numbers, [("e1".into(), 1), ("e2".into(), 2)]);
    assert_eq!(idea.reviews_numbered, 2);
    // Read again (numbers now stored): nothing changes.
    idea.number_reviews();
    assert_eq!((idea.reviews[1].no, idea.reviews_numbered), (2, 2));
}

/// Ideas are kept in memory between reads; every write that changes them
/// (a new idea, an erasure that shreds its author's key) is seen at once.
#[tokio::test]
async fn ideas_read_again_after_a_write_or_an_erasure() {
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(dir.path()).unwrap();
    let idea = |n: u64, author: &str| {
        let mut i: Idea = serde_json::from_value(serde_json::json!({
            "v": RECORD_VERSION, "id": idea_id(n), "consultation": "c", "author": author,
            "title": "t", "description": "d", "field": "f", "status": "submitted",
            "submitted_at": "2026-11-01T09:00:00Z", "language": "de", "published": true,
            "publishable": true, "supporters": [], "history": [], "ratings": [],
            "department": null
        }))
        .unwrap();
        i.number_reviews();
        i
    };
    let put = |who: &str, i: &Idea| {
        store
            .commit(Step {
                participant: Write::Put(&participant(who)),
                contact: None,
                event: None,
                awaits_reply: false,
                ideas: &[Write::Put(i)],
                audit: None,
            })
            .unwrap()
    };
    put("p1", &idea(1, "p1"));
    assert_eq!(store.ideas().unwrap().len(), 1);
    put("p2", &idea(2, "p2"));
    assert_eq!(store.ideas().unwrap().len(), 2);
    // A changed idea replaces its old version, in id order.
    let mut changed = idea(1, "p1");
    changed.title = "neu".into();
    put("p1", &changed);
    let read: Vec<(String, String)> = store
        .ideas()
        .unwrap()
        .into_iter()
        .map(|i| (i.id, i.title))
        .collect();
    assert_eq!(
        read,
        [
            ("I-0001".into(), "neu".into()),
            ("I-0002".into(), "t".into())
        ]
    );
    // p1 erases their data: their idea, sealed under their key, is gone.
    store
        .commit(Step {
            participant: Write::Delete("p1"),
            contact: None,
            event: None,
            awaits_reply: false,
            ideas: &[],
            audit: None,
        })
        .unwrap();
    let ids: Vec<String> = store.ideas().unwrap().into_iter().map(|i| i.id).collect();
    assert_eq!(ids, ["I-0002"]);
}

/// One idea read by its key: a damaged record is set aside, as when all
/// are read, and does not fail the step that asked.
#[test]
fn a_damaged_idea_read_alone_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let store = SledStore::open(dir.path()).unwrap();
    store
        .put_raw("ideas", "I-0001", b"\x00not a record")
        .unwrap();
    assert!(store.idea("I-0001").unwrap().is_none());
    assert_eq!(store.set_aside_count().unwrap(), 1);
    assert!(store.ideas().unwrap().is_empty());
}
