//! What is inside a backup: the tar stream of format 1, written and read. The age layer
//! around it is `archive.rs`.

use std::{
    collections::BTreeMap,
    io::{self, Read, Write},
};

use blake2::{Blake2b512, Digest};
use chrono::{DateTime, Utc};
use serde::{de::DeserializeOwned, Serialize};

use super::{BackupContents, Progress, FORMAT_NAME, FORMAT_VERSION, MAX_PART_BYTES};
use crate::{
    store::backup::{JournalV1, Snapshot},
    Error,
};

/// A digest of the plaintext tar stream, to compare what was written with what reads back.
pub(super) type Digest64 = [u8; 64];

/// Passes bytes through, keeping a digest of them; for a reader, also whether the stream
/// beneath failed (a damaged or cut-short age file) rather than what it carries.
pub(super) struct Hashing<T> {
    inner: T,
    hasher: Blake2b512,
    pub(super) failed: bool,
}

impl<T> Hashing<T> {
    pub(super) fn new(inner: T) -> Self {
        Hashing {
            inner,
            hasher: Blake2b512::new(),
            failed: false,
        }
    }

    pub(super) fn finish(self) -> (T, Digest64) {
        (self.inner, self.hasher.finalize().into())
    }
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf).inspect_err(|_| self.failed = true)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// The folder everything in the tar stream is under.
const ROOT: &str = "aftercare-backup";

const README: &str = "\
This is a backup made by Aftercare, a private companion app.

manifest.json   what this is: the format (aftercare-backup), its version, when it was made,
                and how many records of each kind it holds.
