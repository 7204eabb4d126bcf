//! Loading: the built-in files, a folder's files over them, layers merged by id, checked.

use std::path::Path;

use anyhow::{bail, Context, Result};

use super::parse::{
    merge_by, parse_agreements, parse_frames, parse_orgs, parse_people, parse_places, parse_roles,
};
use super::{
    frame, words, Agreement, Frame, Gazetteer, Organisation, Person, Place, PlaceKind, Role,
    Source, Tenure, Words,
};

/// The file names of the seven gazetteers, in load order.
pub const FILES: [&str; 7] = [
    "places.csv",
    "organisations.csv",
    "people.csv",
    "agreements.csv",
    "roles.csv",
    "frames.csv",
    "words.csv",
];

fn embedded(file: &str) -> &'static str {
    match file {
        "places.csv" => include_str!("../../gazetteers/places.csv"),
        "organisations.csv" => include_str!("../../gazetteers/organisations.csv"),
        "people.csv" => include_str!("../../gazetteers/people.csv"),
        "agreements.csv" => include_str!("../../gazetteers/agreements.csv"),
        "roles.csv" => include_str!("../../gazetteers/roles.csv"),
        "frames.csv" => include_str!("../../gazetteers/frames.csv"),
        "words.csv" => include_str!("../../gazetteers/words.csv"),
        _ => "",
    }
}

/// The built-in files, in [`FILES`] order.
fn builtin_sources() -> Vec<Source> {
    FILES
        .iter()
        .map(|f| Source {
            name: format!("gazetteers/{f}"),
            text: embedded(f).to_string(),
        })
        .collect()
}

impl Gazetteer {
    /// The gazetteers compiled into the binary.
    pub fn builtin() -> Result<Gazetteer> {
        Gazetteer::load(None)
    }

    /// The built-in gazetteers, extended and overridden by the CSV files found in `dir`.
    pub fn load(dir: Option<&Path>) -> Result<Gazetteer> {
        let mut layers = vec![builtin_sources()];
        if let Some(dir) = dir {
            if !dir.is_dir() {
                bail!("{}: not a directory of gazetteer CSV files", dir.display());
            }
            layers.push(dir_sources(dir)?);
        }
        Gazetteer::from_layers(&layers)
    }

    /// The gazetteers of `dir` alone, without the built-in ones; the built-in word lists stand in
    /// when `dir` has no `words.csv` (they are the rules' vocabulary, not entities).
    pub fn load_only(dir: &Path) -> Result<Gazetteer> {
        let mut sources = dir_sources(dir)?;
        for (file, src) in FILES.iter().zip(&mut sources) {
            if *file == "words.csv" && src.text.trim().is_empty() {
                src.text = embedded(file).to_string();
            }
        }
        Gazetteer::from_layers(&[sources])
    }

    /// The seven built-in files, or those of `dir` alone (missing ones empty), as check sources.
    pub fn sources(dir: Option<&Path>) -> Result<Vec<Source>> {
        match dir {
            None => Ok(builtin_sources()),
            Some(dir) => dir_sources(dir),
        }
    }

    /// The built-in gazetteers extended by the given files, each `(file name, CSV text)` with a
    /// name from [`FILES`]; their rows replace built-in rows with the same id.
    pub fn builtin_with(files: &[(&str, &str)]) -> Result<Gazetteer> {
        let base = builtin_sources();
        let mut extra = Vec::new();
        for f in FILES {
            let text = files.iter().find(|(n, _)| *n == f).map_or("", |(_, t)| t);
            extra.push(Source {
                name: f.to_string(),
                text: text.to_string(),
            });
        }
        for (name, _) in files {
            if !FILES.contains(name) {
                bail!(
                    "{name}: not a gazetteer file (expected one of {})",
                    FILES.join(", ")
                );
            }
        }
        Gazetteer::from_layers(&[base, extra])
    }

