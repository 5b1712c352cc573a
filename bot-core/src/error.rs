//! The errors bot-core reports: file problems that name their place, and
//! storage failures.

use std::fmt;
use std::path::PathBuf;

/// A problem in a file an operator wrote (consultation, locale, config):
/// says which file, where, and what is wrong, so it can be fixed without
/// reading code.
#[derive(Debug, Clone, PartialEq)]
pub struct FileError {
    /// The file that holds the problem.
    pub file: PathBuf,
    /// 1-based line, where known.
    pub line: Option<usize>,
    /// What is wrong, and where possible how to fix it.
    pub message: String,
}

/// A definition file's text; one that cannot be read is noted in `errors`
/// (the other files are still checked, so one run names every problem).
pub fn read_text(file: &std::path::Path, errors: &mut Vec<FileError>) -> Option<String> {
    match std::fs::read_to_string(file) {
        Ok(s) => Some(s),
        Err(e) => {
            errors.push(FileError::file(file, format!("cannot read: {e}")));
            None
        }
    }
}

impl FileError {
    /// A problem at a byte offset of `source` (turned into a line number).
    pub fn at(
        file: impl Into<PathBuf>,
        source: &str,
        offset: usize,
        message: impl Into<String>,
    ) -> Self {
        FileError {
            file: file.into(),
            line: Some(line_of(source, offset)),
            message: message.into(),
        }
    }

    /// A problem that belongs to the file as a whole.
    pub fn file(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        FileError {
            file: file.into(),
            line: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file.display(), line, self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// 1-based line number of a byte offset.
pub fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    source.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Several file problems at once: an operator fixes them in one go rather
/// than one per start.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub struct FileErrors(pub Vec<FileError>);

impl fmt::Display for FileErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for FileError {}

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The embedded database failed (disk full, corruption, permissions).
    #[error("database: {0}")]
    Db(#[from] sled::Error),
    /// A stored value could not be read back: written by a newer release or damaged.
    #[error("stored record {key} cannot be read: {source}")]
    Decode {
        /// The key of the record.
        key: String,
        /// What the decoder said.
        source: serde_json::Error,
    },
    /// A sealed value failed its integrity check (damaged on disk).
    #[error("stored record {key} is damaged")]
    Damaged {
        /// The key of the record.
        key: String,
    },
    /// The system gave no randomness (keys, invitation codes).
    #[error("no randomness from the system: {0}")]
    Random(String),
    /// Flushing to disk failed: the step is not durable and must not be acknowledged.
    #[error("flush to disk failed: {0}")]
    Flush(String),
    /// The data directory was written by a release with another layout.
    #[error(
        "the data directory has schema version {found}, this release reads version {expected} and older: it was written by a newer mitreden; run that release (or newer), or restore a backup made with this one"
    )]
    Schema {
        /// The version found on disk.
        found: String,
        /// The version this release reads.
        expected: u32,
    },
    /// Reading or creating a file in the data directory failed.
    #[error("{path}: {source}")]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What the OS said.
        source: std::io::Error,
    },
}
