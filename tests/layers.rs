//! The layers of `src/`: read the `crate::…` and `super::…` paths of the library's code (not its
//! comments or test modules) and fail on a cycle, so that the modules stay layered (report above
//! legal_basis above wareki and threshold, issue 23):
//!
//! - between top-level modules (`report` → `threshold` and `threshold` → `report`), a path through
//!   the crate root's re-exports (`crate::AssessmentKind`) counting for the module that defines it;
//! - between the files of one module naming each other (`super::code::…` in `finding.rs` and
//!   `super::finding::…` in `code.rs`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Who depends on whom, with one file that makes each dependency (for the message).
type Graph = BTreeMap<String, BTreeMap<String, String>>;

/// One file of `src/`: its path below `src/` and its code without comments and test modules.
struct Source {
    path: String,
    code: String,
}

impl Source {
    /// The top-level module the file belongs to (`report` for `report/items.rs`, `label` for
    /// `label.rs`; `lib` for the crate root).
    fn module(&self) -> &str {
        let first = self.path.split('/').next().unwrap_or_default();
        first.strip_suffix(".rs").unwrap_or(first)
    }

    /// The directory of the file's siblings and the file's name in it (`("validation", "code")`
    /// for `validation/code.rs`), for a file that is not a module's `mod.rs`.
    fn sibling(&self) -> Option<(&str, &str)> {
        let (dir, name) = self.path.rsplit_once('/')?;
        let stem = name.strip_suffix(".rs")?;
        (stem != "mod").then_some((dir, stem))
    }
}

/// Reads every `.rs` file below `dir`, leaving out the files of `#[cfg(test)] mod name;`.
#[allow(clippy::disallowed_methods)] // the test reads the library's source files
fn read_dir(root: &Path, dir: &Path, out: &mut Vec<Source>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    let mut test_only = BTreeSet::new();
    for path in &entries {
        if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(path).unwrap();
            let mut lines = text.lines();
            while let Some(line) = lines.next() {
                if line.trim() == "#[cfg(test)]" {
                    if let Some(name) = lines
                        .next()
                        .and_then(|l| l.trim().strip_prefix("mod "))
                        .and_then(|l| l.strip_suffix(';'))
                    {
                        test_only.insert(name.to_owned());
                    }
                }
            }
        }
    }
    for path in entries {
        let stem = path.file_stem().unwrap().to_str().unwrap().to_owned();
        if test_only.contains(&stem) {
            continue;
        }
        if path.is_dir() {
            read_dir(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            let rel = path.strip_prefix(root).unwrap();
            out.push(Source {
                path: rel.to_str().unwrap().replace('\\', "/"),
                code: code_of(&text),
            });
        }
    }
}

/// The code of a file: without comment lines, end-of-line comments and `#[cfg(test)]` items (a
/// test module up to its closing brace, or the one line after the attribute).
fn code_of(text: &str) -> String {
    let mut code = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed == "#[cfg(test)]" {
            let Some(next) = lines.next() else { break };
            if next.trim_end().ends_with('{') {
                let indent = &next[..next.len() - next.trim_start().len()];
                let close = format!("{indent}}}");
                for inner in lines.by_ref() {
                    if inner.trim_end() == close {
                        break;
                    }
                }
            }
            continue;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        code.push_str(line.split(" // ").next().unwrap_or_default());
        code.push('\n');
    }
    code
}

/// The first segment of every path that starts with `prefix` (`crate::` or `super::`): `report`
/// for `crate::report::ItemId`, `report` and `threshold` for `crate::{report::Cover, threshold}`.
fn first_segments(code: &str, prefix: &str) -> Vec<String> {
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect()
    };
    let mut names = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        let preceded = code[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':');
        if preceded {
            continue;
        }
        let rest = &code[at + prefix.len()..];
        let Some(group) = rest.strip_prefix('{') else {
            names.push(ident(rest));
            continue;
        };
        // The first name of each element of the group, at its outer level.
        let mut depth = 1;
        let mut start = true;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                ',' if depth == 1 => start = true,
                c if start && depth == 1 && !c.is_whitespace() => {
                    names.push(ident(&group[i..]));
                    start = false;
                }
                _ => {}
            }
        }
    }
    names.retain(|n| !n.is_empty() && n != "self");
    names
}

/// The crate root's re-exports: each name `pub use module::{…}` brings to the root, with its
/// module.
fn root_names(lib: &str) -> BTreeMap<String, String> {
    let mut names = BTreeMap::new();
    for statement in lib.split(';') {
        let Some(path) = statement.trim().strip_prefix("pub use ") else {
            continue;
        };
        let Some((module, items)) = path.split_once("::") else {
            continue;
        };
        for item in items
            .trim_matches(|c: char| c == '{' || c == '}' || c.is_whitespace())
            .split(',')
        {
            let item = item.trim();
            if !item.is_empty() {
                names.insert(item.to_owned(), module.to_owned());
            }
        }
    }
    names
}