    /// Builds a gazetteer from layers of the seven files (in [`FILES`] order); a later layer's rows
    /// replace an earlier layer's rows with the same id. An empty text means "no such file".
    pub fn from_layers(layers: &[Vec<Source>]) -> Result<Gazetteer> {
        let mut g = Gazetteer::default();
        let mut places: Vec<Place> = Vec::new();
        let mut orgs: Vec<Organisation> = Vec::new();
        let mut people: Vec<(Person, Vec<Tenure>)> = Vec::new();
        let mut agreements: Vec<Agreement> = Vec::new();
        let mut roles: Vec<Role> = Vec::new();
        let mut frames: Vec<Frame> = Vec::new();
        let mut words = Vec::new();
        for layer in layers {
            for (file, src) in FILES.iter().zip(layer) {
                if src.text.trim().is_empty() {
                    continue;
                }
                match *file {
                    "places.csv" => merge_by(&mut places, parse_places(src)?, |p| p.id.clone()),
                    "organisations.csv" => merge_by(&mut orgs, parse_orgs(src)?, |o| o.id.clone()),
                    "people.csv" => merge_by(&mut people, parse_people(src)?, |p| p.0.id.clone()),
                    "agreements.csv" => {
                        merge_by(&mut agreements, parse_agreements(src)?, |a| a.id.clone())
                    }
                    "roles.csv" => {
                        merge_by(&mut roles, parse_roles(src)?, |r| r.role.to_lowercase())
                    }
                    "frames.csv" => merge_by(&mut frames, parse_frames(src)?, |f| {
                        (f.event, f.part, f.phrase.to_lowercase())
                    }),
                    "words.csv" => words.extend(words::parse_words(src)?),
                    _ => {}
                }
            }
        }
        g.places = places;
        for (i, p) in g.places.iter().enumerate() {
            if p.kind == PlaceKind::Country {
                if let Some(cc) = &p.country {
                    g.country_rows.insert(cc.clone(), i);
                }
            }
        }
        g.organisations = orgs;
        for (i, o) in g.organisations.iter().enumerate() {
            for n in std::iter::once(&o.name).chain(&o.aliases) {
                g.orgs_by_lower_name
                    .entry(n.to_lowercase())
                    .or_insert(i as u32);
            }
        }
        g.agreements = agreements;
        g.roles = roles;
        g.words = Words::from_rows(&words);
        g.cues = frame::cues(&frames, &g.words);
        g.frames = frames;
        for (mut person, tenures) in people {
            let idx = g.people.len();
            for mut t in tenures {
                t.person = idx;
                person.tenures.push(g.tenures.len());
                g.tenures_by_office
                    .entry((t.role.to_lowercase(), t.country.clone()))
                    .or_default()
                    .push(g.tenures.len());
                g.tenures.push(t);
            }
            for n in std::iter::once(&person.name).chain(&person.aliases) {
                if crate::text::variants::word_count(n) >= 2 {
                    let rows = g
                        .people_by_variant
                        .entry(crate::text::variants::key(n))
                        .or_default();
                    // People are added in order: only this one's own names can repeat it
                    // (a scan of the bucket would be quadratic in a common name's people).
                    if rows.last() != Some(&(idx as u32)) {
                        rows.push(idx as u32);
                    }
                }
            }
            g.people.push(person);
        }
        g.check_countries()?;
        Ok(g)
    }
}

/// The files of `dir`, in [`FILES`] order; a missing file is an empty text.
fn dir_sources(dir: &Path) -> Result<Vec<Source>> {
    FILES
        .iter()
        .map(|f| {
            let path = dir.join(f);
            let text = if path.exists() {
                read_utf8(&path)?
            } else {
                String::new()
            };
            Ok(Source {
                name: path.display().to_string(),
                text,
            })
        })
        .collect()
}

/// A file's text; a file that is not UTF-8 is refused with the line of its first bad byte.
fn read_utf8(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        anyhow::anyhow!("{}:{line}:1: the file is not valid UTF-8", path.display())
    })
}
