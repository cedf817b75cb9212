//! The 特定個人情報保護評価書 as typed data.
