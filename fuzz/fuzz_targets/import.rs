//! libFuzzer target `import`: the check of the same name in `fuzz/checks.rs` on the raw bytes
//! (`import` and `import_bytes` of UTF-8, `import_bytes` of any other bytes; shared with the
//! stable driver, `cargo run --release --example fuzz -- import`). See `fuzz/README.md`.
#![no_main]

#[allow(dead_code)] // the seeds and the other targets' checks are the driver's
#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::fuzz_import(data));
