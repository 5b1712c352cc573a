//! Backups of the whole data directory into one ZIP file, taken from a
//! running store (between steps, so it is consistent), and restored into
//! an empty data directory. The file holds everything: the database's
//! trees, the participants' keys (`keys.log`) and the pseudonym key, so it
//! must be kept as safe as the data directory itself. A person erased
//! after the backup is still in it: backups need their own retention.

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::path::Path;

use crate::error::StoreError;
use crate::store::SCHEMA_VERSION;

/// Version of the archive layout.
const FORMAT: u32 = 1;

fn io(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Io {
        path: path.to_owned(),
        source,
    }
}

fn zip_error(path: &Path, e: zip::result::ZipError) -> StoreError {
    io(path, std::io::Error::other(e.to_string()))
}

fn private_file(path: &Path) -> Result<File, StoreError> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|e| io(path, e))
}

/// Writes the archive to `to` (via a temporary file renamed at the end);
/// returns its size in bytes.
pub(super) fn write(
    db: &sled::Db,
    keys: &[u8],
    pseudonym_key: Option<&[u8]>,
    to: &Path,
) -> Result<u64, StoreError> {
    let partial = to.with_extension("partial");
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut zip = zip::ZipWriter::new(private_file(&partial)?);
    let mut put = |name: &str, data: &[u8]| -> Result<(), StoreError> {
        zip.start_file(name, stored)
            .map_err(|e| zip_error(&partial, e))?;
        zip.write_all(data).map_err(|e| io(&partial, e))
    };
    let manifest = serde_json::json!({
        "format": FORMAT,
        "schema": SCHEMA_VERSION,
        "made": chrono::Utc::now().to_rfc3339(),
    });
    put("manifest.json", manifest.to_string().as_bytes())?;
    put("keys.log", keys)?;
    if let Some(key) = pseudonym_key {
        put("pseudonym.key", key)?;
    }
    for (kind, name, items) in db.export() {
        // Each item is a list of byte strings (key, value): a count, then
        // each one length-prefixed.
        let mut data = Vec::new();
        for item in items {
            data.extend_from_slice(&(item.len() as u32).to_le_bytes());
            for part in item {
                data.extend_from_slice(&(part.len() as u32).to_le_bytes());
                data.extend_from_slice(&part);
            }
        }
        put(
            &format!("{}/{}", hex::encode(kind), hex::encode(name)),
            &data,
        )?;
    }
    let file = zip.finish().map_err(|e| zip_error(&partial, e))?;
    file.sync_all().map_err(|e| io(&partial, e))?;
    let size = file.metadata().map_err(|e| io(&partial, e))?.len();
    fs::rename(&partial, to).map_err(|e| io(to, e))?;
    Ok(size)
}

type Collection = (Vec<u8>, Vec<u8>, std::vec::IntoIter<Vec<Vec<u8>>>);

/// Restores an archive into `data_dir`, which must not hold a database.
pub fn restore(from: &Path, data_dir: &Path) -> Result<(), StoreError> {
    let refuse = |why: &str| io(from, std::io::Error::other(why.to_owned()));
    if data_dir.join("db").exists() || data_dir.join("keys.log").exists() {
        return Err(io(
            data_dir,
            std::io::Error::other("restore only into an empty data directory"),
        ));
    }
    let mut zip = zip::ZipArchive::new(File::open(from).map_err(|e| io(from, e))?)
        .map_err(|e| zip_error(from, e))?;
    let names: Vec<String> = zip
        .file_names()
        .filter(|n| n.contains('/'))
        .map(str::to_owned)
        .collect();
    let mut read = |name: &str| -> Result<Option<Vec<u8>>, StoreError> {
        let mut entry = match zip.by_name(name) {
            Ok(e) => e,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => return Err(zip_error(from, e)),
        };
        let mut data = Vec::new();
        entry.read_to_end(&mut data).map_err(|e| io(from, e))?;
        Ok(Some(data))
    };
    let manifest: serde_json::Value = read("manifest.json")?
        .and_then(|m| serde_json::from_slice(&m).ok())
        .ok_or_else(|| refuse("not a mitreden backup (no manifest)"))?;
    if manifest["format"] != FORMAT {
        return Err(refuse("a backup in a format this release does not read"));
    }
    let schema = manifest["schema"].as_u64().unwrap_or(u64::MAX);
    if schema > u64::from(SCHEMA_VERSION) {
        return Err(StoreError::Schema {
            found: schema.to_string(),
            expected: SCHEMA_VERSION,
        });
    }
    let keys = read("keys.log")?.ok_or_else(|| refuse("no keys.log in the backup"))?;
    let pseudonym = read("pseudonym.key")?;
    let mut collections: Vec<Collection> = Vec::new();
    for name in names {
        let (kind, tree) = name.split_once('/').unwrap_or_default();
        let (Ok(kind), Ok(tree)) = (hex::decode(kind), hex::decode(tree)) else {
            return Err(refuse("a damaged entry name"));
        };
        // sled imports only trees of key–value pairs (and panics on others).
        if kind != b"tree" {
            return Err(refuse("an entry that is no tree"));
        }
        let data = read(&name)?.unwrap_or_default();
        let mut items = Vec::new();
        let mut rest = data.as_slice();
        let mut take = |n: usize| -> Result<&[u8], StoreError> {
            if rest.len() < n {
                return Err(refuse("a damaged tree"));
            }
            let (head, tail) = rest.split_at(n);
            rest = tail;
            Ok(head)
        };
        let number = |b: &[u8]| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
        loop {
            let Ok(count) = take(4).map(number) else {
                break;
            };
            if count != 2 {
                return Err(refuse("a damaged tree (an item is no key and value)"));
            }
            let mut item = Vec::with_capacity(2);
            for _ in 0..count {
                let len = number(take(4)?);
                item.push(take(len)?.to_vec());
            }
            items.push(item);
        }
        collections.push((kind, tree, items.into_iter()));
    }
    crate::store::sled_store::create_private_dir(data_dir)?;
    private_file(&data_dir.join("keys.log"))?
        .write_all(&keys)
        .map_err(|e| io(&data_dir.join("keys.log"), e))?;
    if let Some(key) = pseudonym {
        private_file(&data_dir.join("pseudonym.key"))?
            .write_all(&key)
            .map_err(|e| io(&data_dir.join("pseudonym.key"), e))?;
    }
    let db = sled::Config::new().path(data_dir.join("db")).open()?;
    db.import(collections);
    db.flush()?;
    Ok(())
}