/// The dependencies between the top-level modules, and the names no module or root re-export
/// explains.
fn module_graph(sources: &[Source]) -> (Graph, Vec<String>) {
    let modules: BTreeSet<&str> = sources.iter().map(Source::module).collect();
    let lib = sources.iter().find(|s| s.path == "lib.rs").unwrap();
    let roots = root_names(&lib.code);
    let mut graph = Graph::new();
    let mut unknown = Vec::new();
    for s in sources.iter().filter(|s| s.path != "lib.rs") {
        for name in first_segments(&s.code, "crate::") {
            let target = if modules.contains(name.as_str()) {
                name
            } else if let Some(module) = roots.get(&name) {
                module.clone()
            } else {
                unknown.push(format!("crate::{name} in src/{}", s.path));
                continue;
            };
            if target != s.module() {
                graph
                    .entry(s.module().to_owned())
                    .or_default()
                    .entry(target)
                    .or_insert_with(|| s.path.clone());
            }
        }
    }
    (graph, unknown)
}

/// The dependencies between the files of one directory that name each other by
/// `super::file::…`, keyed `dir/file`.
fn file_graph(sources: &[Source]) -> Graph {
    let files: BTreeSet<(&str, &str)> = sources.iter().filter_map(Source::sibling).collect();
    let mut graph = Graph::new();
    for s in sources {
        let Some((dir, stem)) = s.sibling() else {
            continue;
        };
        for name in first_segments(&s.code, "super::") {
            if name != stem && files.contains(&(dir, name.as_str())) {
                graph
                    .entry(format!("{dir}/{stem}"))
                    .or_default()
                    .entry(format!("{dir}/{name}"))
                    .or_insert_with(|| s.path.clone());
            }
        }
    }
    graph
}

/// A cycle of the graph, as the nodes round it (the first again at the end), if there is one.
fn cycle(graph: &Graph) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &Graph,
        done: &mut BTreeSet<String>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut round = path[at..].to_vec();
            round.push(node.to_owned());
            return Some(round);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flat_map(BTreeMap::keys) {
            if let Some(round) = visit(next, graph, done, path) {
                return Some(round);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut done, &mut Vec::new()))
}

/// The cycle written out with the file that makes each step.
fn describe(round: &[String], graph: &Graph) -> String {
    round
        .windows(2)
        .map(|w| format!("{} → {} (src/{})", w[0], w[1], graph[&w[0]][&w[1]]))
        .collect::<Vec<_>>()
        .join(", ")
}

fn sources() -> Vec<Source> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    read_dir(&root, &root, &mut out);
    out
}

#[test]
fn no_cycle_between_top_level_modules() {
    let sources = sources();
    let (graph, unknown) = module_graph(&sources);
    assert!(unknown.is_empty(), "paths of no module: {unknown:?}");
    assert!(graph.contains_key("report"), "{graph:?}");
    if let Some(round) = cycle(&graph) {
        panic!("modules in a cycle: {}", describe(&round, &graph));
    }
}

#[test]
fn no_cycle_between_files_of_a_module() {
    let graph = file_graph(&sources());
    assert!(graph.contains_key("validation/finding"), "{graph:?}");
    if let Some(round) = cycle(&graph) {
        panic!("files in a cycle: {}", describe(&round, &graph));
    }
}

/// The reader on a made-up file: the paths it sees and the ones it leaves, and a cycle found.
#[test]
fn the_reader_sees_paths_and_finds_a_cycle() {
    let text = "\
use crate::report::ItemId;
use crate::{
    threshold::{self, Band},
    wareki,
};
// use crate::change;
let x = crate::AssessmentKind::Full; // crate::samples
#[cfg(test)]
mod tests {
    use crate::render;
}
#[cfg(test)]
use crate::generate;
$crate::label::Quoted
";
    let code = code_of(text);
    assert_eq!(
        first_segments(&code, "crate::"),
        ["report", "threshold", "wareki", "AssessmentKind", "label"]
    );
    let roots = root_names("pub use report::Report;\npub use threshold::{AssessmentKind, Band};");
    assert_eq!(roots["AssessmentKind"], "threshold");
    assert_eq!(roots["Report"], "report");

    let mut graph = Graph::new();
    for (from, to) in [
        ("report", "threshold"),
        ("threshold", "wareki"),
        ("wareki", "report"),
    ] {
        graph
            .entry(from.to_owned())
            .or_default()
            .insert(to.to_owned(), format!("{from}.rs"));
    }
    assert_eq!(
        describe(&cycle(&graph).unwrap(), &graph),
        "report → threshold (src/report.rs), threshold → wareki (src/threshold.rs), wareki → report (src/wareki.rs)"
    );
    graph.get_mut("wareki").unwrap().clear();
    assert_eq!(cycle(&graph), None);
}