records/*.json  every record as JSON (moments, care, check-ins, journal entries, reminders,
                my people, tiles of my own, the aftercare card, their cards, settings).
                Times are UTC (RFC 3339).
journal/*.md    each journal entry as a Markdown file, to read in any text editor.

The app restores from the JSON files. Keep this folder somewhere only you can reach: it is
not encrypted once taken out of the backup file.
";

/// The tar stream of a backup (format 1) into `out`; returns `out` once the stream is whole.
pub(super) fn write_tar<W: Write>(
    out: W,
    snapshot: &Snapshot,
    now: DateTime<Utc>,
    progress: &mut dyn FnMut(Progress),
) -> io::Result<W> {
    let mut tar = tar::Builder::new(out);
    let total = snapshot.records() + snapshot.journal.len();
    let mut done = 0;
    progress(Progress { done, total });
    let mut tick = |done: &mut usize| {
        *done += 1;
        if done.is_multiple_of(100) || *done == total {
            progress(Progress { done: *done, total });
        }
    };
    add(&mut tar, "manifest.json", &manifest(snapshot, now), now)?;
    add(&mut tar, "README.txt", README.as_bytes(), now)?;
    let lists = [
        ("moments", json_list(&snapshot.moments)),
        ("care", json_list(&snapshot.care)),
        ("check-ins", json_list(&snapshot.check_ins)),
        ("journal", json_list(&snapshot.journal)),
        ("reminders", json_list(&snapshot.reminders)),
        ("people", json_list(&snapshot.people)),
        ("own-tiles", json_list(&snapshot.own_tiles)),
        ("their-cards", json_list(&snapshot.their_cards)),
        (
            "card",
            serde_json::to_vec(&snapshot.card).expect("the card serialises"),
        ),
        (
            "settings",
            serde_json::to_vec_pretty(&snapshot.settings).expect("settings serialise"),
        ),
    ];
    for (name, json) in lists {
        add(&mut tar, &format!("records/{name}.json"), &json, now)?;
    }
    for _ in 0..snapshot.records() {
        tick(&mut done);
    }
    for entry in &snapshot.journal {
        add(&mut tar, &journal_file_name(entry), &markdown(entry), now)?;
        tick(&mut done);
    }
    tar.into_inner()
}

fn add<W: Write>(
    tar: &mut tar::Builder<W>,
    name: &str,
    data: &[u8],
    now: DateTime<Utc>,
) -> io::Result<()> {
    let mut header = tar::Header::new_ustar();
    header.set_entry_type(tar::EntryType::Regular);
    header.set_size(data.len() as u64);
    header.set_mode(0o600);
    header.set_mtime(u64::try_from(now.timestamp()).unwrap_or(0));
    tar.append_data(&mut header, format!("{ROOT}/{name}"), data)
}

fn manifest(snapshot: &Snapshot, now: DateTime<Utc>) -> Vec<u8> {
    let counts: BTreeMap<&str, usize> = [
        ("moments", snapshot.moments.len()),
        ("care", snapshot.care.len()),
        ("check-ins", snapshot.check_ins.len()),
        ("journal", snapshot.journal.len()),
        ("reminders", snapshot.reminders.len()),
        ("people", snapshot.people.len()),
        ("own-tiles", snapshot.own_tiles.len()),
        ("their-cards", snapshot.their_cards.len()),
        ("card", usize::from(snapshot.card.is_some())),
        ("settings", snapshot.settings.len()),
    ]
    .into_iter()
    .collect();
    let manifest = serde_json::json!({
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "created_at": now,
        "app_version": env!("CARGO_PKG_VERSION"),
        "counts": counts,
    });
    serde_json::to_vec_pretty(&manifest).expect("the manifest serialises")
}

/// A JSON array with one record a line, so `grep` and line tools work on it too.
fn json_list<T: Serialize>(records: &[T]) -> Vec<u8> {
    let mut out = b"[".to_vec();
    for (i, record) in records.iter().enumerate() {
        out.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
        serde_json::to_writer(&mut out, record).expect("records serialise");
    }
    out.extend_from_slice(b"\n]\n");
    out
}

fn journal_file_name(entry: &JournalV1) -> String {
    let short = entry.id.get(..8).unwrap_or(&entry.id);
    format!(
        "journal/{}-{short}.md",
        entry.created_at.format("%Y-%m-%d-%H%M")
    )
}

/// An entry as Markdown with a small front matter.
pub(super) fn markdown(entry: &JournalV1) -> Vec<u8> {
    let mut out = format!(
        "---\nid: {}\ncreated: {}\nupdated: {}\n",
        entry.id,
        entry
            .created_at
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        entry
            .updated_at
            .to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
    );
    if let Some(prompt) = &entry.prompt {
        out.push_str(&format!("prompt: {prompt}\n"));
    }
    out.push_str("---\n\n");
    out.push_str(&entry.body);
    out.push('\n');
    out.into_bytes()
}

pub(super) fn read_tar<R: Read>(
    hashing: &mut Hashing<R>,
    progress: &mut dyn FnMut(Progress),
) -> Result<BackupContents, Error> {
    let damaged = |what| Error::DamagedBackup { what };
    // Each part's name, and its bytes when a restore reads them (the manifest and the
    // records; the Markdown files are there for the person, and only counted).
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    let mut not_ours = false;
    let read_all = (|| -> io::Result<()> {
        let mut archive = tar::Archive::new(&mut *hashing);
        // Raw: tar's own extensions (long names, pax headers) are entries like any other,
        // and refused below, never read into memory on the way.
        for entry in archive.entries()?.raw(true) {
            let mut entry = entry?;
            let plain = entry.header().entry_type() == tar::EntryType::Regular;
            if !plain || entry.size() > MAX_PART_BYTES {
                not_ours = true;
                return Ok(());
            }
            let name = entry.path()?.to_string_lossy().into_owned();
            let mut data = Vec::new();
            if kept_in_memory(&name) {
                entry.read_to_end(&mut data)?;
            } else {
                io::copy(&mut entry, &mut io::sink())?;
            }
            parts.push((name, data));
        }
        Ok(())
    })();
    // A failure beneath tar (the age stream) is damage; a part the app never writes, or tar
    // failing on what decrypted well, is a file that is not ours, unless our manifest came
    // first.
    if hashing.failed {
        return Err(damaged("it was cut short or changed"));
    }
    if not_ours {
        return Err(Error::NotABackup);
    }
    let mut parts = parts.into_iter();
    let manifest = match parts.next() {
        Some((name, data)) if name == format!("{ROOT}/manifest.json") => Manifest::parse(&data)?,
        _ => return Err(Error::NotABackup),
    };
    if read_all.is_err() {
        return Err(damaged("a part does not read"));
    }
    progress(Progress {
        done: 0,
        total: manifest.total,
    });
    let mut files: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut journal_files = 0;
    for (name, data) in parts {
        if name.starts_with(&format!("{ROOT}/journal/")) && name.ends_with(".md") {
            journal_files += 1;
        } else if let Some(part) = name.strip_prefix(&format!("{ROOT}/records/")) {
            files.insert(part.to_owned(), data);
        }
    }
    let mut unreadable = 0;
    let mut take = |name: &str| files.remove(name).ok_or(damaged("a part is missing"));
    let mut counted = BTreeMap::new();
    let mut list = |name: &str, data: Vec<u8>| -> Result<Vec<serde_json::Value>, Error> {
        let values: Vec<serde_json::Value> = serde_json::from_slice(&data)
            .map_err(|_| damaged("a list of records does not read"))?;
        counted.insert(name.to_owned(), values.len());
        Ok(values)
    };
    let moments = list("moments", take("moments.json")?)?;
    let care = list("care", take("care.json")?)?;
    let check_ins = list("check-ins", take("check-ins.json")?)?;
    let journal = list("journal", take("journal.json")?)?;
    let reminders = list("reminders", take("reminders.json")?)?;
    let people = list("people", take("people.json")?)?;
    // Backups made before tiles of one's own have no such list (and their manifest no count).
    let own_tiles = match take("own-tiles.json").ok() {
        Some(data) => list("own-tiles", data)?,
        None => Vec::new(),
    };
    // Nor those made before their cards.
    let their_cards = match take("their-cards.json").ok() {
        Some(data) => list("their-cards", data)?,
        None => Vec::new(),
    };
    let card: Option<serde_json::Value> = serde_json::from_slice(&take("card.json")?)
        .map_err(|_| damaged("the card does not read"))?;
    let settings: BTreeMap<String, serde_json::Value> =
        serde_json::from_slice(&take("settings.json")?)
            .map_err(|_| damaged("the settings do not read"))?;
    counted.insert("card".into(), usize::from(card.is_some()));
    counted.insert("settings".into(), settings.len());
    if counted != manifest.counts {
        return Err(damaged("it holds other records than its manifest says"));
    }
    let snapshot = Snapshot {
        moments: typed(moments, &mut unreadable),
        care: typed(care, &mut unreadable),
        check_ins: typed(check_ins, &mut unreadable),
        journal: typed(journal, &mut unreadable),
        reminders: typed(reminders, &mut unreadable),
        people: typed(people, &mut unreadable),
        own_tiles: typed(own_tiles, &mut unreadable),
        their_cards: typed(their_cards, &mut unreadable),
        card: card.filter(|c| !c.is_null()),
        settings: settings
            .into_iter()
            .filter_map(|(k, v)| match v {
                serde_json::Value::String(v) => Some((k, v)),
                _ => {
                    unreadable += 1;
                    None
                }
            })
            .collect(),
    };
    progress(Progress {
        done: manifest.total,
        total: manifest.total,
    });
    Ok(BackupContents {
        created_at: manifest.created_at,
        snapshot,
        unreadable,
        journal_files,
    })
}

/// Whether a restore reads the part named `name`: the manifest and the records.
fn kept_in_memory(name: &str) -> bool {
    name.strip_prefix(ROOT).is_some_and(|rest| {
        rest == "/manifest.json" || (rest.starts_with("/records/") && rest.ends_with(".json"))
    })
}

/// Each value as a record of its kind; those that do not read are counted.
fn typed<T: DeserializeOwned>(values: Vec<serde_json::Value>, unreadable: &mut usize) -> Vec<T> {
    values
        .into_iter()
        .filter_map(|v| serde_json::from_value(v).map_err(|_| *unreadable += 1).ok())
        .collect()
}

/// What the manifest says.
struct Manifest {
    created_at: DateTime<Utc>,
    counts: BTreeMap<String, usize>,
    total: usize,
}

impl Manifest {
    fn parse(data: &[u8]) -> Result<Manifest, Error> {
        let value: serde_json::Value =
            serde_json::from_slice(data).map_err(|_| Error::NotABackup)?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT_NAME) {
            return Err(Error::NotABackup);
        }
        let version = value
            .get("version")
            .and_then(|v| v.as_u64())
            .ok_or(Error::NotABackup)?;
        if version > u64::from(FORMAT_VERSION) {
            return Err(Error::NewerBackup {
                found: u32::try_from(version).unwrap_or(u32::MAX),
                supported: FORMAT_VERSION,
            });
        }
        let damaged = Error::DamagedBackup {
            what: "its manifest",
        };
        let created_at = value
            .get("created_at")
            .cloned()
            .and_then(|v| serde_json::from_value(v).ok())
            .ok_or(Error::DamagedBackup {
                what: "its manifest",
            })?;
        let counts: BTreeMap<String, usize> = value
            .get("counts")
            .cloned()
            .and_then(|v| serde_json::from_value(v).ok())
            .ok_or(damaged)?;
        let records: usize = counts.values().sum();
        Ok(Manifest {
            created_at,
            total: records + counts.get("journal").copied().unwrap_or(0),
            counts,
        })
    }
}
