//! Admin and staff commands (parsed in [`crate::admin`]) carried out. Each
//! is checked against who may give it, audited with old → new value, and
//! answered only once its changes are on disk; news for other chats
//! (submitters, broadcast recipients) leaves after that.

use chrono::{DateTime, Utc};

use super::lock;
use super::step::Done;
use super::{Attachment, Core, Definitions, EngineError, Incoming, Outcome, Reply, Window};
use crate::admin_command::{parse, AdminCommand};
use crate::records::{AuditEntry, Idea, RECORD_VERSION};
use crate::runtime::{self, Role};
use crate::store::Write;
use crate::text::Text;

mod evaluation;

/// Longest broadcast message (Telegram allows 4096 characters in all).
const BROADCAST_MAX: usize = 3000;

/// What a command does besides its reply.
#[derive(Default)]
struct Effects {
    body: Vec<Text>,
    /// Ideas changed, written with the audit line.
    ideas: Vec<Idea>,
    /// Audit detail: what changed, old → new.
    detail: String,
    /// Something was queued for the broadcast worker (news for other
    /// chats: submitters, supporters, announcements).
    queued: bool,
    /// A file for the reply (`export`).
    attachment: Option<Attachment>,
    /// Definitions read again, to swap in (`reload`).
    reload: Option<Definitions>,
}

fn date(t: Option<DateTime<Utc>>, format: &str) -> String {
    t.map(|t| t.format(format).to_string())
        .unwrap_or_else(|| "–".into())
}

impl Core {
    /// Configured admins, and admins added from chat (`platform:user`).
    fn is_admin(&self, who: &str) -> bool {
        self.settings
            .admins
            .iter()
            .any(|(platform, user)| format!("{platform}:{user}") == who)
            || self.runtime.members(Role::Admin).contains(who)
    }

    /// An admin command. Admins may give all, staff those that evaluate
    /// ideas, anyone else none; every attempt is audited.
    pub(super) async fn admin(
        &self,
        ev: &Incoming,
        participant: String,
        event_key: Option<String>,
        args: &str,
    ) -> Result<Done, EngineError> {
        let who = format!("{}:{}", ev.platform, ev.user);
        let is_admin = self.is_admin(&who);
        let lang = self.language_of(&participant)?;
        let fx = self
            .apply(event_key.as_deref(), |applied, now| {
                if applied.is_some() {
                    return Ok(None);
                }
                let word: String = args
                    .split_whitespace()
                    .next()
                    .unwrap_or("help")
                    .chars()
                    .take(20)
                    .collect();
                let command = parse(args, &self.settings.user_ids);
                let permitted = is_admin
                    || (ev.staff && command.as_ref().map_or(true, AdminCommand::for_staff));
                let audit = |actor: &str, action: &str, detail: String| AuditEntry {
                    v: RECORD_VERSION,
                    at: now,
                    actor: actor.to_owned(),
                    action: action.to_owned(),
                    detail,
                    count: None,
                };
                let mut fx = Effects {
                    detail: word.clone(),
                    ..Effects::default()
                };
                if !permitted {
                    // Mostly curious citizens: the audit log has it; no
                    // warning in the operator's log (or the terminal chat).
                    tracing::debug!(%participant, "admin command refused");
                    // The person may be a citizen: audit their pseudonym only.
                    let entry = audit(&participant, crate::store::REFUSED, word);
                    self.store.commit_admin(event_key.as_deref(), &[], &entry)?;
                    fx.body.push(Text::new("admin-not-permitted"));
                } else {
                    match command {
                        Err(text) => fx.body.push(text),
                        Ok(command) => {
                            let me = (ev.platform.clone(), ev.chat.clone(), lang.clone());
                            self.run(command, is_admin, &who, me, now, &mut fx)?
                        }
                    }
                    let writes: Vec<Write<Idea>> = fx.ideas.iter().map(Write::Put).collect();
                    let action = if is_admin { "admin" } else { "staff" };
                    let entry = audit(&who, action, std::mem::take(&mut fx.detail));
                    self.store
                        .commit_admin(event_key.as_deref(), &writes, &entry)?;
                }
                Ok(Some(fx))
            })
            .await?;
        let Some(fx) = fx else {
            return Ok(Outcome::already_applied(participant).into());
        };
        if fx.queued {
            match event_key {
                // The admin hears "goes to N people" before the first
                // message (and a quick broadcast's final count) goes out.
                Some(key) => self.send_queued_after_reply(key),
                None => self.send_queued(),
            }
        }
        Ok(Done {
            outcome: Outcome {
                participant,
                duplicate: false,
                throttled: false,
                stale: false,
                refused: None,
                replies: vec![Reply {
                    attachment: fx.attachment,
                    ..Reply::text(&lang, fx.body)
                }],
            },
            reload: fx.reload,
        })
    }

