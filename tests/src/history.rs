//! A few weeks of history, made with the core before the app starts: moments with care and
//! check-ins, and "since then" check-ins the days after, ending today. For the insights
//! journeys and their screenshots. The vault uses the cheap key-derivation parameters (the app
//! reads them from the key slot), and its passcode is [`PASSCODE`].

use aftercare_core::{
    content::{ActionId, Occasion},
    data_dir::DataDir,
    model::{NewCheckIn, Scales},
    vault::{slot::KdfParams, Passcode, Vault},
};
use chrono::{DateTime, Duration, Utc};
use rand_chacha::{rand_core::SeedableRng, ChaCha20Rng};

pub const PASSCODE: &str = "quiet meadow lantern";

fn scales(value: u8) -> Scales {
    Scales {
        body: Some(value),
        feelings: Some(value),
        mind: Some(value.saturating_sub(1).max(1)),
        desire: Some(3),
    }
}

/// A data folder (`<tmp>/data`, as the harness passes it) holding six weeks of history: a
/// moment every third day; water in every other one, and check-ins a little better then; a
/// dip on day two after each moment.
pub fn weeks_of_history() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::resolve(Some(tmp.path().join("data")), tmp.path().join("unused")).unwrap();
    let mut vault = Vault::new(&dir);
    let mut rng = ChaCha20Rng::seed_from_u64(18);
    vault
        .set_up(
            &Passcode::new(PASSCODE.into()),
            KdfParams::INSECURE_FOR_TESTS,
            &mut rng,
        )
        .unwrap();
    #[allow(
        clippy::disallowed_methods,
        reason = "the history ends today, so the app's calendar shows it"
    )]
    let today: DateTime<Utc> = Utc::now();
    for n in 0..14 {
        let start = today - Duration::days(42 - 3 * n) - Duration::hours(2);
        let with_water = n % 2 == 0;
        let care: &[&str] = if with_water {
            &["water", "cuddle"]
        } else {
            &["cuddle"]
        };
        for (i, action) in care.iter().enumerate() {
            vault
                .record_care(
                    aftercare_core::content::Content::embedded().unwrap(),
                    &ActionId((*action).into()),
                    start + Duration::minutes(i as i64),
                    &mut rng,
                )
                .unwrap();
        }
        let right_after = if with_water { 4 } else { 3 };
        let check_in = |occasion, value| NewCheckIn {
            occasion,
            scales: scales(value),
            ..NewCheckIn::default()
        };
        vault
            .save_check_in(
                &check_in(Occasion::RightAfter, right_after),
                start + Duration::minutes(20),
                &mut rng,
            )
            .unwrap();
        for (days, value) in [(1, right_after), (2, right_after - 1)] {
            let at = start + Duration::days(days);
            if at < today {
                vault
                    .save_check_in(&check_in(Occasion::SinceThen, value), at, &mut rng)
                    .unwrap();
            }
        }
    }
    tmp
}
