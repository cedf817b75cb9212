//! The review page (`render::review_html`) in a browser: headless Chromium loads the page of an
//! imported sample, its DOM holds the summary, the draft, every link to a source line and every
//! line's anchor, and a screenshot of it is a picture of some size. CI installs Chromium
//! (`.ci/run`); where it is missing and CI is not set, the test says so and passes.
//!
//! `PIA_REVIEW_SHOTS=DIR` keeps the screenshots in DIR (the README's are made so:
//! `docs/review-*.png`).

use std::path::{Path, PathBuf};
use std::process::Command;

use mynumber_pia::import::import;
use mynumber_pia::render::{review_html, to_markdown};
use mynumber_pia::samples::Sample;

/// The Chromium binary, if there is one.
fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser"].iter().find_map(|name| {
        let found = Command::new("sh")
            .args(["-c", &format!("command -v {name}")])
            .output()
            .ok()?;
        let path = String::from_utf8(found.stdout).ok()?;
        let path = path.trim();
        (!path.is_empty()).then(|| PathBuf::from(path))
    })
}

/// Runs headless Chromium on `page` with `args`; returns its stdout.
fn headless(browser: &Path, page: &Path, args: &[&str]) -> Vec<u8> {
    let profile = tempdir("profile");
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    let _ = std::fs::remove_dir_all(&profile);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn tempdir(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("review-page-{}", std::process::id()))
        .join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
#[allow(clippy::disallowed_methods)] // the test reads the screenshot Chromium wrote
fn the_review_page_renders_in_chromium() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI installs chromium (.ci/run)"
        );
        eprintln!("chromium is not installed: the review page is not opened in a browser");
        return;
    };
    let shots = std::env::var_os("PIA_REVIEW_SHOTS").map(PathBuf::from);
    for (sample, name) in [
        (Sample::KawaguchiFocused, "kawaguchi"),
        (Sample::MatsudoFocused, "matsudo"),
    ] {
        let text = to_markdown(&sample.load().unwrap());
        let draft = import(&text).unwrap();
        let page = review_html(&draft.report, &draft.trace, &draft.warnings, &text);
        let dir = tempdir(name);
        let html = dir.join("review.html");
        std::fs::write(&html, &page).unwrap();
        // The DOM as Chromium built it: the summary, the draft, the links and the anchors.
        let dom = String::from_utf8(headless(&browser, &html, &["--dump-dom"])).unwrap();
        assert!(dom.contains("取込みの確認"), "{name}");
        assert!(dom.contains("<h1>特定個人情報保護評価書"), "{name}");
        for v in &draft.trace.values {
            assert!(
                dom.contains(&format!("href=\"#L{}\"", v.lines[0])),
                "{name}: {v:?}"
            );
        }
        let lines = text.lines().count();
        assert!(dom.contains(&format!("id=\"L{lines}\"")), "{name}");
        // A screenshot of the top of the page: a PNG of some size.
        let png = dir.join("review.png");
        headless(
            &browser,
            &html,
            &[
                "--window-size=1000,1300",
                &format!("--screenshot={}", png.display()),
            ],
        );
        let bytes = std::fs::read(&png).unwrap();
        assert!(bytes.starts_with(b"\x89PNG"), "{name}");
        assert!(bytes.len() > 20_000, "{name}: {} bytes", bytes.len());
        if let Some(shots) = &shots {
            std::fs::create_dir_all(shots).unwrap();
            std::fs::copy(&png, shots.join(format!("review-{name}.png"))).unwrap();
        }
    }
}