    /// Queues `text` for these participants (sent after the command is
    /// on disk, surviving a crash); `false` if there is nobody.
    fn announce(
        &self,
        fx: &mut Effects,
        text: Text,
        recipients: Vec<String>,
        report_to: Option<(String, String, String)>,
        what: String,
    ) -> Result<bool, EngineError> {
        if recipients.is_empty() {
            return Ok(false);
        }
        self.enqueue(text, recipients, report_to, what)?;
        fx.queued = true;
        Ok(true)
    }

    /// News for the author of an idea; `false` if they cannot be reached
    /// (erased their data, so no author, or gave no consent, so no contact).
    fn tell_author(&self, fx: &mut Effects, idea: &Idea, text: Text) -> Result<bool, EngineError> {
        let reachable = !idea.author.is_empty() && self.store.contact(&idea.author)?.is_some();
        let pending = reachable.then(|| idea.author.clone()).into_iter().collect();
        self.announce(
            fx,
            text,
            pending,
            None,
            format!("idea {} news to its author", idea.id),
        )
    }

    /// `export`: the pseudonymous data as a file, CSV for Excel or JSON.
    fn export(
        &self,
        consultation: Option<String>,
        json: bool,
        now: DateTime<Utc>,
        fx: &mut Effects,
    ) -> Result<(), EngineError> {
        if let Some(id) = consultation.as_deref() {
            if self.consultation(id).is_none() {
                fx.body
                    .push(Text::new("error-unknown-consultation").echo("id", id));
                return Ok(());
            }
        }
        let data = crate::export::collect(
            &*self.store,
            &self.consultations,
            consultation.as_deref(),
            None,
            now,
        )?;
        let (bytes, extension, mime) = if json {
            let bytes = serde_json::to_vec_pretty(&data).unwrap_or_default();
            (bytes, "json", "application/json")
        } else {
            let mut bytes = Vec::new();
            if let Err(e) = crate::export::write_csv(&data, &mut bytes, true) {
                tracing::error!(error = %e, "cannot write the export");
            }
            (bytes, "csv", "text/csv")
        };
        let which = consultation.as_deref().unwrap_or("all");
        fx.detail = format!("export {which} {extension}");
        fx.body.push(
            Text::new("admin-export-ready")
                .num("runs", data.runs.len() as f64)
                .num("answers", data.answers.len() as f64)
                .num("ideas", data.ideas.len() as f64),
        );
        fx.attachment = Some(Attachment {
            name: format!("mitreden-{which}-{}.{extension}", now.format("%Y-%m-%d")),
            mime: mime.into(),
            data: bytes,
        });
        Ok(())
    }

    /// `open`, `close`, `schedule`: the new window from the old one, kept
    /// in the store (`window:<id>`), winning over the file's.
    fn set_window(
        &self,
        id: &str,
        now: DateTime<Utc>,
        fx: &mut Effects,
        new: impl FnOnce(Window) -> Window,
    ) -> Result<(), EngineError> {
        let Some(c) = self.consultation(id) else {
            fx.body
                .push(Text::new("error-unknown-consultation").echo("id", id));
            return Ok(());
        };
        let old = self.window(c);
        let new = new(old);
        let json = serde_json::to_string(&new).unwrap_or_default();
        self.store.set_meta(&format!("window:{}", c.id), &json)?;
        lock(&self.windows).insert(c.id.clone(), new);
        let show = |w: Window| {
            let f = "%Y-%m-%d %H:%M";
            format!("{}..{}", date(w.0, f), date(w.1, f))
        };
        fx.detail = format!("window {} {} -> {}", c.id, show(old), show(new));
        let state = if self.is_open(c, now) {
            "open"
        } else {
            "closed"
        };
        fx.body.push(
            Text::new("admin-window-set")
                .text("title", Text::new(c.title_text()))
                .arg("state", state),
        );
        Ok(())
    }

