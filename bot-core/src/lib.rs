//! mitreden's platform-neutral heart: consultation definitions, the dialogue
//! engine, the store and localisation. Adapters translate platform events
//! into [`Incoming`] and render [`Reply`]s; nothing here knows a platform.

pub mod admin_command;
pub mod command;
pub mod consultation;
pub mod engine;
pub mod error;
pub mod export;
pub mod locales;
pub mod metrics;
pub mod pseudonym;
pub mod qr;
pub mod records;
pub mod render;
pub mod retry;
pub mod runtime;
pub mod schedule;
pub mod stats;
pub mod store;
pub mod text;
pub mod vault;

pub use engine::{Choice, Clock, Engine, EngineError, Incoming, Input, Outcome, Reply, Settings};
pub use error::{FileError, FileErrors, StoreError};
pub use locales::Locales;
pub use text::{Arg, Text};
