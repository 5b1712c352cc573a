//! The running bot's control socket, `data_dir/control.sock`: sled opens a
//! database in one process only, so `mitreden backup` asks the running
//! process to write the backup. Only the data directory's owner reaches the
//! socket (the directory is 0700, the socket 0600). One line per request:
//! `backup PATH` → `ok BYTES` or `error WHY`.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt};

fn socket(data_dir: &Path) -> PathBuf {
    data_dir.join("control.sock")
}

/// Answers requests until the process ends.
pub async fn serve(engine: Arc<bot_core::Engine>, data_dir: PathBuf) -> anyhow::Result<()> {
    let path = socket(&data_dir);
    // A socket left by a killed process: we hold the store, so it is stale.
    let _ = std::fs::remove_file(&path);
    let listener = tokio::net::UnixListener::bind(&path)
        .with_context(|| format!("cannot listen on {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("cannot restrict {}", path.display()))?;
    }
    loop {
        let (stream, _) = listener.accept().await?;
        let engine = engine.clone();
        tokio::spawn(async move {
            let (read, mut write) = stream.into_split();
            let mut line = String::new();
            let mut reader = tokio::io::BufReader::new(read);
            if reader.read_line(&mut line).await.is_err() {
                return;
            }
            let reply = match line.trim_end().split_once(' ') {
                Some(("backup", to)) => {
                    let to = PathBuf::from(to);
                    let result = tokio::task::spawn_blocking(move || engine.backup(&to)).await;
                    match result {
                        Ok(Ok(bytes)) => {
                            tracing::info!(bytes, "backup written");
                            format!("ok {bytes}\n")
                        }
                        Ok(Err(e)) => format!("error {e}\n"),
                        Err(e) => format!("error {e}\n"),
                    }
                }
                _ => "error unknown request\n".to_owned(),
            };
            let _ = write.write_all(reply.as_bytes()).await;
        });
    }
}

/// Asks the running process for a backup to `to` (an absolute path);
/// returns its size.
pub fn backup_through(data_dir: &Path, to: &Path) -> anyhow::Result<u64> {
    let path = socket(data_dir);
    let mut stream = std::os::unix::net::UnixStream::connect(&path).with_context(|| {
        format!(
            "the store in {} is in use, and no running mitreden answers on {}",
            data_dir.display(),
            path.display()
        )
    })?;
    writeln!(stream, "backup {}", to.display())?;
    let mut reply = String::new();
    BufReader::new(stream).read_line(&mut reply)?;
    match reply.trim_end().split_once(' ') {
        Some(("ok", bytes)) => Ok(bytes.parse().unwrap_or(0)),
        Some(("error", why)) => {
            anyhow::bail!("the running mitreden could not write the backup: {why}")
        }
        _ => anyhow::bail!("unexpected answer from {}: {reply:?}", path.display()),
    }
}