    /// `invite AUDIENCE N …`: the codes as a file with ready links (they
    /// are not kept in clear: this file is the only copy).
    fn invite(
        &self,
        audience: &str,
        count: u32,
        single: bool,
        until: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
        fx: &mut Effects,
    ) -> Result<(), EngineError> {
        let known: std::collections::BTreeSet<&str> = self
            .consultations
            .iter()
            .flat_map(|c| c.audiences())
            .filter(|a| *a != super::step::STAFF)
            .collect();
        if audience == super::step::STAFF {
            fx.body.push(Text::new("admin-invite-staff"));
            return Ok(());
        }
        if !known.contains(audience) {
            let list = known.into_iter().collect::<Vec<_>>().join(", ");
            fx.body.push(
                Text::new("admin-unknown-audience")
                    .echo("audience", audience)
                    .arg("known", if list.is_empty() { "–".into() } else { list }),
            );
            return Ok(());
        }
        let codes = self.make_invites(audience, count, single, until, now)?;
        let archive = super::invitations::archive(&codes, self.start_link("telegram").as_deref());
        fx.detail = format!("invite {audience}: {count} code(s), single {single}");
        fx.body.push(
            Text::new("admin-invited")
                .num("count", count as f64)
                .arg("audience", audience)
                .arg("single", if single { "yes" } else { "no" }),
        );
        fx.attachment = Some(Attachment {
            name: format!(
                "mitreden-invitations-{audience}-{}.zip",
                now.format("%Y-%m-%d")
            ),
            mime: "application/zip".into(),
            data: archive,
        });
        Ok(())
    }

    /// The definition files read again (swapped in once the step is done).
    fn read_definitions(&self) -> Result<Definitions, String> {
        let loader = self
            .loader
            .as_ref()
            .ok_or_else(|| "this engine has no definition files".to_owned())?;
        loader()
    }

