//! Invitations into an audience (invited experts, the ministry's staff):
//! an admin makes codes, gets them as a file with ready links, and whoever
//! starts the bot with a code joins the audience. Only a hash of each code
//! is stored; a code is 128 random bits, so it cannot be guessed, and a
//! wrong, used or revoked code gets the same answer as an unknown
//! consultation: nobody learns whether it existed.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::step::Out;
use super::{lock, Core};
use crate::error::StoreError;
use crate::records::Participant;
use crate::text::Text;

/// Where the codes are kept (meta `x:invites`), by the hash of the code.
const KEY: &str = "invites";

/// Most codes one command makes.
pub const MOST: u32 = 500;

/// One invitation code, as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Invite {
    /// The audience it lets into.
    pub audience: String,
    /// Good for one person only.
    pub single: bool,
    /// Not valid from then on.
    pub until: Option<DateTime<Utc>>,
    /// How often it was used.
    pub used: u32,
    /// Taken back by an admin.
    pub revoked: bool,
    /// When it was made.
    pub made: DateTime<Utc>,
}

fn hash(code: &str) -> String {
    hex::encode(Sha256::digest(code.trim().to_lowercase().as_bytes()))
}

impl Core {
    fn invites(&self) -> Result<BTreeMap<String, Invite>, StoreError> {
        Ok(self
            .store
            .meta(KEY)?
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default())
    }

    fn save_invites(&self, all: &BTreeMap<String, Invite>) -> Result<(), StoreError> {
        self.store
            .set_meta(KEY, &serde_json::to_string(all).unwrap_or_default())
    }

    /// Makes `count` codes; returns them (they are not kept in clear).
    pub(super) fn make_invites(
        &self,
        audience: &str,
        count: u32,
        single: bool,
        until: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<Vec<String>, StoreError> {
        let mut all = self.invites()?;
        let mut codes = Vec::new();
        while codes.len() < count as usize {
            let mut bytes = [0u8; 16];
            getrandom::getrandom(&mut bytes).map_err(|e| StoreError::Random(e.to_string()))?;
            let code = hex::encode(bytes);
            all.insert(
                hash(&code),
                Invite {
                    audience: audience.to_owned(),
                    single,
                    until,
                    used: 0,
                    revoked: false,
                    made: now,
                },
            );
            codes.push(code);
        }
        self.save_invites(&all)?;
        Ok(codes)
    }

    /// The audiences' codes: how many, used, still valid.
    pub(super) fn invite_counts(
        &self,
        now: DateTime<Utc>,
    ) -> Result<BTreeMap<String, (usize, u32, usize)>, StoreError> {
        let mut counts: BTreeMap<String, (usize, u32, usize)> = BTreeMap::new();
        for i in self.invites()?.values() {
            let entry = counts.entry(i.audience.clone()).or_default();
            entry.0 += 1;
            entry.1 += i.used;
            entry.2 += usize::from(valid(i, now));
        }
        Ok(counts)
    }

    /// Revokes every code of an audience; returns how many were valid.
    pub(super) fn revoke_invites(
        &self,
        audience: &str,
        now: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        let mut all = self.invites()?;
        let mut revoked = 0;
        for i in all.values_mut().filter(|i| i.audience == audience) {
            revoked += usize::from(valid(i, now));
            i.revoked = true;
        }
        self.save_invites(&all)?;
        Ok(revoked)
    }

    /// `/start CODE`: joins the code's audience if the code is valid.
    pub(super) fn redeem(
        &self,
        p: &mut Participant,
        code: &str,
        now: DateTime<Utc>,
        out: &mut Out,
    ) -> Result<bool, StoreError> {
        let mut all = self.invites()?;
        let Some(invite) = all.get_mut(&hash(code)).filter(|i| valid(i, now)) else {
            return Ok(false);
        };
        invite.used += 1;
        let audience = invite.audience.clone();
        self.save_invites(&all)?;
        p.audiences.insert(audience);
        out.say(Text::new("invite-accepted"));
        Ok(true)
    }

    /// The start link of a platform, if its adapter told us (`…?start=`).
    pub(super) fn start_link(&self, platform: &str) -> Option<String> {
        lock(&self.start_links).get(platform).cloned()
    }
}

/// Not revoked, not expired, and not used up if single.
fn valid(i: &Invite, now: DateTime<Utc>) -> bool {
    !i.revoked && i.until.is_none_or(|u| now < u) && !(i.single && i.used > 0)
}

/// The file an admin gets for new codes: `invitations.csv` (code, Telegram
/// link, Matrix form, QR file) and, where the Telegram link is known, one
/// QR code per code (`qr/001.png`, …) to print on a letter. PNGs are
/// compressed already, so the archive only stores them.
pub(super) fn archive(codes: &[String], telegram: Option<&str>) -> Vec<u8> {
    use std::io::Write;
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut csv = String::from("code;telegram;matrix;qr\n");
    let mut images = Vec::new();
    for (n, code) in codes.iter().enumerate() {
        let link = telegram.map(|prefix| format!("{prefix}{code}"));
        let qr = link.as_deref().and_then(|l| match crate::qr::png(l) {
            Ok(png) => Some(png),
            Err(e) => {
                tracing::error!(error = %e, "no QR code for an invitation");
                None
            }
        });
        let file = qr.map(|png| {
            let name = format!("qr/{:03}.png", n + 1);
            images.push((name.clone(), png));
            name
        });
        csv.push_str(&format!(
            "{code};{};!start {code};{}\n",
            link.unwrap_or_else(|| format!("/start {code}")),
            file.unwrap_or_default()
        ));
    }
    // Writing into memory fails only on a bug; the codes are then lost
    // with the step's reply, so say so in the log.
    let written = (|| -> zip::result::ZipResult<Vec<u8>> {
        zip.start_file("invitations.csv", stored)?;
        zip.write_all(csv.as_bytes())?;
        for (name, png) in &images {
            zip.start_file(name.as_str(), stored)?;
            zip.write_all(png)?;
        }
        Ok(zip.finish()?.into_inner())
    })();
    written.unwrap_or_else(|e| {
        tracing::error!(error = %e, "cannot write the invitation archive");
        Vec::new()
    })
}
