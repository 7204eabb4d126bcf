//! Event frames (`frames.csv`): a lemma or phrase, the event it tells, how it takes its other
//! party, and every surface form it is matched by ("meet" → "meet", "meets", "met", "meeting").
//!
//! A frame is a row, not a code path: "X held talks with Y" is the frame `hold talks` (a verb
//! whose other party follows `with` or `between`), "X received Y" the frame `receive` (a verb
//! with a direct object, so also "Y was received by X"). English inflection is grammar and
//! lives here; which words make which event is knowledge and lives in the file.

use super::words::{WordClass, Words};
use super::{Cue, CueEvent, CueKind, Mode};

/// How a frame's words are inflected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// The first word is a verb: base, -s, past and -ing forms.
    Verb,
    /// A noun whose head (the word before "of", else the last word) takes a plural.
    Noun,
    /// Matched only as written.
    Fixed,
}

/// Which form of its frame a cue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    /// As the frame writes it: a verb's base form, a noun's singular, a fixed phrase.
    Base,
    /// A verb's third person singular ("meets").
    Third,
    /// A verb's past tense or past participle ("met", "received", "spoken").
    Past,
    /// A verb's -ing form ("meeting").
    Ing,
    /// A noun's plural ("meetings").
    Plural,
}

/// How a frame takes its other party.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Object {
    /// As a direct object ("met Y"), and so as the agent of the passive ("Y was met by X").
    Direct,
    /// In the subject with the frame's first party: "X and Y met", "they held talks".
    Mutual,
    /// After this preposition ("talks with Y", "talks between X and Y").
    Prep(String),
}

/// One row of `frames.csv`.
#[derive(Debug, Clone)]
pub struct Frame {
    pub event: CueEvent,
    /// The lemma or phrase, lower case unless the file capitalises it ("MoU").
    pub phrase: String,
    pub part: Part,
    pub kind: CueKind,
    pub objects: Vec<Object>,
    /// Meeting frames: the mode the frame itself says ("phone"), if any.
    pub mode: Option<Mode>,
    /// Irregular forms of the inflected word: a verb's past forms and, ending in "-ing", its
    /// -ing form ("spoke|spoken", "travelled|travelling"); a noun's extra plurals ("memoranda").
    pub forms: Vec<String>,
}

impl Part {
    pub(super) fn parse(s: &str) -> Option<Part> {
        Some(match s {
            "verb" => Part::Verb,
            "noun" => Part::Noun,
            "fixed" => Part::Fixed,
            _ => return None,
        })
    }
}

impl Object {
    pub(super) fn parse(s: &str) -> Option<Object> {
        match s {
            "direct" => Some(Object::Direct),
            "mutual" => Some(Object::Mutual),
            p if !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase()) => {
                Some(Object::Prep(p.to_string()))
            }
            _ => None,
        }
    }
}

impl Frame {
    /// Whether the frame takes a direct object (and so a passive's agent after "by").
    pub fn takes_direct(&self) -> bool {
        self.objects.contains(&Object::Direct)
    }

    /// Whether the frame's subject may hold both parties ("X and Y met"; not "X and Y received
    /// aid").
    pub fn mutual(&self) -> bool {
        self.objects.contains(&Object::Mutual)
    }

    /// Whether the frame takes its other party after the preposition `prep`.
    pub fn takes_prep(&self, prep: &str) -> bool {
        self.objects
            .iter()
            .any(|o| matches!(o, Object::Prep(p) if p == prep))
    }

