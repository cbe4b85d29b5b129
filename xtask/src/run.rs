//! `cargo xtask run`: what the app needs to build, then the app built and opened.

use crate::{
    prerequisites,
    toolbox::{cargo, status, step, Result, APP},
};

pub fn run(extra: &[String]) -> Result {
    prerequisites::ensure_packages(prerequisites::APP_PACKAGES)?;
    step("build and open the app");
    status(cargo().args(["run", "--package", APP, "--"]).args(extra))
}
