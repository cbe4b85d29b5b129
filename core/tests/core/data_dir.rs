use std::path::PathBuf;

use aftercare_core::{data_dir::DataDir, ErrorKind};

#[test]
fn the_override_wins_and_is_created() {
    let tmp = tempfile::tempdir().unwrap();
    let wanted = tmp.path().join("nested/data");
    let default = tmp.path().join("default");

    let dir = DataDir::resolve(Some(wanted.clone()), default.clone()).unwrap();

    assert_eq!(
        dir.path(),
        wanted,
        "AFTERCARE_DATA_DIR must be honoured so tests never touch real data"
    );
    assert!(wanted.is_dir());
    assert!(
        !default.exists(),
        "the platform default must not be created when overridden"
    );
}

#[test]
fn an_empty_override_falls_back_to_the_platform_default() {
    let tmp = tempfile::tempdir().unwrap();
    let default = tmp.path().join("default");

    let dir = DataDir::resolve(Some(PathBuf::new()), default.clone()).unwrap();

    assert_eq!(dir.path(), default);
}

#[cfg(unix)]
#[test]
fn only_the_owner_can_enter_the_folder() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = DataDir::resolve(None, tmp.path().join("data")).unwrap();

    let mode = std::fs::metadata(dir.path()).unwrap().permissions().mode() & 0o777;

    assert_eq!(
        mode, 0o700,
        "other users on the machine must not be able to list our files"
    );
}

#[test]
fn a_file_in_the_way_is_a_storage_error_not_a_panic() {
    let tmp = tempfile::tempdir().unwrap();
    let blocker = tmp.path().join("not-a-folder");
    std::fs::write(&blocker, b"x").unwrap();

    let error =
        DataDir::resolve(Some(blocker.join("data")), tmp.path().join("default")).unwrap_err();

    assert_eq!(error.kind(), ErrorKind::Storage);
    assert_eq!(
        std::fs::read(&blocker).unwrap(),
        b"x",
        "nothing may be written over what is there"
    );
}
