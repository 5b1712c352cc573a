//! Wiring: from a [`Config`] to loaded definitions, an open store and a
//! ready engine.

use std::collections::BTreeMap;
use std::sync::Arc;

use anyhow::Context;
use bot_core::consultation::{self, Consultation};
use bot_core::engine::Loader;
use bot_core::pseudonym::Pseudonyms;
use bot_core::store::SledStore;
use bot_core::{Engine, Locales, Settings};

use crate::config::Config;

/// Loads and cross-checks consultations and locales; every problem is
/// reported with file and line.
pub fn definitions(config: &Config) -> anyhow::Result<(Vec<Consultation>, Arc<Locales>)> {
    consultation::load_definitions(
        &config.bot.consultations_dir,
        &config.bot.locales_dir,
        &config.bot.default_language,
    )
    .map_err(|e| anyhow::anyhow!("{e}"))
}

/// Opens the store in the data directory, with a clear word when another
/// process holds it.
pub fn store(config: &Config) -> anyhow::Result<Arc<SledStore>> {
    let dir = &config.bot.data_dir;
    SledStore::open(dir).map(Arc::new).with_context(|| {
        format!(
            "cannot open the store in {} (is another mitreden running with this data directory?)",
            dir.display()
        )
    })
}

/// Everything the adapters need: the engine over the store.
pub fn engine(config: &Config) -> anyhow::Result<Arc<Engine>> {
    let (consultations, locales) = definitions(config)?;
    let store = store(config)?;
    let pseudonyms = match &config.privacy.pseudonym_key {
        Some(key) => Pseudonyms::from_secret(key)
            .context("[privacy] pseudonym_key or MITREDEN_PSEUDONYM_KEY")?,
        None => {
            let has_participants = store.has_participants();
            let (p, created) = Pseudonyms::from_key_file(&config.bot.data_dir, has_participants)
                .context("cannot read or create the pseudonym key")?;
            if created {
                tracing::info!(
                    path = %config.bot.data_dir.join("pseudonym.key").display(),
                    "generated a new pseudonym key; back it up with the data directory"
                );
            }
            p
        }
    };
    let settings = Settings {
        default_language: config.bot.default_language.clone(),
        notice_version: config.privacy.notice_version,
        privacy_controller: config.privacy.controller.clone(),
        privacy_contact: config.privacy.contact.clone(),
        privacy_authority: config.privacy.authority.clone(),
        keep_ideas_on_erasure: config.privacy.keep_ideas_on_erasure,
        retention_days: config.privacy.retention_days,
        admins: config.admins.list(),
        export_platforms: config.privacy.export_platforms.clone(),
        user_ids: vec![
            #[cfg(feature = "matrix")]
            ("matrix", mitreden_matrix::is_user_id),
            #[cfg(feature = "telegram")]
            ("telegram", mitreden_telegram::is_user_id),
        ],
        runtime: runtime_baseline(config),
    };
    let bot = config.bot.clone();
    let loader: Loader = Arc::new(move || {
        consultation::load_definitions(
            &bot.consultations_dir,
            &bot.locales_dir,
            &bot.default_language,
        )
    });
    Ok(Arc::new(
        Engine::new(
            consultations,
            locales,
            store,
            pseudonyms,
            settings,
            Arc::new(chrono::Utc::now),
        )
        .with_loader(loader),
    ))
}

/// The configured values of the settings admins can change from chat.
fn runtime_baseline(config: &Config) -> BTreeMap<String, String> {
    let mut values = BTreeMap::new();
    values.insert("rate.limit".into(), config.bot.rate_limit.to_string());
    #[cfg(feature = "matrix")]
    if let Some(d) = &config.digest {
        values.insert("digest.room".into(), d.room.clone());
        values.insert("digest.schedule".into(), d.schedule.clone());
        values.insert("digest.timezone".into(), d.timezone.clone());
        if let Some(lang) = &d.language {
            values.insert("digest.language".into(), lang.clone());
        }
    }
    values
}
