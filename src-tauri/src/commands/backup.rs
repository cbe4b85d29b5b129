//! Yours to keep: backing up and restoring, auto-delete, and taking the journal along, in the
//! export folder (Downloads, or `AFTERCARE_EXPORT_DIR`), whose full path the screen shows.
//! Long work reports how far it is where `work_progress` reads it, without the vault.

use aftercare_core::{
    api::backup::{self, AutoDeleteView, BackupView, BackupsView},
    backup::Progress,
    store::{AutoDelete, Deleted, RestoreReport},
    vault::Passcode,
};

use super::{commands, Secret};

commands! {
    /// Writes a backup of everything, locked with `passphrase`, and reads it back.
    fn back_up(app, vault, given, passphrase: Secret) -> BackupView {
        let passphrase = Passcode::from(passphrase);
        let dir = app.export_dir.as_deref();
        app.with_progress(|progress| backup::back_up(vault, dir, &passphrase, &given.now, &mut given.rng, progress))
    }

    /// How far the backup or restore under way is; `None` when none is.
    fn work_progress(app, given) -> Option<Progress> {
        Ok(app.progress())
    }

    /// The export folder and the backups in it.
    fn backups(app, given) -> BackupsView {
        backup::backups(app.export_dir.as_deref())
    }

    /// Restores a backup (a name in the export folder, or a full path): each record once,
    /// checked like a direct write; nothing changes if it fails.
    fn restore_backup(app, vault, given, file: String, passphrase: Secret) -> RestoreReport {
        let passphrase = Passcode::from(passphrase);
        let dir = app.export_dir.as_deref();
        app.with_progress(|progress| backup::restore_backup(vault, dir, &file, &passphrase, given.now.at, progress))
    }

    fn auto_delete(app, vault, given) -> AutoDeleteView {
        backup::auto_delete(vault, given.now.at)
    }

    /// How many items `choice` would delete now, before it is saved.
    fn auto_delete_count(app, vault, given, choice: AutoDelete) -> Deleted {
        backup::auto_delete_count(vault, &choice, given.now.at)
    }

    /// Saves the choice and runs it now; says what went.
    fn set_auto_delete(app, vault, given, choice: AutoDelete) -> Deleted {
        backup::set_auto_delete(vault, choice, given.now.at)
    }

    /// Writes the journal as Markdown into the export folder: in an age file locked with
    /// `passphrase`, or, with `plain` (after the screen's warning) and the `passcode` typed
    /// again, unencrypted.
    fn export_journal(app, vault, given, passphrase: Option<Secret>, plain: bool, passcode: Option<Secret>) -> String {
        let (passphrase, passcode) = (passphrase.map(Passcode::from), passcode.map(Passcode::from));
        let dir = app.export_dir.as_deref();
        let path = backup::export_journal(vault, dir, passphrase.as_ref(), plain, passcode.as_ref(), &given.now)?;
        Ok(path.display().to_string())
    }
}
