//! The generators behind `benchgen` and the criterion benches: seeded, so the same arguments
//! always give the same bytes.

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use whomet::text::{clean, sentences};

/// SplitMix64: small, fast and the same everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Every prose sentence of every seed article.
pub fn seed_sentences(dir: &Path) -> Result<Vec<String>> {
    let mut paths: Vec<_> = fs::read_dir(dir)
        .with_context(|| format!("{}: cannot list", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    let rules = clean::CleanRules::new(&whomet::Gazetteer::builtin()?.words);
    for p in paths {
        let text = fs::read_to_string(&p).with_context(|| format!("{}", p.display()))?;
        for block in clean::article(&text, &rules).body {
            for s in sentences::split(&text, block.range) {
                let s = text[s].trim();
                if s.split_whitespace().count() >= 6 {
                    out.push(s.to_string());
                }
            }
        }
    }
    anyhow::ensure!(!out.is_empty(), "{}: no sentences found", dir.display());
    Ok(out)
}

const DATELINES: &[&str] = &[
    "ISLAMABAD",
    "TEHRAN",
    "KABUL",
    "NEW DELHI",
    "BEIJING",
    "RIYADH",
    "DOHA",
    "ANKARA",
    "MOSCOW",
    "WASHINGTON",
    "QUETTA",
    "ZAHEDAN",
    "BAKU",
    "TASHKENT",
    "ABU DHABI",
    "MUSCAT",
];
const AGENCIES: &[&str] = &["Reuters", "AFP", "AP", "APP", "IRNA", "Xinhua", "Anadolu"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// News-like documents recombined from `pool`: a dateline, then 4 to 15 paragraphs of one to
/// three sentences. Yields `(id, published, text)`.
pub fn documents(
    pool: &[String],
    seed: u64,
) -> impl Iterator<Item = (String, String, String)> + '_ {
    let mut rng = Rng(seed);
    (1u64..).map(move |n| {
        let (year, month, day) = (2023 + rng.below(4), 1 + rng.below(12), 1 + rng.below(28));
        let mut text = format!(
            "{}, {} {} ({}) - ",
            rng.pick(DATELINES),
            MONTHS[month - 1],
            day,
            rng.pick(AGENCIES)
        );
        for p in 0..4 + rng.below(12) {
            if p > 0 {
                text.push_str("\n\n");
            }
            for s in 0..1 + rng.below(3) {
                if s > 0 {
                    text.push(' ');
                }
                text.push_str(rng.pick(pool).as_str());
            }
        }
        (
            format!("gen-{n:08}"),
            format!("{year}-{month:02}-{day:02}"),
            text,
        )
    })
}

const GIVEN: &[&str] = &[
    "Abbas", "Abdul", "Adel", "Ahmad", "Akbar", "Ali", "Amir", "Anwar", "Arif", "Asif", "Ayesha",
    "Bilal", "Bakhtiar", "Dmitry", "Elena", "Farhad", "Farida", "Fatima", "Feng", "Ghulam",
    "Hamid", "Hassan", "Hina", "Hossein", "Ibrahim", "Imran", "Ivan", "Jamal", "Javad", "Karim",
    "Kamran", "Khalid", "Laila", "Li", "Mahmoud", "Maryam", "Masoud", "Mehdi", "Mikhail",
    "Mohammad", "Mohsin", "Murad", "Nadia", "Naveed", "Nasser", "Olga", "Omar", "Parviz", "Qasim",
    "Rahim", "Rashid", "Reza", "Saeed", "Salman", "Sami", "Sergei", "Shahid", "Sultan", "Tahir",
    "Timur", "Usman", "Vladimir", "Wang", "Yusuf", "Zahra", "Zainab", "Zhang", "Rustam", "Aigerim",
    "Nurlan", "Emine", "Mehmet", "Kemal", "Ayse", "Rajesh", "Priya", "Sunil", "Anil",
];
const MIDDLE: &[&str] = &[
    "",
    "",
    "",
    "",
    "Ali",
    "Reza",
    "Hussain",
    "Ahmed",
    "Karim",
    "Nur",
    "Bakr",
    "Mahdi",
    "Jan",
    "Ul",
    "Din",
    "Khan",
    "Shah",
    "Mir",
    "Aziz",
    "Ilyich",
    "Petrovich",
    "Kumar",
];
const FAMILY: &[&str] = &[
    "Abbasi",
    "Afridi",
    "Ahmadi",
    "Akhtar",
    "Alavi",
    "Amini",
    "Ansari",
    "Asadi",
    "Awan",
    "Bagheri",
    "Baig",
    "Bhatti",
    "Bukhari",
    "Chaudhry",
    "Chen",
    "Dar",
    "Durrani",
    "Esfahani",
    "Farooqi",
    "Ghani",
    "Gilani",
    "Hashemi",
    "Hosseini",
    "Hussaini",
    "Iqbal",
    "Jafari",
    "Jamali",
    "Kazemi",
    "Khattak",
    "Khorasani",
    "Kuznetsov",
    "Lashari",
    "Liu",
    "Mahmoudi",
    "Malik",
    "Mansouri",
    "Marri",
    "Mazari",
    "Mirza",
    "Moradi",
    "Mousavi",
    "Naqvi",
    "Nazari",
    "Niazi",
    "Orlov",
    "Pasha",
    "Petrov",
    "Qureshi",
    "Rahimi",
    "Rana",
    "Rezaei",
    "Rostami",
    "Sadeghi",
    "Safavi",
    "Shirazi",
    "Siddiqui",
    "Sokolov",
    "Soltani",
    "Tabrizi",
    "Tahmasebi",
    "Tarar",
    "Usmani",
    "Volkov",
    "Wazir",
    "Yazdani",
    "Yousafzai",
    "Zaidi",
    "Zardari",
    "Zhao",
    "Zhou",
    "Karimov",
    "Aliyev",
    "Nazarbayev",
    "Yilmaz",
    "Demir",
    "Sharma",
    "Verma",
    "Gupta",
    "Rao",
];
const COUNTRIES: &[&str] = &[
    "PK", "IR", "AF", "IN", "CN", "RU", "TR", "SA", "AE", "QA", "US", "GB", "UZ", "TJ", "TM", "KZ",
    "AZ", "IQ", "OM",
];
const ROLES: &[(&str, &str)] = &[
    ("Official", "Senior Official"),
    ("Governor", "Governor"),
    ("Ambassador", "Ambassador"),
    ("Deputy Foreign Minister", "Deputy Foreign Minister"),
    ("Commander", "Commander"),
    ("Mayor", "Mayor"),
    ("Major General", "Major General"),
    ("Chief Minister", "Chief Minister"),
];

/// Writes a `people.csv` of `entries` distinct people with aliases, countries, offices and
/// tenures.
pub fn people_csv(entries: usize, seed: u64, out: impl Write) -> Result<()> {
    let mut rng = Rng(seed);
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id",
        "name",
        "aliases",
        "country",
        "role",
        "title",
        "organisation",
        "from",
        "to",
        "last_verified",
    ])?;
    let mut seen = std::collections::HashSet::new();
    let mut made = 0;
    while made < entries {
        let (given, middle, family) = (rng.pick(GIVEN), rng.pick(MIDDLE), rng.pick(FAMILY));
        // A second family or clan name ("Syed Ali Naqvi Bukhari") keeps 100,000 names
        // distinct, as real lists of officials are.
        let second = rng.pick(FAMILY);
        let name = if middle.is_empty() {
            format!("{given} {family} {second}")
        } else {
            format!("{given} {middle} {family} {second}")
        };
        if !seen.insert(name.clone()) {
            continue;
        }
        made += 1;
        let mut aliases = vec![format!("{}. {family} {second}", &given[..1])];
        if !middle.is_empty() {
            aliases.push(format!("{given} {family} {second}"));
        }
        if rng.below(3) == 0 {
            aliases.push(format!("{given} {second}"));
        }
        let (role, title) = rng.pick(ROLES);
        let from = 2000 + rng.below(25);
        let to = if rng.below(2) == 0 {
            String::new()
        } else {
            (from + 1 + rng.below(5)).to_string()
        };
        w.write_record([
            format!("gen-{made:06}").as_str(),
            &name,
            &aliases.join("|"),
            *rng.pick(COUNTRIES),
            role,
            title,
            "",
            &from.to_string(),
            &to,
            "2025-11-01",
        ])?;
    }
    w.flush()?;
    Ok(())
}
