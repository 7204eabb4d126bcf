//! The closed sets of frames.csv: what event a cue signals, which kind of meeting, which agreement
//! action, which mode; parsed once at load so that no rule compares strings.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::frame::{Form, Part};

/// The event a cue signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueEvent {
    Meeting,
    Statement,
    Agreement,
}

/// How a meeting cue tells its participants (`kind` of a meeting row).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MeetingKind {
    /// A verb with its subject and object: "X met Y", "X held talks with Y".
    Verb,
    /// A noun with its participants around it: "a meeting with Y", "talks between X and Y".
    Nominal,
    /// A visit to a place or a host: "X visited Z", "X's visit to Y".
    Visit,
    /// Talks through a mediator: "talks mediated by W".
    Mediated,
    /// People attending meetings told before: "X attended the meeting".
    Attendance,
    /// A shared appearance: "a joint press conference", "X and Y jointly …".
    Joint,
}

/// What an agreement cue tells of an agreement (`kind` of an agreement row).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AgreementAction {
    Signed,
    Reaffirmed,
    Negotiating,
    Proposed,
    Reached,
}

/// What an agreement noun does (`instrument` or `arrangement` rows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AgreementNoun {
    /// It names an agreement ("memorandum of understanding"): an agreement entity.
    Instrument,
    /// It only makes an event ("deal", "arrangement"), never an entity.
    Arrangement,
}

/// A cue's kind, by the event it signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    Meeting(MeetingKind),
    Statement,
    Agreement(AgreementAction),
    AgreementNoun(AgreementNoun),
}

/// How a meeting was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    #[default]
    InPerson,
    Phone,
    Virtual,
}

/// A cue word or phrase.
#[derive(Debug, Clone)]
pub struct Cue {
    pub event: CueEvent,
    pub cue: String,
    pub kind: CueKind,
    /// Meeting cues: the mode the cue itself says ("phoned"), if any.
    pub mode: Option<Mode>,
    /// The frame (index into `Gazetteer::frames`) whose form this is.
    pub frame: usize,
    pub form: Form,
}

impl CueEvent {
    pub(super) fn parse(s: &str) -> Option<CueEvent> {
        Some(match s {
            "meeting" => CueEvent::Meeting,
            "statement" => CueEvent::Statement,
            "agreement" => CueEvent::Agreement,
            _ => return None,
        })
    }
}

impl CueKind {
    /// The kind a frame's `kind` cell gives it, with its `event` and `part`; None when they do
    /// not go together. Talks are told by a verb or by a noun ("met" or "a meeting").
    pub(super) fn parse(event: CueEvent, part: Part, s: &str) -> Option<CueKind> {
        Some(match (event, s) {
            (CueEvent::Meeting, "talks") if part == Part::Verb => {
                CueKind::Meeting(MeetingKind::Verb)
            }
            (CueEvent::Meeting, "talks") => CueKind::Meeting(MeetingKind::Nominal),
            (CueEvent::Meeting, "visit") => CueKind::Meeting(MeetingKind::Visit),
            (CueEvent::Meeting, "mediated") => CueKind::Meeting(MeetingKind::Mediated),
            (CueEvent::Meeting, "attendance") => CueKind::Meeting(MeetingKind::Attendance),
            (CueEvent::Meeting, "joint") => CueKind::Meeting(MeetingKind::Joint),
            (CueEvent::Statement, "say") => CueKind::Statement,
            (CueEvent::Agreement, "instrument") => {
                CueKind::AgreementNoun(AgreementNoun::Instrument)
            }
            (CueEvent::Agreement, "arrangement") => {
                CueKind::AgreementNoun(AgreementNoun::Arrangement)
            }
            (CueEvent::Agreement, action) => CueKind::Agreement(AgreementAction::parse(action)?),
            _ => return None,
        })
    }
}

impl AgreementAction {
    fn parse(s: &str) -> Option<AgreementAction> {
        Some(match s {
            "signed" => AgreementAction::Signed,
            "reaffirmed" => AgreementAction::Reaffirmed,
            "negotiating" => AgreementAction::Negotiating,
            "proposed" => AgreementAction::Proposed,
            "reached" => AgreementAction::Reached,
            _ => return None,
        })
    }

    /// The action as records write it.
    pub fn as_str(self) -> &'static str {
        match self {
            AgreementAction::Signed => "signed",
            AgreementAction::Reaffirmed => "reaffirmed",
            AgreementAction::Negotiating => "negotiating",
            AgreementAction::Proposed => "proposed",
            AgreementAction::Reached => "reached",
        }
    }
}

impl Mode {
    pub(super) fn parse(s: &str) -> Option<Mode> {
        Some(match s {
            "in-person" => Mode::InPerson,
            "phone" => Mode::Phone,
            "virtual" => Mode::Virtual,
            _ => return None,
        })
    }

    /// The mode as records write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::InPerson => "in-person",
            Mode::Phone => "phone",
            Mode::Virtual => "virtual",
        }
    }
}

impl fmt::Display for Mode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for AgreementAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_go_with_their_events() {
        // (name, event, part, kind cell, parsed)
        let cases = [
            (
                "talks_verb",
                CueEvent::Meeting,
                Part::Verb,
                "talks",
                Some(CueKind::Meeting(MeetingKind::Verb)),
            ),
            (
                "talks_noun",
                CueEvent::Meeting,
                Part::Noun,
                "talks",
                Some(CueKind::Meeting(MeetingKind::Nominal)),
            ),
            (
                "talks_fixed_phrase",
                CueEvent::Meeting,
                Part::Fixed,
                "talks",
                Some(CueKind::Meeting(MeetingKind::Nominal)),
            ),
            (
                "joint",
                CueEvent::Meeting,
                Part::Fixed,
                "joint",
                Some(CueKind::Meeting(MeetingKind::Joint)),
            ),
            (
                "say",
                CueEvent::Statement,
                Part::Verb,
                "say",
                Some(CueKind::Statement),
            ),
            (
                "action",
                CueEvent::Agreement,
                Part::Verb,
                "reached",
                Some(CueKind::Agreement(AgreementAction::Reached)),
            ),
            (
                "instrument",
                CueEvent::Agreement,
                Part::Noun,
                "instrument",
                Some(CueKind::AgreementNoun(AgreementNoun::Instrument)),
            ),
            (
                "meeting_kind_on_agreement",
                CueEvent::Agreement,
                Part::Verb,
                "visit",
                None,
            ),
            ("empty_kind", CueEvent::Meeting, Part::Verb, "", None),
            (
                "action_on_meeting",
                CueEvent::Meeting,
                Part::Verb,
                "signed",
                None,
            ),
            ("say_on_meeting", CueEvent::Meeting, Part::Verb, "say", None),
        ];
        for (name, event, part, cell, want) in cases {
            assert_eq!(CueKind::parse(event, part, cell), want, "{name}");
        }
    }

    #[test]
    fn modes_and_actions_serialise_as_records_write_them() {
        for m in [Mode::InPerson, Mode::Phone, Mode::Virtual] {
            assert_eq!(serde_json::to_value(m).unwrap(), m.as_str());
            assert_eq!(Mode::parse(m.as_str()), Some(m));
        }
        let a = AgreementAction::Negotiating;
        assert_eq!(serde_json::to_value(a).unwrap(), "negotiating");
    }
}