    /// Carries out one permitted command.
    fn run(
        &self,
        command: AdminCommand,
        is_admin: bool,
        who: &str,
        me: (String, String, String),
        now: DateTime<Utc>,
        fx: &mut Effects,
    ) -> Result<(), EngineError> {
        let body = &mut fx.body;
        match command {
            AdminCommand::Help => body.push(Text::new(if is_admin {
                "admin-help"
            } else {
                "admin-help-staff"
            })),
            AdminCommand::Consultations => {
                let people = self.store.participants()?;
                for c in self.consultations.iter() {
                    let runs: Vec<_> = people.iter().filter_map(|p| p.runs.get(&c.id)).collect();
                    let (opens, closes) = self.window(c);
                    let state = if self.is_open(c, now) {
                        "open"
                    } else if opens.is_some_and(|o| now < o) {
                        "draft"
                    } else {
                        "closed"
                    };
                    body.push(
                        Text::new("admin-consultation")
                            .arg("id", &c.id)
                            .text("title", Text::new(c.title_text()))
                            .arg("state", state)
                            .arg("opens", date(opens, "%Y-%m-%d"))
                            .arg("closes", date(closes, "%Y-%m-%d"))
                            .num("participants", runs.len() as f64)
                            .num(
                                "completed",
                                runs.iter().filter(|r| r.completed_at.is_some()).count() as f64,
                            ),
                    );
                }
            }
            AdminCommand::Ideas(filter) => self.list_ideas(filter, fx)?,
            AdminCommand::Ranked => self.ranked(fx)?,
            AdminCommand::Merge { from, into } => self.merge(&from, &into, who, now, fx)?,
            AdminCommand::Ask { id, question } => {
                let from = (me.0.clone(), me.1.clone());
                self.ask_author(&id, question, who, from, now, fx)?
            }
            AdminCommand::Assign { id, department } => {
                self.assign(&id, department, who, now, fx)?
            }
            AdminCommand::Release { id, on } => match self.consultation(&id) {
                None => body.push(Text::new("error-unknown-consultation").echo("id", &id)),
                Some(c) => {
                    let key = super::results::released_key(&c.id);
                    self.store.set_meta(&key, if on { "on" } else { "off" })?;
                    fx.detail = format!("results {} {}", c.id, if on { "on" } else { "off" });
                    body.push(
                        Text::new("admin-results-released")
                            .text("title", Text::new(c.title_text()))
                            .arg("on", if on { "yes" } else { "no" }),
                    );
                }
            },
            AdminCommand::Invite {
                audience,
                count,
                single,
                until,
            } => self.invite(&audience, count, single, until, now, fx)?,
            AdminCommand::Source { id, tag } => match self.consultation(&id) {
                None => body.push(Text::new("error-unknown-consultation").echo("id", &id)),
                Some(_) if !super::navigation::is_tag(&tag) => {
                    body.push(Text::new("admin-usage").arg("command", "source"))
                }
                Some(c) => {
                    let start = format!("{}{}{tag}", c.id, super::navigation::SOURCE);
                    let link = self
                        .start_link("telegram")
                        .map(|prefix| format!("{prefix}{start}"));
                    body.push(
                        Text::new("admin-source-links")
                            .arg("tag", &tag)
                            .arg(
                                "telegram",
                                link.clone().unwrap_or_else(|| format!("/start {start}")),
                            )
                            .arg("matrix", format!("!start {start}")),
                    );
                    // A QR code of the link, for the event's slides and flyers.
                    match link.as_deref().map(crate::qr::png) {
                        Some(Ok(data)) => {
                            fx.attachment = Some(Attachment {
                                name: format!("mitreden-{}-{tag}.png", c.id),
                                mime: "image/png".into(),
                                data,
                            })
                        }
                        Some(Err(e)) => tracing::error!(error = %e, "no QR code for an event link"),
                        None => {}
                    }
                }
            },
            AdminCommand::Invites => {
                let counts = self.invite_counts(now)?;
                if counts.is_empty() {
                    body.push(Text::new("admin-no-invites"));
                }
                for (audience, (made, used, valid)) in counts {
                    body.push(
                        Text::new("admin-invites-line")
                            .arg("audience", audience)
                            .num("made", made as f64)
                            .num("used", used as f64)
                            .num("valid", valid as f64),
                    );
                }
            }
            AdminCommand::Revoke(audience) => {
                let revoked = self.revoke_invites(&audience, now)?;
                fx.detail = format!("invites of {audience} revoked");
                body.push(
                    Text::new("admin-invites-revoked")
                        .echo("audience", &audience)
                        .num("count", revoked as f64),
                );
            }
            AdminCommand::Jurors => {
                for who in self.runtime.members(Role::Juror) {
                    body.push(Text::new("admin-juror-line").arg("who", who));
                }
                if self.runtime.members(Role::Juror).is_empty() {
                    body.push(Text::new("admin-no-jurors"));
                }
            }
            AdminCommand::AddJuror(who) => {
                self.runtime
                    .change_member(&*self.store, Role::Juror, &who, true)?;
                fx.detail = format!("juror add {who}");
                body.push(Text::new("admin-juror-added").arg("who", who));
            }
            AdminCommand::RemoveJuror(who) => {
                if self
                    .runtime
                    .change_member(&*self.store, Role::Juror, &who, false)?
                {
                    fx.detail = format!("juror remove {who}");
                    body.push(Text::new("admin-juror-removed").arg("who", who));
                } else {
                    body.push(Text::new("admin-juror-unknown").echo("who", &who));
                }
            }
            AdminCommand::Idea(id) => self.show_idea(&id, fx)?,
            AdminCommand::Status {
                id,
                status,
                comment,
            } => self.set_status(&id, status, comment, who, now, fx)?,
            AdminCommand::Note { id, text } => self.add_note(&id, text, who, now, fx)?,
            AdminCommand::Publish(id) => self.set_published(&id, true, who, now, fx)?,
            AdminCommand::PublishReview { id, n, on } => self.publish_review(&id, n, on, fx)?,
            AdminCommand::Unpublish(id) => self.set_published(&id, false, who, now, fx)?,
            AdminCommand::Open(id) => self.set_window(&id, now, fx, |_| (None, None))?,
            AdminCommand::Close(id) => {
                self.set_window(&id, now, fx, |old| (old.0.filter(|o| *o < now), Some(now)))?
            }
            AdminCommand::Schedule { id, from, to } => {
                self.set_window(&id, now, fx, |_| (Some(from), Some(to)))?
            }
            AdminCommand::Reload => match self.read_definitions() {
                Ok(definitions) => {
                    let count = definitions.0.len();
                    fx.reload = Some(definitions);
                    fx.detail = format!("reload: {count} consultation(s)");
                    body.push(Text::new("admin-reloaded").num("count", count as f64));
                }
                Err(error) => {
                    tracing::warn!(%error, "reload refused; the running set stays");
                    fx.detail = "reload failed; running set kept".into();
                    body.push(Text::new("admin-reload-failed").arg("error", error));
                }
            },
            AdminCommand::Settings => {
                let welcome = self.locales.languages().map(|l| format!("welcome.{l}"));
                for key in runtime::SETTINGS
                    .iter()
                    .map(|s| s.key.to_string())
                    .chain(welcome)
                {
                    let value = self.runtime.get(&key);
                    body.push(
                        Text::new("admin-setting-line")
                            .arg("key", &key)
                            .arg(
                                "value",
                                if value.is_empty() {
                                    "–".into()
                                } else {
                                    value
                                },
                            )
                            .arg(
                                "source",
                                if self.runtime.overridden(&key) {
                                    "chat"
                                } else {
                                    "config"
                                },
                            ),
                    );
                }
            }
            AdminCommand::Set { key, .. } | AdminCommand::Unset(key)
                if !runtime::known(&key, &self.locales) =>
            {
                body.push(Text::new("admin-setting-unknown").echo("key", &key))
            }
            AdminCommand::Set { key, value } => match runtime::check(&key, &value, &self.locales) {
                Err(text) => body.push(text),
                Ok(value) => {
                    let old = self
                        .runtime
                        .change(&*self.store, &key, Some(value.clone()))?;
                    fx.detail = format!("set {key}: {old} -> {value}");
                    body.push(
                        Text::new("admin-setting-set")
                            .arg("key", &key)
                            .arg("value", value),
                    );
                }
            },
            AdminCommand::Unset(key) => {
                let old = self.runtime.change(&*self.store, &key, None)?;
                let value = self.runtime.get(&key);
                fx.detail = format!("unset {key}: {old} -> {value}");
                body.push(Text::new("admin-setting-unset").arg("key", &key).arg(
                    "value",
                    if value.is_empty() {
                        "–".into()
                    } else {
                        value
                    },
                ));
            }
            AdminCommand::Broadcast { id, message } => {
                let Some(c) = self.consultation(&id) else {
                    body.push(Text::new("error-unknown-consultation").echo("id", &id));
                    return Ok(());
                };
                if message.chars().count() > BROADCAST_MAX {
                    body.push(
                        Text::new("error-too-long")
                            .num("length", message.chars().count() as f64)
                            .num("max", BROADCAST_MAX as f64),
                    );
                    return Ok(());
                }
                // Only who asked for news of this consultation (`/follow`):
                // consent to storing answers is no consent to mail.
                let mut pending = Vec::new();
                for (pid, _) in self.store.contacts()? {
                    let Some(p) = self.participant(&pid)?.0 else {
                        continue;
                    };
                    if p.follows.contains(&c.id) && self.has_consent(&p) {
                        pending.push(pid);
                    }
                }
                fx.detail = format!("broadcast {} to {} recipient(s)", c.id, pending.len());
                body.push(Text::new("admin-broadcast-queued").num("count", pending.len() as f64));
                let text = Text::new("broadcast-message")
                    .text("title", Text::new(c.title_text()))
                    .arg("message", &message);
                self.announce(fx, text, pending, Some(me), format!("broadcast {}", c.id))?;
            }
            AdminCommand::Admins => {
                for (platform, user) in &self.settings.admins {
                    body.push(
                        Text::new("admin-admin-line")
                            .arg("who", format!("{platform}:{user}"))
                            .arg("source", "config"),
                    );
                }
                for who in self.runtime.members(Role::Admin) {
                    body.push(
                        Text::new("admin-admin-line")
                            .arg("who", who)
                            .arg("source", "chat"),
                    );
                }
            }
            AdminCommand::AddAdmin(who) => {
                if !self.is_admin(&who)
                    && self
                        .runtime
                        .change_member(&*self.store, Role::Admin, &who, true)?
                {
                    fx.detail = format!("admin add {who}");
                    body.push(Text::new("admin-admin-added").arg("who", who));
                } else {
                    body.push(Text::new("admin-admin-exists").arg("who", who));
                }
            }
            AdminCommand::RemoveAdmin(who) => {
                let configured = self
                    .settings
                    .admins
                    .iter()
                    .any(|(platform, user)| format!("{platform}:{user}") == who);
                if configured {
                    body.push(Text::new("admin-admin-configured").arg("who", who));
                } else if self
                    .runtime
                    .change_member(&*self.store, Role::Admin, &who, false)?
                {
                    fx.detail = format!("admin remove {who}");
                    body.push(Text::new("admin-admin-removed").arg("who", who));
                } else {
                    body.push(Text::new("admin-admin-unknown").echo("who", &who));
                }
            }
            AdminCommand::Export { .. } if !self.settings.export_platforms.contains(&me.0) => body
                .push(
                    Text::new("admin-export-not-here")
                        .arg("platforms", self.settings.export_platforms.join(", ")),
                ),
            AdminCommand::Export { consultation, json } => {
                self.export(consultation, json, now, fx)?
            }
            AdminCommand::Audit(n) => {
                for e in self.store.audit_tail(n)? {
                    let detail = match e.count {
                        Some(n) if n > 1 => format!("{} (×{n})", e.detail),
                        _ => e.detail,
                    };
                    body.push(
                        Text::new("admin-audit-line")
                            .arg("at", date(Some(e.at), "%Y-%m-%d %H:%M:%S UTC"))
                            .arg("actor", &e.actor)
                            .arg("action", &e.action)
                            .arg("detail", detail),
                    );
                }
            }
        }
        Ok(())
    }
}
