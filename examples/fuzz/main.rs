//! The stable fuzz driver: the libFuzzer targets' checks (`fuzz/checks.rs`, included here)
//! run on inputs grown from the samples' strings by structure-aware mutations, without nightly
//! Rust and without coverage instrumentation.
//!
//! ```sh
//! cargo run --release --example fuzz -- all --seconds 20          # every target, 20 s in all
//! cargo run --release --example fuzz -- date --seconds 60 --seed 7  # one target, reproducibly
//! cargo run --release --example fuzz -- cli --seconds 60           # the pia commands, in process
//! cargo run --release --example fuzz -- days                      # every day 1873–9999, 7 styles
//! cargo run --release --example fuzz -- report --file crash.json   # one input (a libFuzzer artifact)
//! cargo run --release --example fuzz -- corpus fuzz/corpus          # seed corpus for libFuzzer
//! ```
//!
//! Each input is mutated from the corpus (byte flips; 年/月/日/条/項/号 and digits of every
//! width inserted; tokens repeated; corpus entries spliced; now and then a 64 KB – 1 MB input;
//! for the report target, values of the JSON document changed, removed, duplicated or retyped),
//! run through the target's check with panics caught, and kept in the corpus when the parser
//! accepts it. A failure (a panic or a failed property) is shrunk by delta debugging and
//! printed with its input. The last line is `N inputs, N failures` (distinct failures); the exit
//! status is 1 when there was any.

#[allow(dead_code)] // `fuzz()` is the libFuzzer targets' entry point
#[path = "../../fuzz/checks.rs"]
mod checks;
mod cli;
mod mutate;
mod shrink;

use std::cell::RefCell;
use std::collections::HashSet;
use std::hash::{BuildHasher, Hash, Hasher};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use mynumber_pia::wareki::WarekiDate;
use serde_json::Value;

use checks::{TARGETS, Target};
use mutate::Rng;

const USAGE: &str = "usage: cargo run --release --example fuzz -- <date|period|count|legal_basis|schedule|diff|report|decode|import|cli|all> [--seconds N] [--seed N] [--shrink-seconds N]
       cargo run --release --example fuzz -- <target> (--input TEXT | --file PATH)
       cargo run --release --example fuzz -- days
       cargo run --release --example fuzz -- corpus DIR";

/// Entries kept in a text target's corpus (the seeds stay; grown entries replace each other).
const TEXT_CORPUS: usize = 20_000;
/// Documents kept in the report target's corpus.
const JSON_CORPUS: usize = 400;

thread_local! {
    static PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// What went wrong with one input: a short signature (the property, or the panic's place) that
/// tells failures apart, and the whole message.
#[derive(Clone)]
struct Failure {
    signature: String,
    message: String,
}

/// Runs `check` on `text`, a panic caught and turned into a failure.
fn run(check: fn(&str) -> checks::Verdict, text: &str) -> Result<bool, Failure> {
    match catch_unwind(AssertUnwindSafe(|| check(text))) {
        Ok(Ok(accepted)) => Ok(accepted),
        Ok(Err(why)) => Err(Failure {
            signature: why.split(':').next().unwrap_or_default().to_owned(),
            message: why,
        }),
        Err(_) => {
            let message = PANIC.with(|p| p.borrow_mut().take()).unwrap_or_default();
            Err(Failure {
                signature: message.split(": ").next().unwrap_or_default().to_owned(),
                message,
            })
        }
    }
}

fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let payload = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let place = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        PANIC.with(|p| *p.borrow_mut() = Some(format!("panic at {place}: {payload}")));
    }));
}

/// A text for a message: escaped, and cut in the middle when long.
fn show(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= 400 {
        format!("{text:?}")
    } else {
        let head: String = chars[..200].iter().collect();
        let tail: String = chars[chars.len() - 100..].iter().collect();
        format!("{head:?} … ({} characters) … {tail:?}", chars.len())
    }
}

/// Counts of one target's run.
#[derive(Default)]
struct Stats {
    inputs: u64,
    accepted: u64,
    failures: u64,
    largest: usize,
    slowest: Duration,
    slowest_len: usize,
}

