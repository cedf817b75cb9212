fn main() {
    let path = std::env::args().nth(1).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    let s = mynumber_pia::import::shape_text(&text);
    eprintln!("rules {:?} furniture {:?}", s.rules, s.furniture);
    for (no, l) in s.lines {
        println!("{no}\t{l}");
    }
}
