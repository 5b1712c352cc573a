//! The smallest useful Telegram bot, for scale: long polling with
//! teloxide (the client mitreden uses) and one `sendMessage` per update.
//! (The load's citizens wait for each reply, so no chat has two updates
//! in flight.) What mitreden costs beyond this is its own.
//!
//! `echo-bot TOKEN API_URL`

use teloxide::payloads::GetUpdatesSetters;
use teloxide::prelude::*;
use teloxide::types::UpdateKind;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(token), Some(url)) = (args.next(), args.next()) else {
        anyhow::bail!("usage: echo-bot TOKEN API_URL");
    };
    let bot = Bot::new(token).set_api_url(url.parse()?);
    let mut offset = 0i32;
    loop {
        let updates = match bot.get_updates().offset(offset).timeout(2).await {
            Ok(u) => u,
            Err(e) => {
                eprintln!("getUpdates: {e}");
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
                continue;
            }
        };
        for update in updates {
            offset = offset.max(update.id.0 as i32 + 1);
            let UpdateKind::Message(msg) = update.kind else {
                continue;
            };
            let text = msg.text().unwrap_or("?").to_owned();
            let bot = bot.clone();
            tokio::spawn(async move {
                if let Err(e) = bot.send_message(msg.chat.id, text).await {
                    eprintln!("sendMessage: {e}");
                }
            });
        }
    }
}