fn hash(text: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// Fuzzes one target for `budget`.
fn fuzz(t: &Target, budget: Duration, rng: &mut Rng, shrink_budget: Duration) -> Stats {
    let started = Instant::now();
    let deadline = started + budget;
    let mut stats = Stats::default();
    let mut seen_failures: HashSet<String> = HashSet::new();
    let seeds = (t.seeds)();
    let is_json = t.json;
    // The JSON targets splice in the text targets' strings.
    let strings: Vec<String> = if is_json {
        TARGETS
            .iter()
            .filter(|o| !o.json)
            .flat_map(|o| (o.seeds)())
            .collect()
    } else {
        Vec::new()
    };
    let mut corpus: Vec<String> = seeds.clone();
    // The report target's documents, with the length of their text.
    let mut docs: Vec<(Value, usize)> = if is_json {
        seeds
            .iter()
            .filter_map(|s| serde_json::from_str(s).ok().map(|v| (v, s.len())))
            .collect()
    } else {
        Vec::new()
    };
    let mut known: HashSet<u64> = corpus.iter().map(|s| hash(s)).collect();
    let mut report = |input: &str, failure: Failure, stats: &mut Stats| {
        if !seen_failures.insert(failure.signature.clone()) {
            return;
        }
        stats.failures += 1;
        let signature = failure.signature.clone();
        let shrunk = shrink::shrink(
            input,
            &mut |candidate| run(t.check, candidate).is_err_and(|f| f.signature == signature),
            Instant::now() + shrink_budget,
        );
        let message = run(t.check, &shrunk).err().unwrap_or(failure).message;
        println!(
            "{}: FAILURE {}",
            t.name,
            message.lines().next().unwrap_or_default()
        );
        println!(
            "  input ({} characters, shrunk from {}): {}",
            shrunk.chars().count(),
            input.chars().count(),
            show(&shrunk)
        );
    };
    let mut i = 0usize;
    loop {
        // The seeds as they are first, then mutants.
        let input = if i < seeds.len() {
            seeds[i].clone()
        } else if is_json && !docs.is_empty() {
            // Small documents more often than the large samples.
            let mut doc = rng.pick(&docs);
            if doc.1 > 20_000 && !rng.one_in(4) {
                doc = rng.pick(&docs);
            }
            mutate::mutate_json(rng, &doc.0, &strings)
        } else if corpus.is_empty() {
            mutate::mutate_text(rng, "", &[])
        } else {
            let parent = rng.pick(&corpus).clone();
            mutate::mutate_text(rng, &parent, &corpus)
        };
        i += 1;
        let t0 = Instant::now();
        let verdict = run(t.check, &input);
        let took = t0.elapsed();
        stats.inputs += 1;
        stats.largest = stats.largest.max(input.len());
        if took > stats.slowest {
            stats.slowest = took;
            stats.slowest_len = input.len();
        }
        match verdict {
            Ok(accepted) => {
                stats.accepted += u64::from(accepted);
                // Accepted inputs grow the corpus; a few refused ones keep it varied.
                if (accepted || rng.one_in(64)) && input.len() < 4096 && known.insert(hash(&input))
                {
                    if is_json {
                        if accepted {
                            if let Ok(doc) = serde_json::from_str(&input).map(|v| (v, input.len()))
                            {
                                if docs.len() < JSON_CORPUS {
                                    docs.push(doc);
                                } else {
                                    let at = seeds.len() + rng.below(JSON_CORPUS - seeds.len());
                                    docs[at] = doc;
                                }
                            }
                        }
                    } else if corpus.len() < TEXT_CORPUS {
                        corpus.push(input);
                    } else {
                        let at = seeds.len() + rng.below(TEXT_CORPUS - seeds.len());
                        corpus[at] = input;
                    }
                }
            }
            Err(failure) => report(&input, failure, &mut stats),
        }
        if i >= seeds.len() && Instant::now() >= deadline {
            break;
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{}: {} inputs in {:.1} s ({:.0}/s), {} accepted, corpus {} ({} seeds), largest {} bytes, slowest {:.1} ms ({} bytes), {} failures",
        t.name,
        stats.inputs,
        secs,
        stats.inputs as f64 / secs,
        stats.accepted,
        if is_json { docs.len() } else { corpus.len() },
        seeds.len(),
        stats.largest,
        stats.slowest.as_secs_f64() * 1000.0,
        stats.slowest_len,
        stats.failures
    );
    stats
}

/// Every day from 1873-01-01 to 9999-12-31 reads back from its seven written styles and with
/// its weekday.
fn days() -> (u64, u64) {
    let started = Instant::now();
    let (mut inputs, mut failures) = (0, 0);
    let mut day = WarekiDate::MIN.to_naive();
    let last = NaiveDate::from_ymd_opt(9999, 12, 31).expect("a valid day");
    loop {
        let checked = WarekiDate::from_naive(day)
            .map_err(|e| format!("from_naive: {day}: {e}"))
            .and_then(checks::day_round_trips);
        inputs += 1;
        if let Err(why) = checked {
            failures += 1;
            if failures <= 20 {
                println!("days: FAILURE {why}");
            }
        }
        match day.succ_opt() {
            Some(next) if next <= last => day = next,
            _ => break,
        }
    }
    println!(
        "days: every day 1873-01-01 to 9999-12-31 ({inputs}) in 7 styles and with its weekday, {:.1} s, {failures} failures",
        started.elapsed().as_secs_f64()
    );
    (inputs, failures)
}

/// Writes each target's seeds to `dir/<target>/seed-NNNN`, the corpus libFuzzer starts from.
fn write_corpus(dir: &str) -> std::io::Result<()> {
    for t in TARGETS {
        let path = std::path::Path::new(dir).join(t.name);
        std::fs::create_dir_all(&path)?;
        let seeds = (t.seeds)();
        for (i, seed) in seeds.iter().enumerate() {
            std::fs::write(path.join(format!("seed-{i:04}")), seed)?;
        }
        println!("{}: {} seeds in {}", t.name, seeds.len(), path.display());
    }
    Ok(())
}

/// Runs one input through a target's check: a reproduction (shrunk when it fails).
fn replay(t: &Target, input: &str, shrink_budget: Duration) -> ExitCode {
    match run(t.check, input) {
        Ok(accepted) => {
            println!(
                "{}: {} ({} bytes)",
                t.name,
                if accepted { "accepted" } else { "refused" },
                input.len()
            );
            println!("1 inputs, 0 failures");
            ExitCode::SUCCESS
        }
        Err(f) => {
            println!("{}: FAILURE {}", t.name, f.message);
            let shrunk = shrink::shrink(
                input,
                &mut |candidate| run(t.check, candidate).is_err_and(|g| g.signature == f.signature),
                Instant::now() + shrink_budget,
            );
            if shrunk != input {
                let message = run(t.check, &shrunk).err().unwrap_or(f).message;
                println!(
                    "  shrunk to {} characters: {}",
                    shrunk.chars().count(),
                    show(&shrunk)
                );
                println!("  {message}");
            }
            println!("1 inputs, 1 failures");
            ExitCode::FAILURE
        }
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("fuzz: {problem}\n{USAGE}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(what) = args.first() else {
        return usage("name a target");
    };
    if what == "corpus" {
        return match args.get(1..) {
            Some([dir]) => match write_corpus(dir) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => usage(&format!("corpus {dir}: {e}")),
            },
            _ => usage("corpus needs one directory"),
        };
    }
    let mut seconds = 20.0_f64;
    let mut seed = None;
    let mut shrink_seconds = 30.0_f64;
    let mut input = None;
    let mut rest = args[1..].iter();
    while let Some(flag) = rest.next() {
        let Some(value) = rest.next() else {
            return usage(&format!("{flag} needs a value"));
        };
        match flag.as_str() {
            "--seconds" | "--shrink-seconds" => match value.parse::<f64>() {
                Ok(s) if s.is_finite() && s >= 0.0 => {
                    if flag == "--seconds" {
                        seconds = s;
                    } else {
                        shrink_seconds = s;
                    }
                }
                _ => return usage(&format!("{flag}: not a number of seconds: {value}")),
            },
            "--seed" => match value.parse::<u64>() {
                Ok(s) => seed = Some(s),
                Err(_) => return usage(&format!("--seed: not a number: {value}")),
            },
            "--input" => input = Some(value.clone()),
            "--file" => {
                #[allow(clippy::disallowed_methods)] // the driver replays a saved input
                match std::fs::read_to_string(value) {
                    Ok(text) => input = Some(text),
                    Err(e) => return usage(&format!("--file {value}: {e}")),
                }
            }
            _ => return usage(&format!("unknown option {flag}")),
        }
    }
    install_panic_hook();
    if what == "days" {
        let (inputs, failures) = days();
        println!("{inputs} inputs, {failures} failures");
        return if failures == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        };
    }
    let targets: Vec<&Target> = match what.as_str() {
        "all" => TARGETS.iter().chain([&cli::TARGET]).collect(),
        "cli" => vec![&cli::TARGET],
        name => match checks::target(name) {
            Some(t) => vec![t],
            None => return usage(&format!("no target {name}")),
        },
    };
    if let Some(text) = input {
        return match targets.as_slice() {
            [t] => replay(t, &text, Duration::from_secs_f64(shrink_seconds)),
            _ => usage("--input and --file need one target"),
        };
    }
    let seed = seed.unwrap_or_else(|| std::collections::hash_map::RandomState::new().hash_one(0u8));
    println!("seed {seed} (rerun with --seed {seed}), {seconds} s");
    let mut rng = Rng::new(seed);
    let share = Duration::from_secs_f64(seconds / targets.len() as f64);
    let (mut inputs, mut failures) = (0, 0);
    for t in targets {
        let stats = fuzz(t, share, &mut rng, Duration::from_secs_f64(shrink_seconds));
        inputs += stats.inputs;
        failures += stats.failures;
    }
    println!("{inputs} inputs, {failures} failures");
    if failures == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
