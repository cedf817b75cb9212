//! Ⅰ2 特定個人情報ファイルを取り扱う事務において使用するシステム.

use super::builder::setters;
use super::{CheckSet, Connection};

model! {
    /// システムN: one system used by the 事務 (全項目・重点 Ⅰ2; the 基礎 form lists names only,
    /// Ⅰ1③).
    ///
    /// ```
    /// use mynumber_pia::report::{CheckSet, Connection, System};
    ///
    /// let s = System::new("統合DB")
    ///     .with_functions("１．住記情報の連携")
    ///     .with_connections(CheckSet::of([Connection::InfoNetwork, Connection::Other]).with_other("福祉システム"));
    /// assert!(s.connections.contains(Connection::InfoNetwork));
    /// ```
    #[doc(alias = "システム")]
    pub struct System {
        /// ①システムの名称.
        pub name: String,
        /// ②システムの機能 (not in the 基礎 form).
        pub functions: Option<String>,
        /// ③他のシステムとの接続 (not in the 基礎 form).
        pub connections: CheckSet<Connection>,
    }
}

impl System {
    /// A system with a name only.
    ///
    /// ```
    /// use mynumber_pia::report::{CheckSet, Connection, System};
    ///
    /// let s = System::new("宛名システム");
    /// assert!(s.functions.is_none() && s.connections.is_empty());
    /// ```
    #[must_use]
    pub fn new(name: impl Into<String>) -> Self {
        System {
            name: name.into(),
            ..System::default()
        }
    }

    setters! {
        /// Sets ②システムの機能.
        ///
        /// ```
        /// use mynumber_pia::report::{CheckSet, Connection, System};
        ///
        /// assert_eq!(System::new("税務システム").with_functions("課税").functions.as_deref(), Some("課税"));
        /// ```
        pub fn with_functions(functions: impl Into<String>) |s| s.functions = Some(functions.into());

        /// Sets ③他のシステムとの接続.
        ///
        /// ```
        /// use mynumber_pia::report::{CheckSet, Connection, System};
        ///
        /// let s = System::new("中間サーバー").with_connections(CheckSet::of([Connection::InfoNetwork]));
        /// assert!(s.connections.contains(Connection::InfoNetwork));
        /// ```
        pub fn with_connections(connections: CheckSet<Connection>) |s| s.connections = connections;
    }
}
