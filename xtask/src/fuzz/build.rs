//! The fuzz targets' instrumented build (and AFL++'s installation, the first time), run on a
//! thread of its own at the lowest CPU priority, so that it can go on beside other work.

use std::{
    fs,
    os::unix::process::CommandExt,
    path::PathBuf,
    process::{Command, Stdio},
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
    thread,
    time::{Duration, Instant},
};

use crate::{
    prerequisites,
    toolbox::{cargo, target_dir, Result},
};

/// The fuzz targets' instrumented build (and AFL++'s installation, the first time), under way
/// on a thread of its own at the lowest CPU priority (`nice -n 19`): started at the beginning
/// of `cargo xtask test`, it takes only the time the other steps leave idle, and they keep the
/// machine as if it were not there. Its output goes to `target/fuzz/build.log`, whose end is
/// printed if it fails. Dropped unfinished (another step failed), it stops.
pub struct Build {
    thread: Option<thread::JoinHandle<Result>>,
    stop: Arc<AtomicBool>,
    log: PathBuf,
    started: Instant,
}

impl Build {
    pub fn start() -> Result<Build> {
        // The system's OpenSSL for SQLCipher, as in `mobile.rs`: the fuzz targets read files,
        // not ciphers, and building OpenSSL from source a second time (with AFL++'s flags, in
        // its own target folder) cost CI three to six minutes of compiling. Installed here,
        // not on the thread: apt takes one caller at a time.
        prerequisites::ensure_packages(&["build-essential", "pkg-config", "libssl-dev"])?;
        let build_dir = target_dir().join("fuzz");
        fs::create_dir_all(&build_dir)
            .map_err(|e| format!("cannot create {}: {e}", build_dir.display()))?;
        let log = build_dir.join("build.log");
        let file =
            fs::File::create(&log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
        println!(
            "xtask: building the fuzz targets beside the other steps, at the lowest priority \
             (log: {})",
            log.display()
        );
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        let thread = thread::spawn(move || {
            let mut run = |command: &mut Command| run_niced(command, &file, &stopped);
            prerequisites::ensure_cargo_afl_with(&mut run)?;
            run(cargo()
                .args(["afl", "build", "--package", "aftercare-fuzz", "--locked"])
                .arg("--target-dir")
                .arg(&build_dir)
                .env("OPENSSL_NO_VENDOR", "1"))
        });
        Ok(Build {
            thread: Some(thread),
            stop,
            log,
            started: Instant::now(),
        })
    }

    /// Waits for the build; returns the instrumented binary.
    pub fn finish(mut self) -> Result<PathBuf> {
        let thread = self.thread.take().expect("a build is finished once");
        let built = thread
            .join()
            .unwrap_or_else(|_| Err("the fuzz build's thread panicked".into()));
        if let Err(error) = built {
            let text = fs::read_to_string(&self.log).unwrap_or_default();
            let lines: Vec<&str> = text.lines().collect();
            let tail = lines[lines.len().saturating_sub(40)..].join("\n");
            return Err(format!(
                "{error}\nlast lines of {}:\n{tail}",
                self.log.display()
            ));
        }
        println!(
            "xtask: the fuzz targets' build ended {:.0} s after it began",
            self.started.elapsed().as_secs_f64()
        );
        Ok(target_dir()
            .join("fuzz")
            .join("debug")
            .join("aftercare-fuzz"))
    }
}

impl Drop for Build {
    /// A build dropped unfinished (a step beside it failed) is stopped, with its compilers.
    fn drop(&mut self) {
        if let Some(thread) = self.thread.take() {
            self.stop.store(true, Ordering::Relaxed);
            let _ = thread.join();
        }
    }
}

/// Runs `command` under `nice -n 19`, in a process group of its own, with its output in
/// `log`; kills the group if `stop` is set meanwhile.
fn run_niced(command: &mut Command, log: &fs::File, stop: &AtomicBool) -> Result {
    let shown = format!("{command:?}");
    if stop.load(Ordering::Relaxed) {
        return Err(format!("{shown}: stopped"));
    }
    let mut niced = Command::new("nice");
    niced.args(["-n", "19"]).arg(command.get_program());
    niced.args(command.get_args());
    if let Some(dir) = command.get_current_dir() {
        niced.current_dir(dir);
    }
    for (key, value) in command.get_envs() {
        match value {
            Some(value) => niced.env(key, value),
            None => niced.env_remove(key),
        };
    }
    let output = || {
        log.try_clone()
            .map_err(|e| format!("cannot write the fuzz build's log: {e}"))
    };
    let mut child = niced
        .stdin(Stdio::null())
        .stdout(output()?)
        .stderr(output()?)
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start {shown}: {e}"))?;
    loop {
        if let Some(ended) = child.try_wait().map_err(|e| format!("{shown}: {e}"))? {
            return if ended.success() {
                Ok(())
            } else {
                Err(format!("{shown} failed ({ended})"))
            };
        }
        if stop.load(Ordering::Relaxed) {
            // `nice` ran the command in its place: the group is cargo and its compilers.
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", child.id())])
                .status();
            let _ = child.wait();
            return Err(format!("{shown}: stopped"));
        }
        thread::sleep(Duration::from_millis(200));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fuzz_build_runs_at_the_lowest_priority() {
        let dir = tempfile_dir("niced");
        let log_path = dir.join("log");
        let log = fs::File::create(&log_path).unwrap();
        let stop = AtomicBool::new(false);
        // Field 19 of /proc/self/stat is the process's nice value.
        run_niced(
            Command::new("sh").args(["-c", "cut -d' ' -f19 /proc/self/stat"]),
            &log,
            &stop,
        )
        .unwrap();
        assert_eq!(fs::read_to_string(&log_path).unwrap().trim(), "19");
    }

    #[test]
    fn a_stopped_build_ends_with_every_process_it_started() {
        let dir = tempfile_dir("stopped");
        let log_path = dir.join("log");
        let log = fs::File::create(&log_path).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        // A stand-in for cargo and its compilers: a shell that starts a long child, says its id.
        let build = thread::spawn(move || {
            run_niced(
                Command::new("sh").args(["-c", "sleep 600 & echo $!; wait"]),
                &log,
                &stopped,
            )
        });
        let compiler: u32 = loop {
            if let Ok(pid) = fs::read_to_string(&log_path).unwrap().trim().parse() {
                break pid;
            }
            assert!(!build.is_finished(), "the stand-in ended by itself");
            thread::sleep(Duration::from_millis(20));
        };
        assert!(alive(compiler), "the stand-in's child runs before the stop");
        stop.store(true, Ordering::Relaxed);
        let ended = build.join().unwrap();
        assert!(ended.unwrap_err().contains("stopped"));
        // Killed; once the system has reaped it, it is gone.
        let mut patience = 250;
        while alive(compiler) && patience > 0 {
            thread::sleep(Duration::from_millis(20));
            patience -= 1;
        }
        assert!(
            !alive(compiler),
            "the build's own children were left running"
        );
    }

    /// Whether a process exists and is not a zombie waiting to be reaped.
    fn alive(pid: u32) -> bool {
        fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
            stat.rsplit_once(") ")
                .is_some_and(|(_, rest)| !rest.starts_with('Z'))
        })
    }

    fn tempfile_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-fuzz-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }
}