    /// Every surface form of the frame with the form it is. A single-word verb that is more
    /// often a noun when bare (`noun_verb` in words.csv: "remark", "post") has no base or -s
    /// form ("remarks" is a noun), only its past and -ing forms.
    pub fn surface_forms(&self, words: &Words) -> Vec<(String, Form)> {
        let ws: Vec<&str> = self.phrase.split(' ').collect();
        match self.part {
            Part::Fixed => vec![(self.phrase.clone(), Form::Base)],
            Part::Verb => {
                let head = ws[0];
                let with_head = |h: &str| {
                    std::iter::once(h)
                        .chain(ws[1..].iter().copied())
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                let mut out = Vec::new();
                if ws.len() > 1 || !words.contains(WordClass::NounVerb, head) {
                    out.push((self.phrase.clone(), Form::Base));
                    out.push((with_head(&third(head)), Form::Third));
                }
                let (ings, pasts): (Vec<&String>, Vec<&String>) =
                    self.forms.iter().partition(|f| f.ends_with("ing"));
                if pasts.is_empty() {
                    out.push((with_head(&past(head)), Form::Past));
                }
                out.extend(pasts.iter().map(|f| (with_head(f), Form::Past)));
                if ings.is_empty() {
                    out.push((with_head(&ing(head)), Form::Ing));
                }
                out.extend(ings.iter().map(|f| (with_head(f), Form::Ing)));
                out
            }
            Part::Noun => {
                let h = ws
                    .iter()
                    .position(|w| *w == "of")
                    .map_or(ws.len() - 1, |i| i.saturating_sub(1));
                let with_head = |head: &str| {
                    let mut v = ws.clone();
                    v[h] = head;
                    v.join(" ")
                };
                let mut out = vec![
                    (self.phrase.clone(), Form::Base),
                    (with_head(&plural(ws[h])), Form::Plural),
                ];
                out.extend(self.forms.iter().map(|f| (with_head(f), Form::Plural)));
                out
            }
        }
    }
}

/// The cues of `frames`, one per surface form. A form two frames of one event share belongs to
/// the frame that writes it as its phrase ("meeting" the noun, not the -ing of "meet"), else to
/// the first frame.
pub(super) fn cues(frames: &[Frame], words: &Words) -> Vec<Cue> {
    let forms: Vec<Vec<(String, Form)>> = frames.iter().map(|f| f.surface_forms(words)).collect();
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    // Forms as written first, inflections after: the first to claim a form keeps it.
    for as_written in [true, false] {
        for (i, (frame, fs)) in frames.iter().zip(&forms).enumerate() {
            for (text, form) in fs.iter().filter(|(_, f)| (*f == Form::Base) == as_written) {
                if seen.insert((frame.event, text.to_lowercase())) {
                    out.push(Cue {
                        event: frame.event,
                        cue: text.clone(),
                        kind: frame.kind,
                        mode: frame.mode,
                        frame: i,
                        form: *form,
                    });
                }
            }
        }
    }
    out
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether `w` ends in a consonant and "y" ("deny", not "obey").
fn consonant_y(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b'y' && !is_vowel(b[b.len() - 2])
}

/// "meets", "stresses", "denies".
fn third(w: &str) -> String {
    if consonant_y(w) {
        format!("{}ies", &w[..w.len() - 1])
    } else if ["s", "x", "z", "ch", "sh", "o"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

/// "visited", "stated", "denied" (irregular and doubled pasts are in the file).
fn past(w: &str) -> String {
    if w.ends_with('e') {
        format!("{w}d")
    } else if consonant_y(w) {
        format!("{}ied", &w[..w.len() - 1])
    } else {
        format!("{w}ed")
    }
}

/// "visiting", "stating", "agreeing", "tying".
fn ing(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ie") {
        format!("{stem}ying")
    } else if w.ends_with('e') && !["ee", "ye", "oe"].iter().any(|e| w.ends_with(e)) {
        format!("{}ing", &w[..w.len() - 1])
    } else {
        format!("{w}ing")
    }
}

/// "meetings", "treaties", "MoUs".
fn plural(w: &str) -> String {
    if consonant_y(w) {
        format!("{}ies", &w[..w.len() - 1])
    } else if ["s", "x", "z", "ch", "sh"].iter().any(|e| w.ends_with(e)) {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        // (name, function, word, form)
        type Inflect = fn(&str) -> String;
        let cases: [(&str, Inflect, &str, &str); 14] = [
            ("third_plain", third, "meet", "meets"),
            ("third_sibilant", third, "stress", "stresses"),
            ("third_consonant_y", third, "deny", "denies"),
            ("third_vowel_y", third, "obey", "obeys"),
            ("past_plain", past, "visit", "visited"),
            ("past_e", past, "state", "stated"),
            ("past_consonant_y", past, "reply", "replied"),
            ("ing_plain", ing, "visit", "visiting"),
            ("ing_drops_e", ing, "emphasise", "emphasising"),
            ("ing_keeps_ee", ing, "agree", "agreeing"),
            ("ing_ie", ing, "tie", "tying"),
            ("plural_plain", plural, "meeting", "meetings"),
            ("plural_y", plural, "treaty", "treaties"),
            ("plural_acronym", plural, "MoU", "MoUs"),
        ];
        for (name, f, w, want) in cases {
            assert_eq!(f(w), want, "{name}");
        }
    }

    fn frame(phrase: &str, part: Part, forms: &[&str]) -> Frame {
        Frame {
            event: CueEvent::Meeting,
            phrase: phrase.into(),
            part,
            kind: CueKind::Meeting(super::super::MeetingKind::Verb),
            objects: vec![Object::Direct],
            mode: None,
            forms: forms.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn surface_forms_of_frames() {
        let words = Words::from_rows(&[super::super::words::WordRow {
            class: WordClass::NounVerb,
            word: "post".into(),
            remove: false,
        }]);
        // (name, frame, forms)
        let cases = [
            (
                "irregular_verb_phrase",
                frame("hold talks", Part::Verb, &["held"]),
                vec!["hold talks", "holds talks", "held talks", "holding talks"],
            ),
            (
                "past_and_participle",
                frame("speak", Part::Verb, &["spoke", "spoken"]),
                vec!["speak", "speaks", "spoke", "spoken", "speaking"],
            ),
            (
                "irregular_ing",
                frame("travel to", Part::Verb, &["travelled", "travelling"]),
                vec!["travel to", "travels to", "travelled to", "travelling to"],
            ),
            (
                "noun_verb_has_no_base_form",
                frame("post", Part::Verb, &[]),
                vec!["posted", "posting"],
            ),
            (
                "noun_head_before_of",
                frame("memorandum of understanding", Part::Noun, &["memoranda"]),
                vec![
                    "memorandum of understanding",
                    "memorandums of understanding",
                    "memoranda of understanding",
                ],
            ),
            ("fixed", frame("talks", Part::Fixed, &[]), vec!["talks"]),
        ];
        for (name, f, want) in cases {
            let got: Vec<String> = f.surface_forms(&words).into_iter().map(|x| x.0).collect();
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn a_phrase_beats_another_frames_inflection() {
        let words = Words::default();
        let mut noun = frame("meeting", Part::Noun, &[]);
        noun.kind = CueKind::Meeting(super::super::MeetingKind::Nominal);
        let cues = cues(&[frame("meet", Part::Verb, &["met"]), noun], &words);
        let meeting = cues.iter().find(|c| c.cue == "meeting").unwrap();
        assert_eq!(meeting.frame, 1);
        assert_eq!(meeting.form, Form::Base);
        assert_eq!(cues.iter().filter(|c| c.cue == "meeting").count(), 1);
    }
}
