//! What a button means, in one enum with one encoding: a button id is the
//! prompt's sequence number, a dot, and the encoded [`Button`]. A press
//! whose number is not the current prompt's is stale.

/// What pressing a button asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Button {
    /// Agree (consent, "submit an idea now?").
    Yes,
    /// Decline.
    No,
    /// An option of the current question, or an idea's field of action.
    Option(String),
    /// A value on a scale.
    Value(i64),
    /// "Other": answer a choice question with a short text of one's own.
    Other,
    /// Take back the last pick (ranking).
    Undo,
    /// A consultation to take part in.
    Consultation(String),
    /// A language for the chat.
    Language(String),
    /// Support a published idea.
    Support(String),
    /// Take one's support back.
    Unsupport(String),
    /// A published idea in full.
    More(String),
    /// Change one's own submitted idea.
    Edit(String),
    /// Take one's own submitted idea back.
    Withdraw(String),
    /// A page of published ideas.
    Page(u32),
    /// Finish a multiple choice.
    Done,
    /// The previous question or step.
    Back,
    /// Skip an optional question.
    Skip,
    /// Leave the current dialogue.
    Cancel,
    /// Submit the idea draft; it may be published.
    Send,
    /// Submit the idea draft for the ministry only.
    SendInternal,
    /// Change the draft's title.
    EditTitle,
    /// Change the draft's description.
    EditDescription,
    /// Change the draft's field of action.
    EditField,
    /// Yes, erase my data.
    Forget,
    /// Show the list of languages (from the greeting).
    Languages,
}

impl Button {
    /// The button's part of a choice id.
    pub fn encode(&self) -> String {
        let fixed = match self {
            Button::Yes => "y",
            Button::No => "n",
            Button::Other => "other",
            Button::Undo => "undo",
            Button::Done => "done",
            Button::Back => "back",
            Button::Skip => "skip",
            Button::Cancel => "cancel",
            Button::Send => "send",
            Button::SendInternal => "send-internal",
            Button::EditTitle => "edit-title",
            Button::EditDescription => "edit-description",
            Button::EditField => "edit-field",
            Button::Forget => "forget",
            Button::Languages => "languages",
            Button::Option(id) => return format!("o:{id}"),
            Button::Value(v) => return format!("v:{v}"),
            Button::Consultation(id) => return format!("c:{id}"),
            Button::Language(code) => return format!("l:{code}"),
            Button::Support(id) => return format!("s:{id}"),
            Button::Unsupport(id) => return format!("u:{id}"),
            Button::More(id) => return format!("m:{id}"),
            Button::Edit(id) => return format!("e:{id}"),
            Button::Withdraw(id) => return format!("w:{id}"),
            Button::Page(n) => return format!("p:{n}"),
        };
        fixed.to_owned()
    }

    /// The button an encoded part stands for; `None` for anything else.
    pub fn parse(text: &str) -> Option<Button> {
        let arg = |prefix: &str| text.strip_prefix(prefix).map(str::to_owned);
        Some(match text {
            "y" => Button::Yes,
            "n" => Button::No,
            "other" => Button::Other,
            "undo" => Button::Undo,
            "done" => Button::Done,
            "back" => Button::Back,
            "skip" => Button::Skip,
            "cancel" => Button::Cancel,
            "send" => Button::Send,
            "send-internal" => Button::SendInternal,
            "edit-title" => Button::EditTitle,
            "edit-description" => Button::EditDescription,
            "edit-field" => Button::EditField,
            "forget" => Button::Forget,
            "languages" => Button::Languages,
            _ => {
                if let Some(id) = arg("o:") {
                    Button::Option(id)
                } else if let Some(v) = arg("v:") {
                    Button::Value(v.parse().ok()?)
                } else if let Some(id) = arg("c:") {
                    Button::Consultation(id)
                } else if let Some(code) = arg("l:") {
                    Button::Language(code)
                } else if let Some(id) = arg("s:") {
                    Button::Support(id)
                } else if let Some(id) = arg("u:") {
                    Button::Unsupport(id)
                } else if let Some(id) = arg("m:") {
                    Button::More(id)
                } else if let Some(id) = arg("e:") {
                    Button::Edit(id)
                } else if let Some(id) = arg("w:") {
                    Button::Withdraw(id)
                } else if let Some(n) = arg("p:") {
                    Button::Page(n.parse().ok()?)
                } else {
                    return None;
                }
            }
        })
    }

    /// The id of this button on prompt number `seq`.
    pub fn id(&self, seq: u32) -> String {
        format!("{seq}.{}", self.encode())
    }

    /// A pressed choice id: its prompt number and button.
    pub fn from_id(id: &str) -> Option<(u32, Button)> {
        let (seq, rest) = id.split_once('.')?;
        Some((seq.parse().ok()?, Button::parse(rest)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_button_round_trips_within_telegrams_64_bytes() {
        // Ids of options, consultations and fields are slugs of at most 40
        // characters; idea ids and language codes are shorter.
        let slug = "a".repeat(40);
        let all = [
            Button::Yes,
            Button::No,
            Button::Option(slug.clone()),
            Button::Value(i64::MIN),
            Button::Other,
            Button::Undo,
            Button::Consultation(slug.clone()),
            Button::Language("zh-Hant-TW".into()),
            Button::Support(slug.clone()),
            Button::Unsupport(slug.clone()),
            Button::More(slug.clone()),
            Button::Edit(slug.clone()),
            Button::Withdraw(slug.clone()),
            Button::Page(u32::MAX),
            Button::Done,
            Button::Back,
            Button::Skip,
            Button::Cancel,
            Button::Send,
            Button::SendInternal,
            Button::EditTitle,
            Button::EditDescription,
            Button::EditField,
            Button::Forget,
            Button::Languages,
        ];
        for b in all {
            let id = b.id(u32::MAX);
            assert!(id.len() <= 64, "{id} is {} bytes", id.len());
            assert_eq!(Button::from_id(&id), Some((u32::MAX, b)));
        }
        for junk in ["", "7", "7.", "x.y", "7.v:abc", "7.p:-1", "7.zzz", "7.o"] {
            assert_eq!(Button::from_id(junk), None, "{junk}");
        }
    }
}
