//! `cargo run --example pia -- …`: the `pia` command line without `--features cli`.
//!
//! A thin alias of the `pia` binary (`cargo install --path . --features cli` in a clone): it includes
//! the same source, `cli/main.rs`, so every command, output line, message and exit code is the
//! same.
//!
//! ```sh
//! cargo run --example pia -- threshold 150000 500人以上 なし
//! ```

#[path = "../cli/main.rs"]
mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
