//! libFuzzer target `decode`: the check of the same name in `fuzz/checks.rs` on the raw bytes
//! (shared with the stable driver, `cargo run --release --example fuzz -- decode`, which makes
//! bytes from its texts). See `fuzz/README.md`.
#![no_main]

#[allow(dead_code)] // the seeds and the other targets' checks are the driver's
#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::fuzz_bytes(data));
