//! Declares `cfg(fuzzing)`, which `cargo afl build` sets, so the compiler knows the name.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(fuzzing)");
}
