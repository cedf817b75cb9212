//! Validation of a 評価書: findings with stable codes, severities, paths and sources.
