//! The terminal chat: the engine on stdin/stdout. Options are numbered; the
//! user answers with the number, the option's text, or a `/command`. Works
//! the same with a pipe, so tests and demos can script it.

use std::sync::Arc;

use bot_core::{render, Engine, Incoming, Input, Text};
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};

/// Who is chatting, as far as the engine needs to know.
#[derive(Debug, Clone)]
pub struct Session {
    /// The local user name: hashed into the pseudonym, never stored.
    pub user: String,
    /// A language hint, e.g. from `LANG`.
    pub language_hint: Option<String>,
    /// Print a `> ` prompt before reading (interactive use).
    pub prompt: bool,
}

/// Chats until the input ends. A failed step (e.g. the disk is full) is
/// reported and the line may be sent again; nothing half-done is stored.
pub async fn run<R, W>(
    engine: Arc<Engine>,
    session: Session,
    input: R,
    mut output: W,
) -> std::io::Result<()>
where
    R: AsyncBufRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut lines = input.lines();
    let mut next = Some(Input::Open);
    loop {
        if let Some(input) = next.take() {
            let event = Incoming {
                platform: "terminal".into(),
                user: session.user.clone(),
                chat: "terminal".into(),
                event_id: None,
                language_hint: session.language_hint.clone(),
                input,
                staff: false,
            };
            let text = match engine.handle(event).await {
                Ok(outcome) => outcome
                    .replies
                    .iter()
                    .map(|r| {
                        let mut text = render::plain(&engine.locales(), r);
                        // A file is shown inline: a terminal has nowhere else to put it.
                        if let Some(file) = &r.attachment {
                            let label = Text::new("file-attached").arg("name", &file.name);
                            text.push_str(&format!(
                                "\n\n{}\n{}",
                                engine.locales().render(&r.lang, &label),
                                String::from_utf8_lossy(&file.data)
                            ));
                        }
                        text
                    })
                    .collect::<Vec<_>>()
                    .join("\n\n"),
                Err(e) => {
                    tracing::error!(error = %e, "step failed");
                    let lang = engine.locales().default_language().to_owned();
                    engine
                        .locales()
                        .render(&lang, &bot_core::Text::new("error-internal"))
                }
            };
            if !text.is_empty() {
                output.write_all(text.as_bytes()).await?;
                output.write_all(b"\n\n").await?;
            }
        }
        if session.prompt {
            output.write_all(b"> ").await?;
        }
        output.flush().await?;
        match lines.next_line().await? {
            Some(line) if line.trim().is_empty() => {}
            Some(line) => next = Some(Input::Text(line)),
            None => return Ok(()),
        }
    }
}
